package io.facadeswitch.support;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PostgreSQL frontend written by hand, for what drivers will not do: send broken packets, and
 * use the unnamed prepared statement across separate Syncs. Trust authentication only.
 */
public final class WireClient implements AutoCloseable {

    public record Message(char type, byte[] body) {
        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        /** The SQLSTATE of an ErrorResponse. */
        public String sqlState() {
            int i = 0;
            while (i < body.length && body[i] != 0) {
                char field = (char) body[i++];
                int start = i;
                while (body[i] != 0) {
                    i++;
                }
                if (field == 'C') {
                    return new String(body, start, i - start, StandardCharsets.US_ASCII);
                }
                i++;
            }
            return null;
        }
    }

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;

    private WireClient(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    public static WireClient connect(int port, int timeoutMillis) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(timeoutMillis);
        socket.setTcpNoDelay(true);
        return new WireClient(socket);
    }

    /** The socket's input, for single-byte answers such as the reply to SSLRequest. */
    public InputStream rawInput() {
        return in;
    }

    public void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    public static byte[] startupPacket(Map<String, String> parameters) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        parameters.forEach((name, value) -> {
            body.writeBytes(name.getBytes(StandardCharsets.UTF_8));
            body.write(0);
            body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            body.write(0);
        });
        body.write(0);
        return ByteBuffer.allocate(8 + body.size()).putInt(8 + body.size()).putInt(196608).put(body.toByteArray())
                .array();
    }

    /** Sends a StartupMessage and reads to the first ReadyForQuery; fails unless the server trusts the user. */
    public List<Message> startup(Map<String, String> parameters) throws IOException {
        send(startupPacket(parameters));
        List<Message> messages = readUntilReady();
        for (Message m : messages) {
            if (m.type() == 'R' && ByteBuffer.wrap(m.body()).getInt() != 0) {
                throw new IllegalStateException("the server asked for a password: WireClient needs trust authentication");
            }
        }
        return messages;
    }

    public void query(String sql) throws IOException {
        send(message('Q', cstring(sql)));
    }

    public void parse(String statement, String sql) throws IOException {
        send(message('P', concat(cstring(statement), cstring(sql), new byte[] {0, 0})));
    }

    public void bind(String portal, String statement) throws IOException {
        send(message('B', concat(cstring(portal), cstring(statement), new byte[] {0, 0, 0, 0, 0, 0})));
    }

    public void execute(String portal) throws IOException {
        send(message('E', concat(cstring(portal), new byte[] {0, 0, 0, 0})));
    }

    public void sync() throws IOException {
        send(message('S', new byte[0]));
    }

    public void flush() throws IOException {
        send(message('H', new byte[0]));
    }

    /** Close of a prepared statement. */
    public void closeStatement(String statement) throws IOException {
        send(message('C', concat(new byte[] {'S'}, cstring(statement))));
    }

    public void copyData(String rows) throws IOException {
        send(message('d', rows.getBytes(StandardCharsets.UTF_8)));
    }

    public void copyDone() throws IOException {
        send(message('c', new byte[0]));
    }

    public static byte[] message(char type, byte[] body) {
        return ByteBuffer.allocate(5 + body.length).put((byte) type).putInt(4 + body.length).put(body).array();
    }

    /** One message; EOFException when the peer closed. */
    public Message read() throws IOException {
        char type = (char) in.readUnsignedByte();
        int length = in.readInt();
        byte[] body = new byte[length - 4];
        in.readFully(body);
        return new Message(type, body);
    }

    public List<Message> readUntilReady() throws IOException {
        List<Message> messages = new ArrayList<>();
        Message m;
        do {
            m = read();
            messages.add(m);
        } while (m.type() != 'Z');
        return messages;
    }

    /** Reads what is left until the peer closes; true if it closed within the socket timeout. */
    public boolean closedByPeer() throws IOException {
        try {
            while (in.read() >= 0) {
                // drain
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } catch (EOFException | SocketException e) {
            return true;
        }
    }

    private static byte[] cstring(String s) {
        return concat(s.getBytes(StandardCharsets.UTF_8), new byte[] {0});
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            all.writeBytes(part);
        }
        return all.toByteArray();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
