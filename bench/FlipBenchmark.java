import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Flip benchmark: how long after promote (or rollback) returns every busy connection runs on the
 * new colour. Run by bench/flip-benchmark.sh, which prepares the database and starts serve:
 *
 * <pre>
 * BENCH_TOKEN=secret java -cp target/facade-switch.jar bench/FlipBenchmark.java \
 *     --url jdbc:postgresql://127.0.0.1:16434/db --user app --api http://127.0.0.1:18081
 * </pre>
 *
 * <p>N threads each own one connection through the proxy and run, in a loop, the autocommit
 * statement {@code SELECT current_setting('search_path'), x FROM probe} (blue's probe view
 * answers 1, green's 2), recording each statement's client-side start and end time
 * (System.nanoTime) and the colour it saw. The main thread then flips F times, promote and
 * rollback in turn, with a pause after each. For each flip and connection: the start of the
 * connection's first statement that saw the new colour (among those started after the HTTP call
 * began and before the next call began; if the connection went back to the old colour in
 * between, the first one after its last old-colour statement), minus the moment the call
 * returned, clipped at 0. A flip's figure is the largest over the connections. Progress goes to
 * stderr, the report to stdout; the exit status is 1 when a statement failed or saw a search_path
 * and a probe view of different colours.
 *
 * <p>Options (defaults in brackets): --url, --user, --password (or env BENCH_PASSWORD) [none],
 * --api, token in env BENCH_TOKEN, --connections [32], --flips [20], --pause-ms [300],
 * --warmup-ms [2000], --settle-ms (more load after the last flip's pause) [2000], --think-ms (sleep
 * after each statement) [0], --warmup-flips (unmeasured flips after the warm-up load) [2],
 * --app-name [flip-bench], --query-mode extended|simple [extended].
 */
public class FlipBenchmark {

    static final String SQL = "SELECT current_setting('search_path'), x FROM probe";
    static final byte BLUE = 1, GREEN = 2, WRONG = 3, ERROR = 4;
    static final Pattern ACTIVE = Pattern.compile("\"active\"\\s*:\\s*\"(blue|green)\"");
    static volatile boolean stop;

    /** One connection's statements: start and end (nanoTime) and what each saw. */
    static final class Log {
        long[] start = new long[1 << 14];
        long[] end = new long[1 << 14];
        byte[] seen = new byte[1 << 14];
        int size;

        void add(long s, long e, byte colour) {
            if (size == start.length) {
                start = Arrays.copyOf(start, size * 2);
                end = Arrays.copyOf(end, size * 2);
                seen = Arrays.copyOf(seen, size * 2);
            }
            start[size] = s;
            end[size] = e;
            seen[size] = colour;
            size++;
        }
    }

