package dev.corekit.samples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The sample as its users see it, in headless Chromium (Debian's, with its driver): a user signs in to the
 * application, clicks "Connect to CORE", logs in and grants access on CORE's pages (the sandbox's), and comes back to
 * the company's activities. A second instance of the application, on another port and sharing only the database,
 * then serves the tenant's activities to another user of it without a new CORE login.
 */
class SampleBrowserTest {
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");

    @TempDir
    Path profile;

    private Backends backends;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;
    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() throws Exception {
        // CI sets COREKIT_REQUIRE_BROWSER, so that a missing browser fails the build there instead of skipping the
        // proof; without it (a contributor without Chromium) the test is skipped.
        boolean present = CHROMEDRIVER.canExecute() && CHROMIUM.canExecute();
        String required = System.getenv("COREKIT_REQUIRE_BROWSER");
        if (required != null && !required.isEmpty() && !present) {
            throw new IllegalStateException("COREKIT_REQUIRE_BROWSER is set, but /usr/bin/chromium or"
                    + " /usr/bin/chromedriver is absent (apt chromium chromium-driver)");
        }
        Assumptions.assumeTrue(
                present,
                "browser tests skipped: /usr/bin/chromium or /usr/bin/chromedriver is absent (apt chromium"
                        + " chromium-driver)");
        backends = Backends.start();
        browser = chromium();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        // A wait that times out says where the browser was and what it showed.
        wait.withMessage(() -> "at " + browser.getCurrentUrl() + ", showing: " + text());
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        for (ConfigurableApplicationContext app : new ConfigurableApplicationContext[] {second, first}) {
            if (app != null) {
                app.close();
            }
        }
        if (backends != null) {
            backends.close();
        }
    }

