package io.facadeswitch.db;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The settings every connection of the tool carries in its startup packet ({@code options=-c
 * ...}), where they are the session's defaults, so {@code RESET ALL} and {@code DISCARD ALL} keep
 * them.
 *
 * <p>The mark {@value #SETTING} = {@value #VALUE} lets the drift capture's event trigger tell the
 * tool's own DDL from a hot fix. It is a label, not a permission: whoever sets it by hand hides
 * their DDL from the capture, though not from the comparison with the record.
 *
 * <p>{@code jit = off}: the tool's queries read the catalog and the control schema, and none runs
 * long enough to gain from compiling. But on a catalog that rebuilt colours have filled with dead
 * rows, their cost estimates pass {@code jit_above_cost}. Compiling one then took 50 to 450 ms,
 * 1.3 s in all of a 3,000-view deploy (docs/benchmarks.md). A URL whose options set {@code jit}
 * itself keeps its value.
 */
public final class ToolSessionMark {

    public static final String SETTING = "facade_switch.session";
    public static final String VALUE = "tool";
    /** Each setting as {@code name=value}; the URL's own options win over any of them. */
    private static final List<String> SETTINGS = List.of(SETTING + "=" + VALUE, "jit=off");
    private static final Pattern OPTIONS = Pattern.compile("([?&])options=([^&#]*)");

    private ToolSessionMark() {
    }

    /**
     * The JDBC URL with the tool's settings among its {@code options}: added to options the URL
     * already has (pgjdbc lets the URL's options win over connection properties), or as a new
     * parameter.
     */
    public static String mark(String jdbcUrl) {
        Matcher options = OPTIONS.matcher(jdbcUrl);
        if (options.find()) {
            String given = URLDecoder.decode(options.group(2), StandardCharsets.UTF_8);
            String added = missingFrom(given);
            if (added.isEmpty()) {
                return jdbcUrl;
            }
            return jdbcUrl.substring(0, options.start()) + options.group(1) + "options="
                    + encode((given.isBlank() ? "" : given + " ") + added) + jdbcUrl.substring(options.end());
        }
        int fragment = jdbcUrl.indexOf('#');
        String base = fragment < 0 ? jdbcUrl : jdbcUrl.substring(0, fragment);
        return base + (base.contains("?") ? "&" : "?") + "options=" + encode(missingFrom(""))
                + (fragment < 0 ? "" : jdbcUrl.substring(fragment));
    }

    /** The {@code -c name=value} options for the settings that the given options do not set. */
    private static String missingFrom(String given) {
        StringBuilder added = new StringBuilder();
        for (String setting : SETTINGS) {
            String name = setting.substring(0, setting.indexOf('='));
            if (!Pattern.compile("(^|[\\s-])(c\\s*)?" + Pattern.quote(name) + "\\s*=").matcher(given).find()) {
                added.append(added.isEmpty() ? "" : " ").append("-c ").append(setting);
            }
        }
        return added.toString();
    }

    private static String encode(String options) {
        return URLEncoder.encode(options, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
