package io.facadeswitch.api;

/**
 * One configured token. Only the SHA-256 of its secret is kept; {@link #toString()} shows none.
 *
 * @param name   who uses it; becomes the actor in the audit log
 * @param role   what it may do
 * @param digest SHA-256 of the secret
 */
record ApiToken(String name, ApiRole role, byte[] digest) {

    @Override
    public String toString() {
        return "ApiToken[" + name + ", " + role + "]";
    }
}
