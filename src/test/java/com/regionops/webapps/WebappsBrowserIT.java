package com.regionops.webapps;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.regionops.support.RegionOpsIT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
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
  void open() {
    // A browser in China asking for Chinese, as the department's are: the webapps show the browser's zone.
    context = browser.newContext(new Browser.NewContextOptions().setLocale("zh-CN").setTimezoneId("Asia/Shanghai")
        .setViewportSize(1400, 900));
    page = context.newPage();
    page.setDefaultTimeout(15_000);
  }

  @AfterEach
  void close(TestInfo test) throws Exception {
    Files.createDirectories(SCREENSHOTS);
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

  @Test
  void adminOpensCockpitInChinese() {
    logIn("cockpit", "admin");

    assertThat(page.getByText("流程定义").first()).isVisible();
    assertThat(page.getByText("区域运营管控平台").first()).isVisible();
    assertThat(page.locator(".ce-eol-banner")).isHidden();
  }
}