    record Flip(String op, byte colour, long callStart, long returned) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = parse(args);
        String url = require(opt, "url");
        String user = require(opt, "user");
        String api = require(opt, "api").replaceAll("/+$", "");
        String password = opt.getOrDefault("password", System.getenv("BENCH_PASSWORD"));
        String token = System.getenv("BENCH_TOKEN");
        if (token == null || token.isEmpty()) {
            fail("set BENCH_TOKEN to an API token with role operate");
        }
        int connections = intOpt(opt, "connections", 32, 1);
        int flips = intOpt(opt, "flips", 20, 1);
        int pauseMs = intOpt(opt, "pause-ms", 300, 0);
        int warmupMs = intOpt(opt, "warmup-ms", 2000, 0);
        int warmupFlips = intOpt(opt, "warmup-flips", 2, 0);
        int settleMs = intOpt(opt, "settle-ms", 2000, 0);
        int thinkMs = intOpt(opt, "think-ms", 0, 0);
        String appName = opt.getOrDefault("app-name", "flip-bench");
        String queryMode = opt.getOrDefault("query-mode", "extended");
        if (!queryMode.equals("extended") && !queryMode.equals("simple")) {
            fail("--query-mode must be extended or simple");
        }

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        String status = call(http, api, token, "GET", "/api/status").body();
        byte active = colourOf(status);
        log("routing before the flips: %s active", name(active));

        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null && !password.isEmpty()) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", appName);
        // Without it pgjdbc sets application_name after connecting, too late for the proxy to name the instance.
        props.setProperty("assumeMinServerVersion", "10");
        props.setProperty("preferQueryMode", queryMode);
        props.setProperty("connectTimeout", "10");
        List<Connection> conns = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            conns.add(DriverManager.getConnection(url, props));
        }
        for (Connection c : conns) {
            try (PreparedStatement ps = c.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
                rs.next();
                byte saw = seen(rs.getString(1), rs.getInt(2));
                if (saw != active) {
                    fail("a new connection saw " + name(saw) + ", the active colour is " + name(active));
                }
            }
        }
        log("%d connections through the proxy as %s (application_name %s, %s protocol), all on %s",
                connections, user, appName, queryMode, name(active));

        Log[] logs = new Log[connections];
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<String> errorTexts = new ConcurrentLinkedQueue<>();
        CountDownLatch started = new CountDownLatch(connections);
        Thread[] threads = new Thread[connections];
        for (int i = 0; i < connections; i++) {
            Log log = logs[i] = new Log();
            Connection c = conns.get(i);
            int index = i;
            threads[i] = new Thread(() -> {
                started.countDown();
                Connection conn = c;
                PreparedStatement ps = null;
                while (!stop) {
                    long s = System.nanoTime();
                    try {
                        if (ps == null) {
                            ps = conn.prepareStatement(SQL);
                        }
                        byte saw;
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            saw = seen(rs.getString(1), rs.getInt(2));
                        }
                        log.add(s, System.nanoTime(), saw);
                        if (thinkMs > 0) {
                            Thread.sleep(thinkMs);
                        }
                    } catch (InterruptedException e) {
                        return;
                    } catch (SQLException e) {
                        log.add(s, System.nanoTime(), ERROR);
                        errors.incrementAndGet();
                        if (errorTexts.size() < 20) {
                            errorTexts.add("connection " + index + ": " + e.getSQLState() + " " + e.getMessage());
                        }
                        ps = null;
                        try {
                            if (conn.isClosed() || !conn.isValid(2)) {
                                conn.close();
                                conn = DriverManager.getConnection(url, props);
                            }
                            Thread.sleep(10);
                        } catch (SQLException | InterruptedException again) {
                            sleepQuietly(100);
                        }
                    }
                }
                try {
                    conn.close();
                } catch (SQLException ignored) {
                    // closing at the end
                }
            }, "flip-bench-" + i);
            threads[i].start();
        }
        started.await();
        Thread.sleep(warmupMs);

        // The first active colour holds release A and the other one B, deployed: promote makes B's
        // colour active, rollback A's again. Warm-up flips (not measured) run the switch's and the
        // proxy's flip paths once before the clock starts.
        List<Flip> done = new ArrayList<>();
        byte current = active;
        for (int k = -warmupFlips; k < flips; k++) {
            String op = current == active ? "promote" : "rollback";
            byte expected = current == BLUE ? GREEN : BLUE;
            long callStart = System.nanoTime();
            HttpResponse<String> response = call(http, api, token, "POST", "/api/" + op);
            long returned = System.nanoTime();
            if (response.statusCode() != 200) {
                stopAll(threads);
                fail(op + " answered " + response.statusCode() + ": " + response.body());
            }
            byte now = colourOf(response.body());
            if (now != expected) {
                stopAll(threads);
                fail(op + " made " + name(now) + " active, expected " + name(expected));
            }
            current = now;
            if (k >= 0) {
                done.add(new Flip(op, now, callStart, returned));
            }
            log("%s %d/%d: %s -> %s active (HTTP %.1f ms, returned at %s)", k < 0 ? "warm-up flip" : "flip",
                    k < 0 ? k + warmupFlips + 1 : k + 1, k < 0 ? warmupFlips : flips, op, name(now),
                    (returned - callStart) / 1e6, java.time.LocalTime.now());
            Thread.sleep(pauseMs);
        }
        // The last flip gets a longer window, so that a slow move is measured rather than cut off.
        Thread.sleep(settleMs);
        long end = System.nanoTime();
        stopAll(threads);

        String metrics = null;
        try {
            HttpResponse<String> prometheus = call(http, api, token, "GET", "/prometheus");
            metrics = prometheus.statusCode() == 200 ? prometheus.body() : null;
        } catch (Exception e) {
            log("could not read /prometheus: %s", e);
        }
        report(done, logs, end, errors.get(), errorTexts, connections, queryMode, pauseMs, thinkMs);
        if (metrics != null) {
            System.out.println(serveFigures(metrics));
        }
    }

    static void report(List<Flip> flips, Log[] logs, long end, long errors, ConcurrentLinkedQueue<String> errorTexts,
                       int connections, String queryMode, int pauseMs, int thinkMs) {
        long total = 0, wrong = 0;
        List<Long> latencies = new ArrayList<>();
        long first = flips.isEmpty() ? end : flips.get(0).callStart();
        long duringFlips = 0;
        for (Log log : logs) {
            total += log.size;
            for (int i = 0; i < log.size; i++) {
                if (log.seen[i] == WRONG) {
                    wrong++;
                }
                if (log.seen[i] != ERROR && (i & 7) == 0) {
                    latencies.add(log.end[i] - log.start[i]);
                }
                if (log.start[i] >= first) {
                    duringFlips++;
                }
            }
        }

        System.out.printf(Locale.ROOT, "flip benchmark: %d connections busy through the proxy (%s protocol, %s), "
                + "%d flips, %d ms pause%n", connections, queryMode,
                thinkMs == 0 ? "no pause between statements" : thinkMs + " ms between statements", flips.size(), pauseMs);
        System.out.println("| flip | call     | new colour | HTTP ms | first moved ms | all moved ms | slowest conn "
                + "| old-colour stmts after return | conns back on old |");
        System.out.println("|------|----------|------------|---------|----------------|--------------|--------------"
                + "|-------------------------------|-------------------|");
        double[] figures = new double[flips.size()];
        long notMoved = 0, backOnOld = 0;
        for (int k = 0; k < flips.size(); k++) {
            Flip f = flips.get(k);
            long windowEnd = k + 1 < flips.size() ? flips.get(k + 1).callStart() : end;
            long worst = 0, best = Long.MAX_VALUE;
            int slowest = -1;
            long oldAfter = 0, backHere = 0, missing = 0;
            for (int c = 0; c < logs.length; c++) {
                Log log = logs[c];
                int settled = -1; // first statement of the last run of new-colour statements in the window
                boolean sawNew = false, wentBack = false;
                for (int i = 0; i < log.size; i++) {
                    long s = log.start[i];
                    byte saw = log.seen[i];
                    if (s < f.callStart() || s >= windowEnd || saw == ERROR) {
                        continue;
                    }
                    if (saw == f.colour()) {
                        sawNew = true;
                        if (settled < 0) {
                            settled = i;
                        }
                    } else {
                        if (sawNew) {
                            wentBack = true;
                        }
                        settled = -1;
                        if (s >= f.returned()) {
                            oldAfter++;
                        }
                    }
                }
                if (wentBack) {
                    backHere++;
                }
                if (settled < 0) {
                    missing++;
                    continue;
                }
                long lag = Math.max(0, log.start[settled] - f.returned());
                best = Math.min(best, lag);
                if (lag > worst || slowest < 0) {
                    worst = lag;
                    slowest = c;
                }
            }
            notMoved += missing;
            backOnOld += backHere;
            figures[k] = missing > 0 ? Double.POSITIVE_INFINITY : worst / 1e6;
            String moved = missing > 0
                    ? String.format(Locale.ROOT, "%d not in %.0f", missing, (windowEnd - f.returned()) / 1e6)
                    : String.format(Locale.ROOT, "%.2f", figures[k]);
            String firstMoved = best == Long.MAX_VALUE ? "-" : String.format(Locale.ROOT, "%.2f", best / 1e6);
            System.out.printf(Locale.ROOT, "| %4d | %-8s | %-10s | %7.1f | %14s | %12s | %12s | %29d | %17d |%n",
                    k + 1, f.op(), name(f.colour()), (f.returned() - f.callStart()) / 1e6, firstMoved, moved,
                    slowest < 0 || missing > 0 ? "-" : String.valueOf(slowest), oldAfter, backHere);
        }
        double[] sorted = figures.clone();
        Arrays.sort(sorted);
        System.out.println();
        if (sorted.length > 0) {
            System.out.printf(Locale.ROOT, "every connection on the new colour, after the call returned: p50 %s, "
                            + "p99 %s, max %s (nearest rank over %d flips)%n", fmt(rank(sorted, 0.50)),
                    fmt(rank(sorted, 0.99)), fmt(sorted[sorted.length - 1]), sorted.length);
            double p99 = rank(sorted, 0.99);
            System.out.printf(Locale.ROOT, "target p99 < 50 ms: %s%n", p99 < 50 ? "meets it" : "misses it");
        }
        long[] lat = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (lat.length > 0) {
            System.out.printf(Locale.ROOT, "statements: %d in all, %d from the first flip on; statement latency "
                            + "(1 in 8 sampled) p50 %.2f ms, p99 %.2f ms, max %.2f ms%n", total, duringFlips,
                    rank(lat, 0.50) / 1e6, rank(lat, 0.99) / 1e6, lat[lat.length - 1] / 1e6);
        }
        System.out.printf(Locale.ROOT, "errors: %d; statements whose search_path and probe disagreed: %d; "
                + "connections not on the new colour by the next flip: %d; connections back on the old colour "
                + "after seeing the new one: %d%n", errors, wrong, notMoved, backOnOld);
        for (String e : errorTexts) {
            System.out.println("  error: " + e);
        }
        if (errors > 0 || wrong > 0) {
            System.exit(1);
        }
    }

    /** The switch's own view of the run, from its /prometheus page. */
    static String serveFigures(String metrics) {
        double count = metric(metrics, "facade_switch_propagation_delay_seconds_count");
        double sum = metric(metrics, "facade_switch_propagation_delay_seconds_sum");
        double max = metric(metrics, "facade_switch_propagation_delay_seconds_max");
        return String.format(Locale.ROOT, "serve's own figures: %.0f generations applied, from the change's commit to "
                        + "applying it: mean %.1f ms, max %.1f ms (facade_switch_propagation_delay_seconds); "
                        + "%.0f connection moves, %.0f failed (facade_proxy_moves_total, _move_failures_total)",
                count, count > 0 ? sum / count * 1000 : 0, max * 1000, metric(metrics, "facade_proxy_moves_total"),
                metric(metrics, "facade_proxy_move_failures_total"));
    }

    /** The sum of a metric's samples over all its labels; 0 when absent. */
    static double metric(String metrics, String name) {
        double total = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + " ") || line.startsWith(name + "{")) {
                String[] words = line.trim().split("\\s+");
                try {
                    total += Double.parseDouble(words[words.length - 1]);
                } catch (NumberFormatException ignored) {
                    // not a sample line
                }
            }
        }
        return total;
    }

    static double rank(double[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static double rank(long[] sorted, double q) {
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static String fmt(double ms) {
        return Double.isInfinite(ms) ? "over the flip interval (not moved by the next flip)"
                : String.format(Locale.ROOT, "%.2f ms", ms);
    }

    static byte seen(String searchPath, int x) {
        byte byPath = switch (searchPath) {
            case "facade_blue" -> BLUE;
            case "facade_green" -> GREEN;
            default -> WRONG;
        };
        byte byProbe = x == 1 ? BLUE : x == 2 ? GREEN : WRONG;
        return byPath == byProbe ? byPath : WRONG;
    }

    static String name(byte colour) {
        return switch (colour) {
            case BLUE -> "blue";
            case GREEN -> "green";
            case WRONG -> "wrong";
            default -> "error";
        };
    }

    static byte colourOf(String statusJson) {
        Matcher m = ACTIVE.matcher(statusJson);
        if (!m.find()) {
            fail("no active colour in " + statusJson);
        }
        return m.group(1).equals("blue") ? BLUE : GREEN;
    }

    static HttpResponse<String> call(HttpClient http, String api, String token, String method, String path)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token);
        if (method.equals("POST")) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"flip benchmark\"}"));
        } else {
            request.GET();
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static void stopAll(Thread[] threads) throws InterruptedException {
        stop = true;
        for (Thread t : threads) {
            t.join(30_000);
        }
    }

    static void sleepQuietly(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> opt = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                fail("usage: FlipBenchmark --url JDBC_URL --user USER --api HTTP_URL [--connections N] [--flips N]"
                        + " [--pause-ms MS] [--warmup-ms MS] [--warmup-flips N] [--settle-ms MS] [--think-ms MS]"
                        + " [--app-name NAME] [--query-mode extended|simple] (token in env BENCH_TOKEN)");
            }
            opt.put(args[i].substring(2), args[++i]);
        }
        return opt;
    }

    static String require(Map<String, String> opt, String name) {
        String value = opt.get(name);
        if (value == null || value.isEmpty()) {
            fail("--" + name + " is required");
        }
        return value;
    }

    static int intOpt(Map<String, String> opt, String name, int fallback, int min) {
        String value = opt.get(name);
        if (value == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n < min) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            fail("--" + name + " must be a whole number of at least " + min + ", not '" + value + "'");
            return fallback;
        }
    }

    static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "flip-benchmark: " + format + "%n", args);
    }

    static void fail(String message) {
        System.err.println("flip-benchmark: " + message);
        System.exit(1);
    }
}
