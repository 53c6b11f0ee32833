package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The log-in and consent pages in a real browser (Debian's Chromium, headless), redirecting to an app's callback on a
 * loopback port, as a native app would receive it.
 */
class BrowserConsentTest {
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final String STATE = "eyJyZXR1cm5UbyI6Ii8ifQ== & ü/+?";
    private static final String SCOPES = "readwrite:core offline_access openid profile email";

    @TempDir
    Path profile;

    private CoreSandbox sandbox;
    private Idp idp;
    private HttpServer app;
    private final CompletableFuture<String> callback = new CompletableFuture<>();
    private String redirectUri;
    private WebDriver browser;

    @BeforeEach
    void start() throws IOException {
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
        sandbox = CoreSandbox.start();
        idp = new Idp(sandbox);
        app = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        app.createContext("/callback", exchange -> {
            callback.complete(exchange.getRequestURI().getRawQuery());
            byte[] page = "<html><body><p id=\"done\">You can close this window.</p></body></html>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        app.start();
        // Registered as http://127.0.0.1/callback: any loopback port matches.
        redirectUri = "http://127.0.0.1:" + app.getAddress().getPort() + "/callback";
        browser = chromium();
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (app != null) {
            app.stop(0);
        }
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void logInUntickEmailPickCompanyBAndGrant() throws Exception {
        String verifier = Idp.verifier();
        logIn(verifier);

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("grant")));
        assertThat(browser.findElement(By.id("app-name")).getText()).isEqualTo("corekit demo");
        assertThat(browser.findElement(By.id("scope-email")).isSelected()).isTrue();
        browser.findElement(By.id("scope-email")).click();
        assertThat(browser.findElement(By.id("scope-email")).isSelected()).isFalse();
        new Select(browser.findElement(By.id("company"))).selectByVisibleText("Demo Company B");
        browser.findElement(By.id("grant")).click();

        Map<String, List<String>> query = Idp.query("http://x/?" + callback.get(20, TimeUnit.SECONDS));
        assertThat(query.get("state")).containsExactly(STATE);
        assertThat(Idp.first(query, "code")).isNotEmpty();
        assertThat(Idp.first(query, "companyId")).isEqualTo("demo-company-b");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("done")));

        HttpResponse<String> response = idp.token(Idp.form(
                "grant_type",
                "authorization_code",
                "code",
                Idp.first(query, "code"),
                "redirect_uri",
                redirectUri,
                "client_id",
                Idp.WEB,
                "client_secret",
                Idp.SECRET,
                "code_verifier",
                verifier));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode tokens = Idp.json(response);
        assertThat(tokens.get("scope").asText().split(" "))
                .containsExactly("readwrite:core", "offline_access", "openid", "profile")
                .doesNotContain("email");
        assertThat(tokens.get("endpoint").asText()).endsWith("/api/demo-company-b/");
    }

    @Test
    void logInAndDeny() throws Exception {
        logIn(Idp.verifier());

        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.elementToBeClickable(By.id("deny")));
        browser.findElement(By.id("deny")).click();

        Map<String, List<String>> query = Idp.query("http://x/?" + callback.get(20, TimeUnit.SECONDS));
        assertThat(Idp.first(query, "error")).isEqualTo("access_denied");
        assertThat(Idp.first(query, "error_reason")).isEqualTo("user_denied");
        assertThat(query.get("state")).containsExactly(STATE);
        assertThat(query).doesNotContainKey("code");
    }

    private void logIn(String verifier) {
        Map<String, String> params = Idp.authorizeParams(Idp.WEB, SCOPES, STATE);
        params.put("redirect_uri", redirectUri);
        params.put("code_challenge", Idp.challenge(verifier));
        params.put("code_challenge_method", "S256");
        browser.get(idp.authorizeUrl(params));

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-in")));
        // A wrong password first: the page comes back with a message.
        browser.findElement(By.id("login")).sendKeys(SandboxConfig.DEMO_LOGIN);
        browser.findElement(By.id("password")).sendKeys("not-the-password");
        browser.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("login-error")));
        assertThat(browser.findElement(By.id("login")).getAttribute("value")).isEqualTo(SandboxConfig.DEMO_LOGIN);

        browser.findElement(By.id("password")).sendKeys(SandboxConfig.DEMO_PASSWORD);
        browser.findElement(By.id("sign-in")).click();
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
