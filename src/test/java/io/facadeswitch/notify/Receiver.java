package io.facadeswitch.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** A real webhook receiver on a free local port that records what it gets and answers as scripted. */
final class Receiver implements AutoCloseable {

    record Received(Headers headers, byte[] body) {
        String header(String name) {
            return headers.getFirst(name);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    private final int[] statuses;
    private final AtomicInteger answered = new AtomicInteger();
    private final CountDownLatch released;

    private Receiver(int[] statuses, CountDownLatch released) throws IOException {
        this.statuses = statuses;
        this.released = released;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(threads);
        server.start();
    }

    /** Answers the i-th request with {@code statuses[i]}, and every later one with the last status. */
    static Receiver answering(int... statuses) throws IOException {
        return new Receiver(statuses, new CountDownLatch(0));
    }

    /** Records each request, then holds its answer (200) until {@link #release()}. */
    static Receiver holdingAnswers() throws IOException {
        return new Receiver(new int[] {200}, new CountDownLatch(1));
    }

    /** A URL where nothing listens: a port that was free a moment ago. */
    static String deadUrl() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return "http://127.0.0.1:" + socket.getLocalPort() + "/hook";
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange; InputStream body = exchange.getRequestBody()) {
            received.add(new Received(exchange.getRequestHeaders(), body.readAllBytes()));
            released.await();
            int index = answered.getAndIncrement();
            exchange.sendResponseHeaders(statuses[Math.min(index, statuses.length - 1)], -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next request, waiting up to five seconds for it. */
    Received next() throws InterruptedException {
        Received next = received.poll(5, TimeUnit.SECONDS);
        assertThat(next).as("a request within 5 s").isNotNull();
        return next;
    }

    /** Asserts that nothing more arrives within {@code millis}. */
    void expectNothingMoreWithin(long millis) throws InterruptedException {
        assertThat(received.poll(millis, TimeUnit.MILLISECONDS)).as("no further request").isNull();
    }

    List<Received> receivedSoFar() {
        return List.copyOf(received);
    }

    void release() {
        released.countDown();
    }

    @Override
    public void close() {
        release();
        server.stop(0);
        threads.shutdownNow();
    }
}
