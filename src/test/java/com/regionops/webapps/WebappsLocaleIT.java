package com.regionops.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.regionops.support.Http;
import com.regionops.support.RegionOpsIT;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The webapps as our users get them: branded, Chinese by default, no end-of-life banner. The
 * Chinese file must cover every key of the English one Camunda ships in the same version, so an
 * upgrade that adds texts fails here instead of showing raw keys.
 */
@RegionOpsIT
class WebappsLocaleIT {

  static final Pattern INTERPOLATION = Pattern.compile("\\{\\{[^}]*}}");

  @LocalServerPort
  int port;

  Http.Response get(String path) {
    return new Http(port).get(null, path);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void chineseIsCompleteAgainstTheShippedEnglish(String app) throws Exception {
    String base = "/camunda/app/" + app + "/locales/";
    JsonNode english = Http.json().readTree(stripBom(get(base + "en.json").raw()));
    Http.Response response = get(base + "zh-CN.json");
    assertThat(response.status()).isEqualTo(200);
    JsonNode chinese = Http.json().readTree(response.raw());

    List<String> problems = new ArrayList<>();
    compare("", english, chinese, problems);
    assertThat(problems).as(app + ": missing, extra or damaged entries").isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
  void brandedChineseByDefaultWithoutTheEndOfLifeBanner(String app) {
    String config = get("/camunda/app/" + app + "/scripts/config.js").raw();
    assertThat(config).contains("name: 'RegionOps'").contains("vendor: '区域运营管控平台'")
        .contains("availableLocales: ['zh-CN', 'en']").contains("fallbackLocale: 'zh-CN'");
    assertThat(get("/camunda/app/" + app + "/styles/user-styles.css").raw())
        .containsPattern("\\.ce-eol-banner\\s*\\{\\s*display:\\s*none");
  }

  /** The {{ }} expressions of a text, spaces removed. */
  static List<String> interpolations(String text) {
    List<String> found = new ArrayList<>();
    Matcher matcher = INTERPOLATION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group().replace(" ", ""));
    }
    return found;
  }

  static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** Same keys and array lengths; every text translated, with its {{ }} interpolations intact. */
  static void compare(String path, JsonNode en, JsonNode zh, List<String> problems) {
    if (zh == null || zh.isMissingNode()) {
      problems.add("missing " + path);
      return;
    }
    if (en.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        compare(path + "/" + field.getKey(), field.getValue(), zh.get(field.getKey()), problems);
      }
      zh.fieldNames().forEachRemaining(name -> {
        if (!en.has(name)) {
          problems.add("extra " + path + "/" + name);
        }
      });
    } else if (en.isArray()) {
      if (zh.size() != en.size()) {
        problems.add("length " + path);
        return;
      }
      for (int i = 0; i < en.size(); i++) {
        compare(path + "[" + i + "]", en.get(i), zh.get(i), problems);
      }
    } else if (!zh.isTextual() && en.isTextual()) {
      problems.add("not text " + path);
    } else if (en.isTextual()) {
      List<String> kept = interpolations(zh.asText());
      interpolations(en.asText()).stream().filter(token -> !kept.contains(token))
          .forEach(token -> problems.add("interpolation " + token + " lost in " + path));
      // An English plural ending ("s") has no Chinese counterpart and is legitimately empty.
      if (en.asText().isBlank() != zh.asText().isBlank() && !"s".equals(en.asText())) {
        problems.add("empty " + path);
      }
    }
  }
}
