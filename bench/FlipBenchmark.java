import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.stream.Stream;
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
 *
 * <p>Where the time goes (the second table): for each flip, the slowest connection's statement in
 * flight when the call returned (its start and end against the return), the stop-the-world pauses
 * of serve's JVM and of this one while it ran (from {@code -Xlog:safepoint} files with the
 * {@code timemillis} decoration: --serve-jvm-log, --load-jvm-log), how many tasks the machine had
 * runnable meanwhile (sampled from /proc/loadavg every 5 ms), and, over the flip's interval, how
 * long serve's threads, this program's threads and the connections' PostgreSQL backends waited for
 * a processor (run_delay from /proc/PID/task/TID/schedstat; --serve-pid; backends found with
 * pg_backend_pid(), read only when PostgreSQL runs on this host).
 */
public class FlipBenchmark {

    static final String SQL = "SELECT current_setting('search_path'), x FROM probe";
    static final byte BLUE = 1, GREEN = 2, WRONG = 3, ERROR = 4;
    static final Pattern ACTIVE = Pattern.compile("\"active\"\\s*:\\s*\"(blue|green)\"");
    static volatile boolean stop;
    /** The wall clock and nanoTime at one moment, to set JVM log times against statement times. */
    static final long EPOCH_NANOS = System.currentTimeMillis() * 1_000_000L;
    static final long NANO_ORIGIN = System.nanoTime();

    static long epochNanos(long nanoTime) {
        return EPOCH_NANOS + (nanoTime - NANO_ORIGIN);
    }

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

    /** Nanoseconds some tasks waited for a processor (run_delay), as of a flip's start; -1 where unknown. */
    record Waits(long serve, long load, long backends) {
    }

    /** Stop-the-world pauses of one JVM, read from its -Xlog:safepoint file (timemillis decoration). */
    static final class Pauses {
        static final Pattern LINE = Pattern.compile("^\\[(\\d+)ms\\].*Safepoint \"([^\"]+)\".*Total: (\\d+) ns");
        final List<long[]> spans = new ArrayList<>(); // {start epoch ns, end epoch ns}
        final List<String> causes = new ArrayList<>();

        /** The pauses in a file, or null when there is no file to read. */
        static Pauses read(String file) {
            if (file == null || file.isEmpty() || !Files.isReadable(Path.of(file))) {
                return null;
            }
            Pauses pauses = new Pauses();
            try (Stream<String> lines = Files.lines(Path.of(file))) {
                lines.forEach(line -> {
                    Matcher m = LINE.matcher(line);
                    if (m.find()) {
                        long end = Long.parseLong(m.group(1)) * 1_000_000L;
                        pauses.spans.add(new long[] {end - Long.parseLong(m.group(3)), end});
                        pauses.causes.add(m.group(2));
                    }
                });
            } catch (IOException e) {
                log("could not read %s: %s", file, e);
                return null;
            }
            return pauses;
        }

        /** Nanoseconds paused between two epoch-nanosecond times. */
        long within(long from, long to) {
            long sum = 0;
            for (long[] span : spans) {
                sum += Math.max(0, Math.min(to, span[1]) - Math.max(from, span[0]));
            }
            return sum;
        }

        String summary(long from, long to) {
            long count = 0, total = 0, longest = 0;
            String cause = "-";
            for (int i = 0; i < spans.size(); i++) {
                long[] span = spans.get(i);
                if (span[1] >= from && span[0] <= to) {
                    long length = span[1] - span[0];
                    count++;
                    total += length;
                    if (length > longest) {
                        longest = length;
                        cause = causes.get(i);
                    }
                }
            }
            return String.format(Locale.ROOT, "%d pauses, %.1f ms in all, the longest %.2f ms (%s)", count, total / 1e6,
                    longest / 1e6, cause);
        }
    }

    /**
     * How many tasks the machine had runnable, from /proc/loadavg, and its processors' idle and
     * stolen time (the hypervisor running someone else), from /proc/stat, sampled every 5 ms.
     */
    static final class RunQueue implements Runnable {
        static final Path LOADAVG = Path.of("/proc/loadavg");
        static final Path STAT = Path.of("/proc/stat");
        long[] at = new long[1 << 14];
        int[] running = new int[1 << 14];
        long[] idle = new long[1 << 14]; // cumulative clock ticks (USER_HZ, 100 a second)
        long[] steal = new long[1 << 14];
        volatile int size;

