package io.facadeswitch.sources;

/**
 * How much an unpacked bundle may hold: the upload's own size is bounded before it is read (by the
 * HTTP server), these bound what it expands to.
 *
 * @param maxEntries       files and folders together
 * @param maxUnpackedBytes the bytes of every file together, counted as they are written
 */
public record BundleLimits(int maxEntries, long maxUnpackedBytes) {

    public BundleLimits {
        if (maxEntries < 1 || maxUnpackedBytes < 1) {
            throw new IllegalArgumentException("bundle limits must be positive, not " + maxEntries + " entries and "
                    + maxUnpackedBytes + " bytes");
        }
    }
}
