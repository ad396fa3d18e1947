package io.facadeswitch.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
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
        return newContext(new Browser.NewContextOptions());
    }

    /** The same, with a screen of its own size, say a phone's. */
    public BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext context = browser.newContext(options);
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

    /**
     * {@code FACADE_TEST_CHROMIUM}, else {@code chromium} or {@code chromium-browser} on the PATH, else Debian's package,
     * installed here when the tests run as root on a machine with apt-get (as {@code .ci/run} does), so that
     * {@code ./mvnw verify} works on a fresh machine too.
     */
    static synchronized Path chromium() {
        Path found = configuredOrOnPath();
        if (found == null && runningAsRoot() && ToolsOnPath.find("apt-get") != null) {
            install();
            found = configuredOrOnPath();
        }
        if (found == null) {
            throw new IllegalStateException("the dashboard's browser tests need Chromium, and neither chromium nor"
                    + " chromium-browser is on the PATH: install it (Debian/Ubuntu: apt-get install chromium), or set "
                    + CHROMIUM_VARIABLE + " to a Chromium or Chrome binary");
        }
        return found;
    }

    private static void install() {
        Path log = Path.of("target", "chromium-install.log");
        try {
            Files.createDirectories(log.getParent());
            for (List<String> command : List.of(List.of("apt-get", "update"), List.of("apt-get", "install", "-y", "chromium"))) {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
                builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
                int exit = builder.start().waitFor();
                if (exit != 0) {
                    throw new IllegalStateException(String.join(" ", command) + " failed (exit " + exit + "), see " + log
                            + ": install Chromium by hand (apt-get install chromium) or set " + CHROMIUM_VARIABLE);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run apt-get to install Chromium: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while installing Chromium", e);
        }
    }

    private static Path configuredOrOnPath() {
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
        return null;
    }

    private static boolean runningAsRoot() {
        return new UnixSystem().getUid() == 0;
    }
}
