package com.regionops.webapps;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps in a real, headless Chromium on loopback, as the users see them. Screenshots go to
 * target/screenshots. Without Debian's chromium the tests are skipped with a message, unless
 * REGIONOPS_REQUIRE_BROWSER=true (CI), where they fail instead.
 */
@RegionOpsIT
class WebappsBrowserIT {

  static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  static final Path SCREENSHOTS = Paths.get("target", "screenshots");

  static Playwright playwright;
  static Browser browser;

  @LocalServerPort
  int port;

  BrowserContext context;
  Page page;

  @BeforeAll
  static void launch() {
    if (!Files.isExecutable(CHROMIUM)) {
      String message = "No Chromium at " + CHROMIUM + " (apt-get install chromium): browser tests skipped";
      if ("true".equals(System.getenv("REGIONOPS_REQUIRE_BROWSER"))) {
        fail(message);
      }
      Assumptions.abort(message);
    }
    playwright = Playwright.create(new Playwright.CreateOptions()
        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
        .setHeadless(true).setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking")));
  }

  @AfterAll
  static void quit() {
    if (playwright != null) {
      playwright.close();
    }
  }

  @BeforeEach
  void open() throws Exception {
    Files.createDirectories(SCREENSHOTS);
    // A browser in China asking for Chinese, as the department's are: the webapps show the browser's zone.
    context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setTimezoneId("Asia/Shanghai")
        .setViewportSize(1400, 900));
    page = context.newPage();
    page.setDefaultTimeout(15_000);
  }

  @AfterEach
  void close(TestInfo test) {
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
        .setPath(SCREENSHOTS.resolve(test.getTestMethod().orElseThrow().getName() + ".png")));
    context.close();
  }

  void logIn(String app, String user) {
    page.navigate("http://127.0.0.1:" + port + "/camunda/app/" + app + "/default/");
    page.locator("input[type=text]").first().fill(user);
    page.locator("input[type=password]").first().fill("demo");
    page.locator("button[type=submit]").first().click();
  }

  @Test
  void regionOpsSeesTasklistInChineseWithTheirInboxes() {
    logIn("tasklist", "ops.south");

    assertThat(page.getByText("上会资料审核").first()).isVisible();
    assertThat(page.getByText("我的组待办").first()).isVisible();
    assertThat(page.getByText("区域运营管控平台").first()).isVisible();
    assertThat(page.locator(".ce-eol-banner")).isHidden();
    assertThat(page.getByText("区域总裁审批")).hasCount(0);
  }

  /** A kickoff review for a fresh project of ops.south's region, materials already submitted. */
  String kickoffAwaitingReview() {
    Http http = new Http(port);
    LocalDate today = LocalDate.now();
    String project = "BR" + (System.nanoTime() % 90 + 10);
    assertThat201(http.post("ops.south", "/api/v1/projects", Map.of("code", project, "name", "浏览器测试项目",
        "regionCode", "SOUTH", "companyName", "浏览器测试置业有限公司")));
    Map<String, Object> start = variables("projectCode", project, "plannedMeetingDate", today.plusDays(7).toString(),
        "targetConstructionStart", today.plusDays(60).toString(), "targetFirstOpening", today.plusDays(300).toString(),
        "targetHandover", today.plusDays(900).toString(), "targetSales", 280000, "targetNetProfit", 21000.5);
    Http.Response started = http.post("ops.south", "/engine-rest/process-definition/key/gate-project-kickoff/start",
        start);
    org.assertj.core.api.Assertions.assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String businessKey = started.json().get("businessKey").asText();
    String taskId = http.get("admin", "/engine-rest/task?processInstanceBusinessKey=" + businessKey).json()
        .get(0).get("id").asText();
    JsonNode form = http.get("admin", "/engine-rest/task/" + taskId + "/form-variables").json();
    List<Object> references = new ArrayList<>();
    for (int n = 1; form.has("material" + n + "Name"); n++) {
      references.add("material" + n + "Reference");
      references.add("OA-BR-" + n);
    }
    Http.Response submitted = http.post("admin", "/engine-rest/task/" + taskId + "/complete",
        variables(references.toArray()));
    org.assertj.core.api.Assertions.assertThat(submitted.status()).as(submitted.toString()).isEqualTo(204);
    return businessKey;
  }

  static Map<String, Object> variables(Object... pairs) {
    Map<String, Object> variables = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      variables.put((String) pairs[i], Map.of("value", pairs[i + 1]));
    }
    return Map.of("variables", variables);
  }

  static void assertThat201(Http.Response response) {
    org.assertj.core.api.Assertions.assertThat(response.status()).as(response.toString()).isEqualTo(201);
  }

  @Test
  void regionOpsApprovesSubmittedMaterialsInTheCamundaForm() {
    String businessKey = kickoffAwaitingReview();
    String project = businessKey.substring(0, businessKey.indexOf(':'));
    logIn("tasklist", "ops.south");

    page.getByText("上会资料审核").first().click();
    Locator card = page.locator("ol.tasks-list li.task").filter(new Locator.FilterOptions()
        .setHasText("审核上会资料 · " + project));
    assertThat(card.locator(".variable-item").first()).containsText("项目:");
    assertThat(card.locator(".variable-item").first()).containsText(project);
    assertThat(card.locator(".priority")).containsText("50");
    page.locator(".tasks-list").getByText("审核上会资料 · " + project).first().click();
    page.getByText("认领", new Page.GetByTextOptions().setExact(true)).first().click();
    page.getByLabel("通过", new Page.GetByLabelOptions().setExact(true)).check();
    page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
        .setPath(SCREENSHOTS.resolve("regionOpsApprovesSubmittedMaterials-form.png")));
    page.locator("button:has-text(\"完成\")").first().click();

    assertThat(page.getByText("审核上会资料 · " + project)).hasCount(0);
    JsonNode next = new Http(port).get("ops.south", "/engine-rest/task?processInstanceBusinessKey=" + businessKey)
        .json();
    org.assertj.core.api.Assertions.assertThat(next).extracting(t -> t.get("taskDefinitionKey").asText())
        .containsExactly("UserTask_ScheduleMeeting");
  }

  @Test
  void adminOpensCockpitInChinese() {
    logIn("cockpit", "admin");

    assertThat(page.getByText("流程定义").first()).isVisible();
    assertThat(page.getByText("区域运营管控平台").first()).isVisible();
    assertThat(page.locator(".ce-eol-banner")).isHidden();
  }
}
