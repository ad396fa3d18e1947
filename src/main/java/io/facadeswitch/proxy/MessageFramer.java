package io.facadeswitch.proxy;

import io.netty.buffer.ByteBuf;

/**
 * Finds message boundaries in one direction of a regular protocol stream (type byte, then a
 * length that counts itself) as buffers pass, without copying them: only the header and, for the
 * few message types the proxy must read, the first bytes of the body are looked at. A header or
 * body may be split over any number of buffers. Lengths are checked: under 4 or over the limit
 * ends the stream.
 */
final class MessageFramer {

    /** What the proxy does with the messages it frames. */
    interface Sink {
        /** A message's header has arrived; its body may still be on its way. */
        void start(byte type, int length);

        /** A message has arrived whole; {@code body[0..captured)} holds its first bytes if its type is captured. */
        void end(byte type, byte[] body, int captured);
    }

    private final boolean[] captureTypes = new boolean[256];
    private final byte[] scratch;
    private final int maxLength;
    private int headerFill;
    private byte type;
    private int length;
    private int remaining;
    private int captured;
    private boolean inBody;
    private int badLength;

    /** @param captureBytes how much of a captured message's body to keep; the rest is skipped */
    MessageFramer(int maxLength, int captureBytes, char... captured) {
        this.maxLength = maxLength;
        this.scratch = new byte[captureBytes];
        for (char c : captured) {
            captureTypes[c] = true;
        }
    }

    /** Walks the readable bytes of {@code buf} (leaving its indexes alone); false when a length is invalid. */
    boolean scan(ByteBuf buf, Sink sink) {
        int i = buf.readerIndex();
        int end = buf.writerIndex();
        while (i < end) {
            if (inBody) {
                int n = Math.min(remaining, end - i);
                if (captureTypes[type & 0xFF] && captured < scratch.length) {
                    int c = Math.min(n, scratch.length - captured);
                    buf.getBytes(i, scratch, captured, c);
                    captured += c;
                }
                i += n;
                remaining -= n;
                if (remaining == 0) {
                    inBody = false;
                    sink.end(type, scratch, captured);
                }
                continue;
            }
            if (headerFill == 0 && end - i >= 5) {
                type = buf.getByte(i);
                length = buf.getInt(i + 1);
                i += 5;
            } else {
                byte b = buf.getByte(i++);
                if (headerFill == 0) {
                    type = b;
                    length = 0;
                } else {
                    length = (length << 8) | (b & 0xFF);
                }
                if (++headerFill < 5) {
                    continue;
                }
                headerFill = 0;
            }
            if (length < 4 || length > maxLength) {
                badLength = length;
                return false;
            }
            remaining = length - 4;
            captured = 0;
            sink.start(type, length);
            if (remaining == 0) {
                sink.end(type, scratch, 0);
            } else {
                inBody = true;
            }
        }
        return true;
    }

    /** True between messages: the next byte to arrive starts a new one. */
    boolean atBoundary() {
        return !inBody && headerFill == 0;
    }

    /** The invalid length that stopped the last {@link #scan}. */
    int badLength() {
        return badLength;
    }

    /** The message type whose header was read last. */
    byte lastType() {
        return type;
    }
}
