package io.facadeswitch.rehearsal;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The parts of a PostgreSQL JDBC URL ({@code jdbc:postgresql://host:port,host2/db?k=v}) that a
 * rehearsal needs: the same server with another database, and the libpq environment that points
 * {@code pg_dump} at it.
 *
 * @param hosts      {@code host[:port]} items as written, comma-separated
 * @param database   the database name, or empty for the default
 * @param parameters the query parameters, in order
 */
record JdbcUrls(String hosts, String database, Map<String, String> parameters) {

    private static final String PREFIX = "jdbc:postgresql:";

    static JdbcUrls parse(String url) {
        if (!url.startsWith(PREFIX)) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: it should start with " + PREFIX);
        }
        String rest = url.substring(PREFIX.length());
        String query = "";
        int question = rest.indexOf('?');
        if (question >= 0) {
            query = rest.substring(question + 1);
            rest = rest.substring(0, question);
        }
        String hosts = "";
        String database = rest;
        if (rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            hosts = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            database = slash < 0 ? "" : rest.substring(slash + 1);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (!pair.isEmpty()) {
                int equals = pair.indexOf('=');
                parameters.put(equals < 0 ? pair : pair.substring(0, equals), equals < 0 ? "" : pair.substring(equals + 1));
            }
        }
        return new JdbcUrls(hosts, database, parameters);
    }

    /** The same URL on database {@code name} (a name the caller made: letters, digits and underscores). */
    String withDatabase(String name) {
        StringBuilder url = new StringBuilder(PREFIX).append("//").append(hosts.isEmpty() ? "localhost" : hosts)
                .append('/').append(name);
        String separator = "?";
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            url.append(separator).append(parameter.getKey()).append('=').append(parameter.getValue());
            separator = "&";
        }
        return url.toString();
    }

    /**
     * libpq's variables for the same connection ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE},
     * {@code PGSSLMODE}, ...), so a password never appears on a command line that {@code ps} shows.
     */
    Map<String, String> libpqEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        StringBuilder hostList = new StringBuilder();
        StringBuilder portList = new StringBuilder();
        for (String item : (hosts.isEmpty() ? "localhost" : hosts).split(",")) {
            int colon = item.lastIndexOf(':');
            boolean hasPort = colon > 0 && !item.endsWith("]");
            String host = hasPort ? item.substring(0, colon) : item;
            hostList.append(hostList.isEmpty() ? "" : ",").append(host.replace("[", "").replace("]", ""));
            portList.append(portList.isEmpty() ? "" : ",").append(hasPort ? item.substring(colon + 1) : "5432");
        }
        environment.put("PGHOST", hostList.toString());
        environment.put("PGPORT", portList.toString());
        environment.put("PGDATABASE", database.isEmpty() ? "postgres" : decode(database));
        copy(environment, "sslmode", "PGSSLMODE");
        if (!environment.containsKey("PGSSLMODE") && "true".equalsIgnoreCase(parameters.get("ssl"))) {
            environment.put("PGSSLMODE", "verify-full"); // what pgjdbc's ssl=true means; libpq's default would not verify
        }
        String target = parameters.get("targetServerType");
        if (target != null) {
            environment.put("PGTARGETSESSIONATTRS", switch (target) {
                case "primary", "master" -> "primary";
                case "secondary", "slave" -> "standby";
                case "preferSecondary", "preferSlave" -> "prefer-standby";
                default -> "any";
            });
        }
        copy(environment, "sslrootcert", "PGSSLROOTCERT");
        copy(environment, "sslcert", "PGSSLCERT");
        copy(environment, "sslkey", "PGSSLKEY");
        copy(environment, "user", "PGUSER");
        copy(environment, "connectTimeout", "PGCONNECT_TIMEOUT");
        return environment;
    }

    private void copy(Map<String, String> environment, String parameter, String variable) {
        String value = parameters.get(parameter);
        if (value != null && !value.isEmpty()) {
            environment.put(variable, decode(value));
        }
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }
}
