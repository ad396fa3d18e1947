package io.facadeswitch.db;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The mark every connection of the tool carries, so that the drift capture's event trigger can
 * tell the tool's own DDL from a hot fix: the session setting {@value #SETTING} = {@value #VALUE},
 * sent in the startup packet ({@code options=-c ...}). A setting given at connection start is the
 * session's default, so {@code RESET ALL} and {@code DISCARD ALL} keep it. It is a label, not a
 * permission: whoever sets it by hand hides their DDL from the capture, though not from the
 * comparison with the record.
 */
public final class ToolSessionMark {

    public static final String SETTING = "facade_switch.session";
    public static final String VALUE = "tool";
    private static final String OPTION = "-c " + SETTING + "=" + VALUE;
    private static final Pattern OPTIONS = Pattern.compile("([?&])options=([^&]*)");

    private ToolSessionMark() {
    }

    /**
     * The JDBC URL with the mark among its {@code options}: added to options the URL already has
     * (pgjdbc lets the URL's options win over connection properties), or as a new parameter.
     */
    public static String mark(String jdbcUrl) {
        Matcher options = OPTIONS.matcher(jdbcUrl);
        if (options.find()) {
            String given = URLDecoder.decode(options.group(2), StandardCharsets.UTF_8);
            if (given.contains(SETTING + "=")) {
                return jdbcUrl;
            }
            String merged = URLEncoder.encode((given.isBlank() ? "" : given + " ") + OPTION, StandardCharsets.UTF_8)
                    .replace("+", "%20");
            return jdbcUrl.substring(0, options.start()) + options.group(1) + "options=" + merged
                    + jdbcUrl.substring(options.end());
        }
        int fragment = jdbcUrl.indexOf('#');
        String base = fragment < 0 ? jdbcUrl : jdbcUrl.substring(0, fragment);
        return base + (base.contains("?") ? "&" : "?") + "options="
                + URLEncoder.encode(OPTION, StandardCharsets.UTF_8).replace("+", "%20")
                + (fragment < 0 ? "" : jdbcUrl.substring(fragment));
    }
}