        static boolean available() {
            return Files.isReadable(LOADAVG);
        }

        @Override
        public void run() {
            while (!stop) {
                try {
                    String[] fields = Files.readString(LOADAVG).trim().split("\\s+");
                    int runnable = Integer.parseInt(fields[3].substring(0, fields[3].indexOf('/')));
                    String[] cpu;
                    try (var reader = Files.newBufferedReader(STAT)) {
                        cpu = reader.readLine().trim().split("\\s+"); // cpu user nice system idle iowait irq softirq steal
                    }
                    int n = size;
                    if (n == at.length) {
                        at = Arrays.copyOf(at, n * 2);
                        running = Arrays.copyOf(running, n * 2);
                        idle = Arrays.copyOf(idle, n * 2);
                        steal = Arrays.copyOf(steal, n * 2);
                    }
                    at[n] = System.nanoTime();
                    running[n] = Math.max(0, runnable - 1); // not counting this sampler
                    idle[n] = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
                    steal[n] = cpu.length > 8 ? Long.parseLong(cpu[8]) : 0;
                    size = n + 1;
                    Thread.sleep(5);
                } catch (IOException | RuntimeException e) {
                    log("stopped sampling /proc/loadavg: %s", e);
                    return;
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        /** Mean runnable tasks over the samples between two nanoTimes; NaN without samples. */
        double mean(long from, long to) {
            long sum = 0;
            int count = 0;
            for (int i = 0; i < size; i++) {
                if (at[i] >= from && at[i] <= to) {
                    sum += running[i];
                    count++;
                }
            }
            return count == 0 ? Double.NaN : (double) sum / count;
        }

        /** Milliseconds of a cumulative tick series from the last sample before to the first after; -1 without samples. */
        long msBetween(long[] ticks, long from, long to) {
            int n = size, first = -1, last = -1;
            for (int i = 0; i < n; i++) {
                if (at[i] <= from) {
                    first = i;
                }
                if (at[i] >= to) {
                    last = i;
                    break;
                }
            }
            if (last < 0 && n > 0 && at[n - 1] > from) {
                last = n - 1; // sampling stopped first: up to the last sample
            }
            return first < 0 || last < 0 ? -1 : (ticks[last] - ticks[first]) * 10;
        }
    }

    /** The run_delay of every thread of a process, summed; -1 when it cannot be read. */
    static long runDelay(long pid) {
        if (pid <= 0) {
            return -1;
        }
        long sum = 0;
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : (Iterable<Path>) tasks::iterator) {
                try {
                    sum += Long.parseLong(Files.readString(task.resolve("schedstat")).trim().split("\\s+")[1]);
                } catch (IOException | RuntimeException gone) {
                    // a thread that ended meanwhile
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return sum;
    }

    static Waits waits(long servePid, long[] backendPids) {
        long backends = backendPids.length == 0 ? -1 : 0;
        for (long pid : backendPids) {
            long delay = runDelay(pid);
            if (delay < 0) {
                backends = -1;
                break;
            }
            backends += delay;
        }
        return new Waits(runDelay(servePid), runDelay(ProcessHandle.current().pid()), backends);
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
        long servePid = intOpt(opt, "serve-pid", 0, 0);
        String serveJvmLog = opt.get("serve-jvm-log");
        String loadJvmLog = opt.get("load-jvm-log");
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
        long[] backendPids = new long[connections];
        for (int i = 0; i < connections; i++) {
            Connection c = conns.get(i);
            try (PreparedStatement ps = c.prepareStatement(SQL); ResultSet rs = ps.executeQuery()) {
                rs.next();
                byte saw = seen(rs.getString(1), rs.getInt(2));
                if (saw != active) {
                    fail("a new connection saw " + name(saw) + ", the active colour is " + name(active));
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_backend_pid()"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                backendPids[i] = rs.getLong(1);
            }
        }
        if (!Files.isDirectory(Path.of("/proc", String.valueOf(backendPids[0])))) {
            backendPids = new long[0]; // PostgreSQL runs elsewhere: its run-queue waits are not ours to read
        }
        RunQueue runQueue = new RunQueue();
        if (RunQueue.available()) {
            Thread sampler = new Thread(runQueue, "flip-bench-runqueue");
            sampler.setDaemon(true);
            sampler.start();
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
        List<Waits> waits = new ArrayList<>(); // as each measured flip began, and at the end
        byte current = active;
        for (int k = -warmupFlips; k < flips; k++) {
            String op = current == active ? "promote" : "rollback";
            byte expected = current == BLUE ? GREEN : BLUE;
            if (k >= 0) {
                waits.add(waits(servePid, backendPids));
            }
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
        waits.add(waits(servePid, backendPids));
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
        whereTheTimeWent(done, logs, end, waits, runQueue, Pauses.read(serveJvmLog), Pauses.read(loadJvmLog));
        if (errors.get() > 0 || wrongTotal > 0) {
            System.exit(1);
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
                Follow follow = follow(log, f, windowEnd);
                oldAfter += follow.oldAfter();
                if (follow.wentBack()) {
                    backHere++;
                }
                int settled = follow.settled();
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
        wrongTotal = wrong;
    }

    static long wrongTotal;

    /**
     * How one connection followed a flip: its first statement of the last run of new-colour
     * statements in the window (-1 when none), whether it went back to the old colour after
     * seeing the new one, and how many old-colour statements it started after the call returned.
     */
    record Follow(int settled, boolean wentBack, long oldAfter) {
    }

    static Follow follow(Log log, Flip f, long windowEnd) {
        int settled = -1;
        boolean sawNew = false, wentBack = false;
        long oldAfter = 0;
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
        return new Follow(settled, wentBack, oldAfter);
    }

    /** The last statement a connection started before a moment; -1 when none. */
    static int inFlight(Log log, long at) {
        int lo = 0, hi = log.size - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (log.start[mid] < at) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    /**
     * The second table: for each flip, the connection that moved last (or the first that did not
     * move), its statement in flight when the call returned, and what else happened meanwhile.
     */
    static void whereTheTimeWent(List<Flip> flips, Log[] logs, long end, List<Waits> waits, RunQueue runQueue,
                                 Pauses serve, Pauses load) {
        System.out.println();
        System.out.println("where the time went: the connection that moved last, its last statement on the old colour"
                + " (the one in flight; ms against the call's return), the JVMs' stop-the-world pauses while that statement"
                + " ran, the machine's runnable tasks meanwhile, and, over the flip interval, how many threads of serve, of the"
                + " load and of the backends waited for a processor on average");
        System.out.println("| flip | all moved ms | in flight from | to | took ms | serve paused ms | load paused ms "
                + "| runnable tasks | cpus idle / stolen ms | waiting for a cpu: serve | load | backends |");
        System.out.println("|------|--------------|----------------|----|---------|-----------------|----------------"
                + "|----------------|-----------------------|--------------------------|------|----------|");
        long longestAtReturn = 0, longestAway = 0, slowAway = 0, away = 0;
        for (int k = 0; k < flips.size(); k++) {
            Flip f = flips.get(k);
            long windowEnd = k + 1 < flips.size() ? flips.get(k + 1).callStart() : end;
            // The connection that moved last; among those that moved at once, the one whose last
            // old-colour statement ended last. Its statement in flight is that last old-colour one.
            int slowest = -1, slowestSettled = -1, slowestLast = -1;
            long worst = -1, worstEnd = Long.MIN_VALUE;
            for (int c = 0; c < logs.length; c++) {
                Log log = logs[c];
                int settled = follow(log, f, windowEnd).settled();
                long lag = settled < 0 ? Long.MAX_VALUE : Math.max(0, log.start[settled] - f.returned());
                int last = settled < 0 ? inFlight(log, windowEnd) : settled - 1;
                long lastEnd = last < 0 ? Long.MIN_VALUE : log.end[last];
                if (lag > worst || lag == worst && lastEnd > worstEnd) {
                    worst = lag;
                    worstEnd = lastEnd;
                    slowest = c;
                    slowestSettled = settled;
                    slowestLast = last;
                }
                int flying = inFlight(logs[c], f.returned());
                if (flying >= 0) {
                    longestAtReturn = Math.max(longestAtReturn, logs[c].end[flying] - logs[c].start[flying]);
                }
                // Statements away from flips: started 100 ms or more after this return, before the next call.
                for (int i = Math.max(0, flying); i < logs[c].size; i++) {
                    long s = logs[c].start[i];
                    if (s >= windowEnd) {
                        break;
                    }
                    if (s >= f.returned() + 100_000_000L) {
                        long took = logs[c].end[i] - s;
                        away++;
                        longestAway = Math.max(longestAway, took);
                        if (took > 50_000_000L) {
                            slowAway++;
                        }
                    }
                }
            }
            Log log = logs[slowest];
            int flying = slowestLast;
            String moved = slowestSettled < 0 ? "not moved" : ms(worst);
            String from = "-", to = "-", took = "-", servePaused = "-", loadPaused = "-", runnable = "-", cpus = "-";
            if (flying >= 0) {
                long s = log.start[flying], e = log.end[flying];
                from = ms(s - f.returned());
                to = ms(e - f.returned());
                took = ms(e - s);
                servePaused = serve == null ? "-" : ms(serve.within(epochNanos(s), epochNanos(e)));
                loadPaused = load == null ? "-" : ms(load.within(epochNanos(s), epochNanos(e)));
                double mean = runQueue.mean(s - 5_000_000L, e + 5_000_000L); // at least one 5 ms sample
                runnable = Double.isNaN(mean) ? "-" : String.format(Locale.ROOT, "%.1f", mean);
                long idle = runQueue.msBetween(runQueue.idle, s, e), stolen = runQueue.msBetween(runQueue.steal, s, e);
                cpus = idle < 0 ? "-" : idle + " / " + stolen;
            }
            Waits before = waits.get(k), after = waits.get(k + 1);
            long interval = windowEnd - f.callStart();
            System.out.printf(Locale.ROOT, "| %4d | %12s | %14s | %s | %7s | %15s | %14s | %14s | %21s | %24s | %4s | %8s |%n",
                    k + 1, moved, from, to, took, servePaused, loadPaused, runnable, cpus,
                    waiting(before.serve(), after.serve(), interval), waiting(before.load(), after.load(), interval),
                    waiting(before.backends(), after.backends(), interval));
        }
        System.out.printf(Locale.ROOT, "longest statement in flight at a return: %.2f ms; statements started 100 ms or more "
                + "after a return (before the next call): %d, the longest %.2f ms, %d over 50 ms%n",
                longestAtReturn / 1e6, away, longestAway / 1e6, slowAway);
        if (!flips.isEmpty()) {
            long from = epochNanos(flips.get(0).callStart()), to = epochNanos(end);
            System.out.println("stop-the-world pauses from the first flip on: serve "
                    + (serve == null ? "not logged" : serve.summary(from, to)) + "; load "
                    + (load == null ? "not logged" : load.summary(from, to)));
            double mean = runQueue.mean(flips.get(0).callStart(), end);
            if (!Double.isNaN(mean)) {
                System.out.printf(Locale.ROOT, "from the first flip on: %.1f runnable tasks on average for %d processors; "
                        + "processors idle %d ms, stolen by the hypervisor %d ms, in %.0f ms%n",
                        mean, Runtime.getRuntime().availableProcessors(),
                        runQueue.msBetween(runQueue.idle, flips.get(0).callStart(), end),
                        runQueue.msBetween(runQueue.steal, flips.get(0).callStart(), end),
                        (end - flips.get(0).callStart()) / 1e6);
            }
        }
    }

    static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    /** Threads waiting for a processor, on average over an interval: their run_delay over its length. */
    static String waiting(long before, long after, long interval) {
        return before < 0 || after < 0 ? "-" : String.format(Locale.ROOT, "%.1f", (double) (after - before) / interval);
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
