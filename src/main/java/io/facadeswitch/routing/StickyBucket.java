package io.facadeswitch.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * An instance's place among 100,000 buckets for one rollout: the first four bytes of
 * SHA-256(salt, NUL, instance name) as an unsigned number, modulo 100,000. The same salt and name
 * give the same bucket in every replica, language and release, so a share of P percent is the
 * buckets below P x 1,000, and raising P only adds instances.
 */
public final class StickyBucket {

    public static final int BUCKETS = 100_000;

    private StickyBucket() {
    }

    public static int of(String salt, String instance) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            byte[] hash = sha.digest(instance.getBytes(StandardCharsets.UTF_8));
            long value = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8)
                    | (hash[3] & 0xFFL);
            return (int) (value % BUCKETS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** The buckets a share covers: P percent is the buckets below P x 1,000. */
    public static int limit(double percent) {
        return (int) Math.round(percent * (BUCKETS / 100.0));
    }
}