    @Test
    void connectOnOneInstanceThenServeTheTenantFromAnother() throws Exception {
        CoreSandbox sandbox = backends.sandbox();
        int firstPort = Backends.freePort();
        first = backends.startApp(firstPort, backends.databaseUrl());

        // alice (tenant acme) signs in: acme is not connected yet.
        signIn("http://127.0.0.1:" + firstPort + "/", "alice");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("connect")));
        assertThat(browser.findElement(By.id("tenant")).getText()).isEqualTo("acme");
        assertThat(browser.findElements(By.id("activities"))).isEmpty();

        // Connect to CORE: the sandbox's log-in page, then its consent page.
        browser.findElement(By.id("connect")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in")));
        assertThat(browser.getCurrentUrl()).startsWith(sandbox.identityUrl());
        browser.findElement(By.id("login")).sendKeys(SandboxConfig.DEMO_LOGIN);
        browser.findElement(By.id("password")).sendKeys(SandboxConfig.DEMO_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("grant")));
        new Select(browser.findElement(By.id("company"))).selectByVisibleText("Demo Company A");
        browser.findElement(By.id("grant")).click();

        // Back on the application's page, which lists the company's activities.
        assertThat(activityCodes()).containsExactlyInAnyOrderElementsOf(Backends.ACTIVITY_CODES);
        assertThat(browser.getCurrentUrl()).isEqualTo("http://127.0.0.1:" + firstPort + "/");
        assertThat(codeExchanges(sandbox)).extracting(JournalEntry::status).containsExactly(200);
        assertThat(apiCalls(sandbox)).extracting(JournalEntry::status).containsExactly(200);

        // A second instance on the same database: anna, also of acme, sees the activities without a CORE login.
        int secondPort = Backends.freePort();
        second = backends.startApp(secondPort, backends.databaseUrl());
        signIn("http://127.0.0.1:" + secondPort + "/", "anna");
        assertThat(activityCodes()).containsExactlyInAnyOrderElementsOf(Backends.ACTIVITY_CODES);
        assertThat(browser.findElement(By.id("signed-in")).getText()).contains("anna");
        assertThat(browser.findElements(By.id("connect"))).isEmpty();
        assertThat(codeExchanges(sandbox)).as("authorization codes exchanged").hasSize(1);
        assertThat(apiCalls(sandbox)).extracting(JournalEntry::status).containsExactly(200, 200);

        // Actuator, as a signed-in user sees it: corekit's health contributor and its meters.
        JsonNode health = json("http://127.0.0.1:" + secondPort + "/actuator/health");
        assertThat(health.at("/components/corekit/status").asText())
                .as(health.toString())
                .isEqualTo("UP");
        assertThat(health.at("/components/corekit/details/identityServer").asText())
                .isEqualTo(sandbox.identityUrl());
        assertThat(health.at("/components/corekit/details/connectionsNeedingLogin"))
                .as(health.toString())
                .isEqualTo(IntNode.valueOf(0));
        JsonNode calls = json("http://127.0.0.1:" + secondPort + "/actuator/metrics/corekit.calls");
        assertThat(calls.get("measurements").findParents("statistic").stream()
                        .filter(measurement ->
                                measurement.get("statistic").asText().equals("COUNT"))
                        .map(measurement -> measurement.get("value").asDouble()))
                .as("the second instance's calls to CORE: %s", calls)
                .containsExactly(1.0);

        // The load balancer's probes, anonymous, on the first instance: they leave corekit out, so the instance stays
        // in service while CORE's identity server fails; the aggregate /actuator/health needs a signed-in user.
        sandbox.faults().on("/.well-known/openid-configuration").status(503, 100);
        try {
            for (String probe : List.of("/actuator/health/readiness", "/actuator/health/liveness")) {
                HttpResponse<String> response = anonymous("http://127.0.0.1:" + firstPort + probe);
                assertThat(response.statusCode())
                        .as(probe + ": " + response.body())
                        .isEqualTo(200);
                assertThat(new ObjectMapper().readTree(response.body()))
                        .isEqualTo(new ObjectMapper().readTree("{\"status\":\"UP\"}"));
            }
            // The fault does make corekit DOWN on that instance: the probes above are UP without it.
            Health corekit = first.getBean("corekitHealthIndicator", HealthIndicator.class)
                    .health();
            assertThat(corekit.getStatus()).as(corekit.toString()).isEqualTo(Status.DOWN);
            HttpResponse<String> aggregate = anonymous("http://127.0.0.1:" + firstPort + "/actuator/health");
            assertThat(aggregate.statusCode()).as(aggregate.body()).isNotEqualTo(200);
            // An anonymous caller is sent to the sign-in form.
            assertThat(aggregate.statusCode()).as(aggregate.body()).isEqualTo(302);
            assertThat(aggregate.headers().firstValue("Location")).hasValue("http://127.0.0.1:" + firstPort + "/login");
            assertThat(aggregate.body()).doesNotContain("corekit");
        } finally {
            sandbox.faults().clear();
        }
    }

    /** What a client without a session, such as a load balancer, gets at {@code url}. */
    private static HttpResponse<String> anonymous(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The JSON the browser shows at {@code url}. */
    private JsonNode json(String url) throws Exception {
        browser.get(url);
        return new ObjectMapper()
                .readTree(wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("pre")))
                        .getText());
    }

    /** Opens {@code url}, which sends the browser to the application's sign-in form, and signs in as {@code user}. */
    private void signIn(String url, String user) {
        browser.get(url);
        wait.until(ExpectedConditions.elementToBeClickable(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user + "-password");
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
    }

    /** The activity codes the application's page lists, once the browser shows that page. */
    private List<String> activityCodes() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in")));
        assertThat(browser.findElements(By.id("activities")))
                .as("the activities on %s, showing: %s", browser.getCurrentUrl(), text())
                .hasSize(1);
        return browser.findElements(By.cssSelector("#activities td.code")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private static List<JournalEntry> codeExchanges(CoreSandbox sandbox) {
        return sandbox.journal()
                .filter(entry -> entry.path().endsWith("/connect/token")
                        && entry.body().contains("grant_type=authorization_code"));
    }

    private static List<JournalEntry> apiCalls(CoreSandbox sandbox) {
        return sandbox.journal().filter(entry -> entry.path().startsWith("/api/"));
    }

    /** Chromium with the system driver, so Selenium Manager never looks for (or downloads) one. */
    private WebDriver chromium() {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--user-data-dir=" + profile.toAbsolutePath());
        return new ChromeDriver(service, options);
    }
}
