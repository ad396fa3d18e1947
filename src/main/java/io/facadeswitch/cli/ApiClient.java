package io.facadeswitch.cli;

import io.facadeswitch.ErrorCode;
import io.facadeswitch.FacadeSwitchException;
import io.facadeswitch.OperatorText;
import io.facadeswitch.sources.SourceBundle;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** The command line's way to a running switch: JSON over HTTP with a bearer token. */
final class ApiClient {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(15);

    private final URI server;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = ObjectMapper.getDefault();

    ApiClient(String server, String token) {
        String base = server.endsWith("/") ? server.substring(0, server.length() - 1) : server;
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new IllegalArgumentException("--server must be an http:// or https:// URL, not '" + OperatorText.shown(server) + "'");
        }
        this.server = URI.create(base);
        this.token = token;
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    String post(String path, Map<String, Object> body) {
        try {
            return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body))));
        } catch (IOException e) {
            throw new RemoteException("could not write the request: " + e.getMessage(), CliErrorCode.REQUEST, e);
        }
    }

    /** Sends a source bundle; a deploy or migration may take minutes, so it waits longer than other requests. */
    String upload(String path, byte[] bundle) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", SourceBundle.MEDIA_TYPE)
                .POST(HttpRequest.BodyPublishers.ofByteArray(bundle)), UPLOAD_TIMEOUT);
    }

    <T> T read(String body, Class<T> type) {
        try {
            return json.readValue(body, type);
        } catch (IOException e) {
            throw new RemoteException("unexpected answer from " + server + ": " + e.getMessage(), CliErrorCode.ANSWER, e);
        }
    }

    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private URI uri(String path) {
        return URI.create(server + path);
    }

    private String send(HttpRequest.Builder request) {
        return send(request, REQUEST_TIMEOUT);
    }

    private String send(HttpRequest.Builder request, Duration timeout) {
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw problem(response);
            }
            return response.body();
        } catch (ConnectException e) {
            throw new RemoteException("cannot reach " + server + ": is serve running there?", CliErrorCode.UNREACHABLE, e);
        } catch (IOException e) {
            throw new RemoteException("request to " + server + " failed: " + e.getMessage(), CliErrorCode.UNREACHABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RemoteException("interrupted", CliErrorCode.INTERRUPTED, e);
        }
    }

    private RemoteException problem(HttpResponse<String> response) {
        String detail = response.body();
        String code = "HTTP_" + response.statusCode();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> problem = json.readValue(response.body(), Map.class);
            detail = String.valueOf(problem.getOrDefault("detail", problem.get("title")));
            code = String.valueOf(problem.getOrDefault("code", code));
        } catch (IOException | RuntimeException notJson) {
            // keep the raw body
        }
        return new RemoteException(detail + " (HTTP " + response.statusCode() + ")",
                new ServerCode(code, response.statusCode()), null);
    }

    /**
     * The switch's own code and status, passed on as it sent them: the switch may be another
     * version, so its code need not be one this build lists.
     */
    private record ServerCode(String code, int httpStatus) implements ErrorCode {
    }

    /** The switch refused or could not be reached; the message is the server's detail. */
    static final class RemoteException extends FacadeSwitchException {
        RemoteException(String message, ErrorCode code, Throwable cause) {
            super(code, message, cause);
        }
    }
}
