package io.facadeswitch.notify;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One webhook, under {@code facade.webhooks.<name>.*}. Checked when built, so a bad hook stops
 * the application at startup rather than failing quietly at the first rollout.
 *
 * @param name     the hook's configuration key, used in logs and metrics
 * @param url      where events are POSTed; http or https. User-info ({@code https://user:pass@host/...}) is sent
 *                 as Basic authentication
 * @param events   the labels of the event kinds it receives; all kinds when left out or empty
 * @param secret   when set (not blank), each delivery is signed with it in {@code X-Facade-Signature}
 * @param attempts how many times one delivery is tried before it is given up
 * @param backoff  the wait before the second attempt; it doubles for every further attempt
 * @param timeout  how long one attempt may take to connect, and again to get its answer
 */
@EachProperty("facade.webhooks")
public record WebhookSettings(@Parameter String name,
                              @Nullable String url,
                              @Nullable List<String> events,
                              @Nullable String secret,
                              @Bindable(defaultValue = "4") int attempts,
                              @Bindable(defaultValue = "1s") Duration backoff,
                              @Bindable(defaultValue = "5s") Duration timeout) {

    static final int MAX_ATTEMPTS = 20;

    public WebhookSettings {
        String key = "facade.webhooks." + name;
        if (url == null || url.isBlank()) {
            throw new WebhookException("webhook '" + name + "' has no URL: set " + key + ".url");
        }
        url = url.trim();
        checkHttp(name, key, url);
        events = labels(name, key, events);
        secret = secret == null || secret.isBlank() ? null : secret;
        if (attempts < 1 || attempts > MAX_ATTEMPTS) {
            throw new WebhookException("webhook '" + name + "': " + key + ".attempts is " + attempts
                    + "; use 1 to " + MAX_ATTEMPTS);
        }
        if (backoff == null || backoff.isNegative()) {
            throw new WebhookException("webhook '" + name + "': " + key + ".backoff must be zero or more, e.g. 1s");
        }
        if (timeout == null || timeout.isZero() || timeout.isNegative()) {
            throw new WebhookException("webhook '" + name + "': " + key + ".timeout must be positive, e.g. 5s");
        }
    }

    public boolean receives(RolloutEventKind kind) {
        return events.contains(kind.label());
    }

    /** Whether deliveries carry {@code X-Facade-Signature}. */
    public boolean signed() {
        return secret != null;
    }

    /**
     * The URL as it may appear in logs: user-info, query and fragment removed, since webhook
     * providers put tokens there.
     */
    public String loggableUrl() {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    /** Where requests go: the URL without its user-info, which the HTTP client would otherwise ignore. */
    URI target() {
        URI uri = URI.create(url);
        if (uri.getRawUserInfo() == null) {
            return uri;
        }
        return URI.create(uri.getScheme() + "://" + uri.getRawAuthority().substring(uri.getRawAuthority().indexOf('@') + 1)
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    }

    /** {@code Basic} credentials from the URL's user-info, or {@code null} when it has none. */
    @Nullable
    String authorization() {
        String userInfo = URI.create(url).getUserInfo();
        return userInfo == null ? null
                : "Basic " + Base64.getEncoder().encodeToString(userInfo.getBytes(StandardCharsets.UTF_8));
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} attempts failed. */
    Duration backoffAfter(int attempt) {
        return backoff.multipliedBy(1L << Math.min(attempt - 1, MAX_ATTEMPTS));
    }

    /** Without the secret and the URL's tokens: records print every field otherwise. */
    @Override
    public String toString() {
        return "WebhookSettings[name=" + name + ", url=" + loggableUrl() + ", events=" + events
                + ", signed=" + signed() + ", attempts=" + attempts + ", backoff=" + backoff + ", timeout=" + timeout + "]";
    }

    private static void checkHttp(String name, String key, String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            // The message would echo the URL, tokens and all: say where it broke instead.
            throw new WebhookException("webhook '" + name + "': " + key + ".url is not a valid URL (" + e.getReason()
                    + " at index " + e.getIndex() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new WebhookException("webhook '" + name + "': " + key + ".url must be an http or https URL, not '"
                    + (scheme.isEmpty() ? "(no scheme)" : scheme) + ":'");
        }
        if (uri.getHost() == null) {
            throw new WebhookException("webhook '" + name + "': " + key + ".url has no host");
        }
    }

    private static List<String> labels(String name, String key, List<String> configured) {
        if (configured == null || configured.stream().allMatch(s -> s == null || s.isBlank())) {
            return Arrays.stream(RolloutEventKind.values()).map(RolloutEventKind::label).toList();
        }
        Set<String> labels = new LinkedHashSet<>();
        for (String label : configured) {
            if (label == null || label.isBlank()) {
                continue;
            }
            try {
                labels.add(RolloutEventKind.ofLabel(label).label());
            } catch (IllegalArgumentException e) {
                throw new WebhookException("webhook '" + name + "': " + key + ".events has an unknown event '"
                        + label.trim() + "'; valid events are " + RolloutEventKind.labels());
            }
        }
        return List.copyOf(labels);
    }
}
