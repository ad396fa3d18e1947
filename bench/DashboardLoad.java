import com.google.gson.Gson;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.WaitForSelectorState;
import com.sun.security.auth.module.UnixSystem;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Dashboard load: N dashboards in one headless Chromium, each in a context of its own (a person at
 * a desk of their own, with the page in front), signed in with the token, polling as app.js does.
 * Every request a page makes is counted. Run by bench/dashboard-benchmark.sh with Playwright on
 * the classpath (the project's test classpath):
 *
 * <pre>
 * BENCH_TOKEN=secret java -cp "$(cat cp.txt)" bench/DashboardLoad.java --url http://127.0.0.1:8190/
 * </pre>
 *
 * <p>It reads one command a line on stdin and answers each with one line on stdout, {@code ok
 * <json>} or {@code error <text>}, so the script can switch phases without starting the browser
 * again:
 *
 * <ul>
 *   <li>{@code open}: opens the dashboards (those not open yet), one after another: a new context
 *       and page, the page at the URL, the token typed into {@code #token}, {@code #signin-button}
 *       clicked; each is done when {@code #dashboard} is visible and the first poll's slowest read,
 *       {@code /api/environments}, has answered.
 *   <li>{@code close}: closes the contexts, so no renderer of theirs is left.
 *   <li>{@code mark}: sets the counters to zero and starts the clock.
 *   <li>{@code report}: what the pages did since the mark: requests by path (with the query), by
 *       page, how long they took as the page saw them (mean and slowest, start to the answer's last
 *       byte), the answers that were not 2xx, failed requests, script errors (uncaught exceptions and
 *       console errors, not Chromium's line for each non-2xx answer), and the milliseconds.
 *   <li>{@code quit} (or the end of stdin): closes everything and exits.
 * </ul>
 *
 * <p>Playwright's Java client delivers events only while this thread is inside one of its calls,
 * so between commands the thread waits in {@code page.waitForTimeout}, never in a blocking read:
 * the request events are counted as they come, and nothing queues up in the driver meanwhile.
 * Progress goes to stderr.
 *
 * <p>Options (defaults in brackets): --url (the dashboard page), token in env BENCH_TOKEN,
 * --dashboards [20], --chromium [/usr/bin/chromium], --timeout-ms (per page action) [30000].
 */
public class DashboardLoad {

    static final Gson JSON = new Gson();

    /** One dashboard: its context and page. */
    record Dashboard(int index, BrowserContext context, Page page) {
    }

    /** Since the last mark; the handlers add to it. Only the main thread touches it: Playwright's events arrive on it. */
    static Counts current;

    /** What the pages did since the last mark. */
    static final class Counts {
        long markedAt = System.nanoTime();
        final Map<String, Long> byPath = new TreeMap<>();
        final Map<String, Long> notOk = new TreeMap<>();
        final Map<String, Long> failed = new TreeMap<>();
        long[] byPage;
        long scriptErrors;
        long finished;
        double finishedMs;
        double slowestMs;
        final Map<String, Long> errorTexts = new TreeMap<>();

        Counts(int dashboards) {
            byPage = new long[dashboards];
        }
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = parse(args);
        String url = opt.get("url");
        if (url == null) {
            fail("--url is required: the dashboard page, e.g. http://127.0.0.1:8190/");
        }
        String token = System.getenv("BENCH_TOKEN");
        if (token == null || token.isEmpty()) {
            fail("set BENCH_TOKEN to an API token of the serve under test");
        }
        int n = Integer.parseInt(opt.getOrDefault("dashboards", "20"));
        if (n < 1) {
            fail("--dashboards must be at least 1");
        }
        Path chromium = Path.of(opt.getOrDefault("chromium", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            fail("--chromium " + chromium + " is not an executable file (apt-get install chromium)");
        }
        double timeout = Double.parseDouble(opt.getOrDefault("timeout-ms", "30000"));

        BlockingQueue<String> commands = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line; (line = in.readLine()) != null; ) {
                    commands.add(line.trim());
                }
            } catch (Exception e) {
                log("stdin: %s", e.getMessage());
            }
            commands.add("quit");
        }, "stdin");
        reader.setDaemon(true);
        reader.start();

        // Never downloads a browser: the machine's Chromium, as the browser tests use it (TestBrowser).
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    // Chromium refuses its sandbox as root; Playwright passes --no-sandbox when this is false.
                    .setChromiumSandbox(new UnixSystem().getUid() != 0));
            log("Chromium %s started (%s)", browser.version(), chromium);
            answer("ready", Map.of("chromium", browser.version(), "dashboards", n));
            List<Dashboard> open = new ArrayList<>();
            current = new Counts(n);
            while (true) {
                String command = open.isEmpty() ? commands.poll(200, TimeUnit.MILLISECONDS) : pumpThenPoll(open, commands);
                if (command == null || command.isEmpty()) {
                    continue;
                }
                try {
                    switch (command) {
                        case "open" -> {
                            long t0 = System.nanoTime();
                            int opened = 0;
                            for (int i = open.size(); i < n; i++) {
                                open.add(openDashboard(browser, i, url, token, timeout));
                                opened++;
                            }
                            double ms = (System.nanoTime() - t0) / 1e6;
                            log("%d dashboard(s) opened and signed in, %d open, in %.0f ms", opened, open.size(), ms);
                            answer("open", Map.of("opened", opened, "open", open.size(), "ms", Math.round(ms)));
                        }
                        case "close" -> {
                            int closed = open.size();
                            for (Dashboard d : open) {
                                d.context().close();
                            }
                            open.clear();
                            answer("close", Map.of("closed", closed));
                        }
                        case "mark" -> {
                            current = new Counts(n);
                            answer("mark", Map.of("open", open.size()));
                        }
                        case "report" -> answer("report", report(current, open.size()));
                        case "quit" -> {
                            for (Dashboard d : open) {
                                d.context().close();
                            }
                            browser.close();
                            answer("quit", Map.of());
                            return;
                        }
                        default -> System.out.println("error unknown command '" + command
                                + "': open, close, mark, report or quit");
                    }
                } catch (PlaywrightException e) {
                    System.out.println("error " + command + ": " + e.getMessage().lines().findFirst().orElse(""));
                }
                System.out.flush();
            }
        }
    }

    /** Lets Playwright deliver the pages' events for a moment, then takes a command if one came. */
    static String pumpThenPoll(List<Dashboard> open, BlockingQueue<String> commands) {
        String command = commands.poll();
        if (command != null) {
            return command;
        }
        open.get(0).page().waitForTimeout(100);
        return commands.poll();
    }

    static Dashboard openDashboard(Browser browser, int index, String url, String token, double timeout) {
        BrowserContext context = browser.newContext();
        context.setDefaultTimeout(timeout);
        Page page = context.newPage();
        page.onRequest(request -> {
            Counts c = current;
            c.byPath.merge(pathOf(request.url()), 1L, Long::sum);
            c.byPage[index]++;
        });
        page.onResponse(response -> {
            if (response.status() < 200 || response.status() > 299) {
                current.notOk.merge(pathOf(response.url()) + " " + response.status(), 1L, Long::sum);
            }
        });
        page.onRequestFinished(request -> {
            // From the request's start to its answer's last byte, as the page saw it (Resource Timing).
            double ms = request.timing().responseEnd;
            if (ms >= 0) {
                current.finished++;
                current.finishedMs += ms;
                current.slowestMs = Math.max(current.slowestMs, ms);
            }
        });
        page.onRequestFailed(request -> current.failed.merge(pathOf(request.url()) + " " + request.failure(), 1L, Long::sum));
        page.onPageError(error -> scriptError(index, "uncaught: " + error));
        page.onConsoleMessage(message -> {
            // Chromium logs every answer other than 2xx as "Failed to load resource"; those are counted in notOk.
            if ("error".equals(message.type()) && !message.text().startsWith("Failed to load resource")) {
                scriptError(index, message.text());
            }
        });
        page.navigate(url);
        page.fill("#token", token);
        page.waitForResponse(r -> r.url().endsWith("/api/environments"), () -> page.click("#signin-button"));
        page.waitForSelector("#dashboard", new Page.WaitForSelectorOptions().setState(WaitForSelectorState.VISIBLE));
        String connection = page.textContent("#connection");
        if (connection == null || !connection.startsWith("updated")) {
            throw new PlaywrightException("dashboard " + index + " signed in but says '" + connection + "', not 'updated ...'");
        }
        Object visibility = page.evaluate("document.visibilityState");
        if (!"visible".equals(visibility)) {
            // app.js stops polling on a hidden page: the count would then say nothing about an open dashboard.
            throw new PlaywrightException("dashboard " + index + " is " + visibility + ", not visible: it would not poll");
        }
        return new Dashboard(index, context, page);
    }

    static void scriptError(int index, String text) {
        current.scriptErrors++;
        current.errorTexts.merge(text.length() > 300 ? text.substring(0, 300) : text, 1L, Long::sum);
        log("dashboard %d: script error: %s", index, text);
    }

    static Map<String, Object> report(Counts c, int open) {
        double ms = (System.nanoTime() - c.markedAt) / 1e6;
        long total = c.byPath.values().stream().mapToLong(Long::longValue).sum();
        List<Long> perPage = new ArrayList<>();
        for (int i = 0; i < open; i++) {
            perPage.add(c.byPage[i]);
        }
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ms", Math.round(ms));
        r.put("open", open);
        r.put("requests", total);
        r.put("byPath", c.byPath);
        r.put("perDashboard", perPage);
        r.put("notOk", c.notOk);
        r.put("failed", c.failed);
        r.put("finished", c.finished);
        r.put("meanMs", c.finished == 0 ? 0 : c.finishedMs / c.finished);
        r.put("slowestMs", c.slowestMs);
        r.put("scriptErrors", c.scriptErrors);
        r.put("errorTexts", c.errorTexts);
        return r;
    }

    /** The path and query of a URL: what the page asked for, without the origin. */
    static String pathOf(String url) {
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? url : uri.getRawPath();
        return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    }

    static void answer(String what, Map<String, ?> body) {
        System.out.println("ok " + what + " " + JSON.toJson(body));
        System.out.flush();
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 == args.length) {
                fail("options are --name value pairs, not '" + args[i] + "'");
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }

    static void log(String format, Object... args) {
        System.err.println("dashboard-load: " + String.format(Locale.ROOT, format, args));
    }

    static void fail(String message) {
        log("%s", message);
        System.exit(2);
    }
}
