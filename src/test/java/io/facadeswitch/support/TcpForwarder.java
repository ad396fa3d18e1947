package io.facadeswitch.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP hop between the switch and its database that a test can break the way networks and
 * servers break: {@link #refuse()} is a stopped server (connections reset, new ones refused at
 * once), {@link #blackhole()} a partition (nothing arrives, nothing is refused), {@link #pass()}
 * the way back.
 */
public final class TcpForwarder implements AutoCloseable {

    private enum Mode { PASS, REFUSE, BLACKHOLE }

    private final ServerSocket listening;
    private final InetSocketAddress upstream;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.PASS;

    public TcpForwarder(String upstreamHost, int upstreamPort) throws IOException {
        this.upstream = new InetSocketAddress(upstreamHost, upstreamPort);
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tcp-forwarder-" + listening.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listening.getLocalPort();
    }

    public void pass() {
        mode = Mode.PASS;
        closeAll(); // what was held in the partition does not come back
    }

    public void refuse() {
        mode = Mode.REFUSE;
        closeAll();
    }

    public void blackhole() {
        mode = Mode.BLACKHOLE;
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                switch (mode) {
                    case REFUSE -> reset(client);
                    case BLACKHOLE -> open.add(client); // accepted, and never answered
                    case PASS -> connect(client);
                }
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void connect(Socket client) throws IOException {
        Socket server = new Socket();
        try {
            server.connect(upstream, 2_000);
        } catch (IOException e) {
            reset(client);
            return;
        }
        open.add(client);
        open.add(server);
        pump(client, server);
        pump(server, client);
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    while (mode == Mode.BLACKHOLE && !from.isClosed()) {
                        Thread.sleep(20); // held in the partition
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException ended) {
                // one side closed or reset
            } finally {
                quietClose(from);
                quietClose(to);
            }
        }, "tcp-forwarder-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private void closeAll() {
        for (Socket socket : open) {
            reset(socket);
        }
        open.clear();
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0); // RST, as a server that is gone
        } catch (IOException ignored) {
            // closing anyway
        }
        quietClose(socket);
    }

    private static void quietClose(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
        closeAll();
    }
}
