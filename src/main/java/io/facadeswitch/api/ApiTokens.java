package io.facadeswitch.api;

import io.facadeswitch.FacadeSwitchException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The API's bearer tokens: those of {@code facade.api.tokens} ({@link ApiSettings}), and any the
 * embedded demo adds for its run.
 */
@Singleton
public final class ApiTokens {

    static final int MIN_SECRET_LENGTH = 16;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");
    // nextBytes, not generateSeed: a seed is drawn from the entropy source on every call and can
    // block; the generator's own stream is as unpredictable. One instance, seeded once.
    private static final SecureRandom RANDOM = new SecureRandom();

    private final List<ApiToken> tokens;

    ApiTokens(ApiSettings settings) {
        this.tokens = new CopyOnWriteArrayList<>(settings.tokens());
    }

    /** Adds a token with a random secret and returns the secret: the embedded demo's way in. */
    public String generate(String name) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String secret = HexFormat.of().formatHex(random);
        tokens.add(token(name, "operate", secret));
        return secret;
    }

    public boolean isEmpty() {
        return tokens.isEmpty();
    }

    /** The token whose secret the header presents, compared in constant time. */
    Optional<ApiToken> match(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        byte[] presented = sha256(authorization.substring(7).trim());
        ApiToken found = null;
        for (ApiToken token : tokens) {
            if (MessageDigest.isEqual(token.digest(), presented)) {
                found = token;
            }
        }
        return Optional.ofNullable(found);
    }

    static List<ApiToken> parse(Object configured) {
        List<ApiToken> parsed = new ArrayList<>();
        if (configured == null) {
            return parsed;
        }
        if (configured instanceof CharSequence text) {
            int position = 0;
            for (String entry : text.toString().split(",")) {
                position++;
                if (!entry.isBlank()) {
                    String[] parts = entry.trim().split(":", 3);
                    if (parts.length != 3) {
                        // Never echo the entry: it may hold (part of) a secret.
                        throw invalid("entry " + position + " is not name:role:secret (secrets may not contain"
                                + " commas)");
                    }
                    parsed.add(token(parts[0], parts[1], parts[2]));
                }
            }
        } else if (configured instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map) {
                    parsed.add(token(str(map.get("name")), str(map.get("role")), str(map.get("secret"))));
                } else {
                    parsed.addAll(parse(String.valueOf(item)));
                }
            }
        } else {
            throw invalid("expected a list of {name, role, secret} or name:role:secret entries");
        }
        return List.copyOf(parsed);
    }

    private static ApiToken token(String name, String role, String secret) {
        if (name == null || !NAME.matcher(name).matches()) {
            throw invalid("a token name must be 1 to 64 letters, digits, '.', '_', '@' or '-'"
                    + " (is the entry name:role:secret?)");
        }
        ApiRole parsedRole;
        try {
            parsedRole = ApiRole.valueOf(String.valueOf(role).trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("token " + name + " has an unknown role; use read or operate (name:role:secret)");
        }
        if (secret == null || secret.length() < MIN_SECRET_LENGTH) {
            throw invalid("token " + name + " has a secret shorter than " + MIN_SECRET_LENGTH
                    + " characters; use a random one (e.g. openssl rand -hex 24)");
        }
        return new ApiToken(name, parsedRole, sha256(secret));
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static ApiConfigException invalid(String what) {
        return new ApiConfigException("invalid facade.api.tokens (FACADE_API_TOKENS): " + what);
    }

    /** The token configuration cannot be used; the message never contains a secret. */
    public static final class ApiConfigException extends FacadeSwitchException {
        ApiConfigException(String message) {
            super(ApiErrorCode.TOKENS_INVALID, message, null);
        }

        ApiConfigException(ApiErrorCode code, String message, Throwable cause) {
            super(code, message, cause);
        }
    }
}
