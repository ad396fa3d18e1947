package io.facadeswitch.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.sun.security.auth.module.UnixSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The machine's Chromium, driven by Playwright: one browser per test class (it takes seconds to
 * start), a fresh context (cookies, storage) per test. Register it on a static field with
 * {@code @RegisterExtension}. When a test fails, every page it opened is saved as a screenshot
 * under {@code target/dashboard-failures/}, so a CI failure can be seen and not only read.
 *
 * <p>Playwright never downloads a browser here: the build may only reach Maven Central, so the
 * browser is Debian's {@code chromium} (or {@code FACADE_TEST_CHROMIUM}).
 */
public final class TestBrowser implements BeforeAllCallback, AfterAllCallback, AfterEachCallback,
        TestExecutionExceptionHandler {

    /** How long a Playwright assertion or action waits: the page polls every 2 s, the box may be busy. */
    public static final double TIMEOUT_MILLIS = 10_000;

    static final String CHROMIUM_VARIABLE = "FACADE_TEST_CHROMIUM";
    static final Path FAILURES = Path.of("target", "dashboard-failures");

    private final List<BrowserContext> contexts = new ArrayList<>();
    private Playwright playwright;
    private Browser browser;

    /** A context of its own (a second person at another desk), closed after the test. */
    public BrowserContext newContext() {
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(TIMEOUT_MILLIS);
        contexts.add(context);
        return context;
    }

    /** A page in a fresh context, at {@code url}. */
    public Page open(String url) {
        Page page = newContext().newPage();
        page.navigate(url);
        return page;
    }

    @Override
    public void beforeAll(ExtensionContext extension) {
        Path chromium = chromium();
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MILLIS);
        // Read by the driver before it would run "playwright install" (DriverJar.installBrowsers).
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    // Chromium refuses to start its sandbox as root; Playwright adds --no-sandbox when this is false.
                    .setChromiumSandbox(!runningAsRoot()));
        } catch (RuntimeException e) {
            playwright.close();
            throw new IllegalStateException("Chromium at " + chromium + " did not start: " + e.getMessage()
                    + "; set " + CHROMIUM_VARIABLE + " to a working Chromium, or reinstall it (apt-get install chromium)", e);
        }
    }

    @Override
    public void handleTestExecutionException(ExtensionContext extension, Throwable failure) throws Throwable {
        // Called before @AfterEach, while the pages still show what the test saw.
        String name = extension.getRequiredTestClass().getSimpleName() + "." + extension.getRequiredTestMethod().getName();
        int n = 0;
        for (BrowserContext context : contexts) {
            for (Page page : context.pages()) {
                Path file = FAILURES.resolve(name + (n == 0 ? "" : "-" + n) + ".png");
                n++;
                try {
                    Files.createDirectories(FAILURES);
                    page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                } catch (RuntimeException screenshotFailed) {
                    failure.addSuppressed(screenshotFailed);
                }
            }
        }
        throw failure;
    }

    @Override
    public void afterEach(ExtensionContext extension) {
        for (BrowserContext context : contexts) {
            context.close();
        }
        contexts.clear();
    }

    @Override
    public void afterAll(ExtensionContext extension) {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    /** {@code FACADE_TEST_CHROMIUM}, else {@code chromium} or {@code chromium-browser} on the PATH. */
    static Path chromium() {
        String configured = System.getenv(CHROMIUM_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            Path path = Path.of(configured);
            if (!Files.isExecutable(path)) {
                throw new IllegalStateException(CHROMIUM_VARIABLE + "=" + configured + " is not an executable file:"
                        + " point it at a Chromium or Chrome binary, or unset it to use chromium from the PATH");
            }
            return path;
        }
        for (String name : List.of("chromium", "chromium-browser")) {
            Path found = ToolsOnPath.find(name);
            if (found != null) {
                return found;
            }
        }
        throw new IllegalStateException("the dashboard's browser tests need Chromium, and neither chromium nor"
                + " chromium-browser is on the PATH: install it (Debian/Ubuntu: apt-get install chromium), or set "
                + CHROMIUM_VARIABLE + " to a Chromium or Chrome binary");
    }

    private static boolean runningAsRoot() {
        return new UnixSystem().getUid() == 0;
    }
}
