package com.regionops.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A SOUTH project made for one test, with an office user of its own (password demo). Tests that
 * move a project's gates or plan use one of these: the demo projects carry a history (passed
 * gates, archived files) that other tests read.
 */
public record FreshProject(String code, String office) {

  private static final AtomicInteger SEQ = new AtomicInteger();
  /** Differs between runs on one database (a developer's file H2), so codes never collide. */
  private static final String RUN = Long.toString(System.nanoTime() % 1296, 36).toUpperCase();

  /** A project code unique in this JVM and unlikely to exist from an earlier run. */
  public static String code(String prefix) {
    return prefix + RUN + SEQ.incrementAndGet();
  }

  /** Created by ops.south; its office user is added by admin through engine REST, as an administrator would. */
  public static FreshProject create(Http http, String prefix, String name) {
    String code = code(prefix);
    Http.Response created = http.post("ops.south", "/api/v1/projects", Map.of("code", code, "name", name,
        "regionCode", "SOUTH", "companyName", name + "置业有限公司"));
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    String office = "office." + code.toLowerCase();
    Http.Response user = http.post("admin", "/engine-rest/user/create", Map.of("profile", Map.of("id", office,
        "firstName", code, "lastName", "项目运营", "email", office + "@regionops.local"),
        "credentials", Map.of("password", Http.DEMO_PASSWORD)));
    assertThat(user.status()).as(user.toString()).isEqualTo(204);
    for (String path : new String[] {"/engine-rest/group/project-office/members/" + office,
        "/engine-rest/group/office-" + code + "/members/" + office, "/engine-rest/tenant/SOUTH/user-members/" + office}) {
      Http.Response member = http.send("PUT", "admin", Http.DEMO_PASSWORD, path, null);
      assertThat(member.status()).as(path + " " + member).isEqualTo(204);
    }
    return new FreshProject(code, office);
  }
}
