package nl.signaal.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (explicit paths, so
 * Selenium never tries to download a browser), pointed at the running test stack. One fresh
 * profile per browser, so tests share no cookies and can run in any order.
 */
public final class Browser implements AutoCloseable {

    public static final String BASE_URL = System.getProperty("signaal.base-url", "http://localhost:18080/signaal/");
    public static final String DEMO_PASSWORD = "demo";

    private final WebDriver driver;
    private final WebDriverWait wait;
    private final Path profile;

    public Browser() {
        try {
            profile = Files.createTempDirectory("signaal-chromium-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--lang=nl", "--user-data-dir=" + profile);
        // a Dutch browser, like most of our users'; English is tested by switching
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", "nl-NL,nl"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        // an ajax update may replace an element between finding and reading it: look again
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a page relative to the application's base URL, e.g. {@code open("home.xhtml")}. */
    public Browser open(String relative) {
        driver.get(BASE_URL + relative);
        return this;
    }

    /** Signs in through the real Keycloak login page and waits until back in the application. */
    public Browser signIn(String username) {
        open("login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(BASE_URL));
        return this;
    }

    public String text(By by) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(by)).getText();
    }

    public List<String> texts(By by) {
        return driver.findElements(by).stream().map(e -> e.getText().strip()).toList();
    }

    /** Waits for a condition; an element an ajax update replaced meanwhile just means "look again". */
    public void waitFor(java.util.function.Function<WebDriver, Boolean> condition) {
        wait.until(d -> {
            try {
                return condition.apply(d);
            } catch (org.openqa.selenium.WebDriverException e) {
                if (detached(e)) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Waits until the page (a full post) or an ajax update has replaced this element. */
    public void waitUntilReplaced(org.openqa.selenium.WebElement element) {
        wait.until(d -> {
            try {
                element.isEnabled();
                return false;
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return true;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (detached(e)) {
                    return true;
                }
                throw e;
            }
        });
    }

    /**
     * Chromium's way, now and then, of saying "stale element" while an ajax update swaps the
     * document under a command: a plain "unknown error … Node with given id does not belong to the
     * document" instead of a stale-element error.
     */
    private static boolean detached(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** No page visited may log a JavaScript error to the console. */
    public void assertNoJavaScriptErrors() {
        List<LogEntry> severe = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                // an error page's status (403/404) is reported by Chromium as a failed resource load
                .filter(e -> !e.getMessage().contains("the server responded with a status of"))
                .toList();
        assertThat(severe).as("JavaScript errors").isEmpty();
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // a leftover temp profile is harmless
        }
    }
}
