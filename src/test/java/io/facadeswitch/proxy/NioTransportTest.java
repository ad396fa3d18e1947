package io.facadeswitch.proxy;

/** The proxy on Java's NIO, what it falls back to where neither native transport loads. */
class NioTransportTest extends TransportTrafficTest {

    @Override
    String transport() {
        return "nio";
    }
}
