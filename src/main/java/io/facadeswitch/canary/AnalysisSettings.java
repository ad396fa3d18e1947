package io.facadeswitch.canary;

import io.facadeswitch.OperatorText;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a canary is judged, under {@code facade.rollout.analysis.*}.
 *
 * @param interval              the length of one analysis window
 * @param minStatements         statements each side must run in a window before it can be judged
 * @param maxErrorRateIncrease  how far the canary's error rate may exceed the baseline's, as an absolute
 *                              fraction (0.01 is one percentage point)
 * @param maxLatencyIncrease    how far the canary's mean latency may exceed the baseline's, as a fraction of it
 * @param minLatencyIncreaseMs  the smallest latency increase in ms that can fail a window, so that sub-millisecond
 *                              noise on fast queries never does
 * @param significance          the p-value below which a difference counts as real
 * @param failureLimit          failing windows before the rollout rolls back
 * @param brokenSqlStates       SQLSTATEs that only a broken facade causes (missing objects, lost grants, changed
 *                              result types, internal errors)
 * @param brokenLimit           canary errors with those SQLSTATEs that roll back at once
 */
@Serdeable
@ConfigurationProperties("facade.rollout.analysis")
public record AnalysisSettings(
        @Bindable(defaultValue = "60s") Duration interval,
        @Bindable(defaultValue = "100") long minStatements,
        @Bindable(defaultValue = "0.01") double maxErrorRateIncrease,
        @Bindable(defaultValue = "0.25") double maxLatencyIncrease,
        @Bindable(defaultValue = "2.0") double minLatencyIncreaseMs,
        @Bindable(defaultValue = "0.05") double significance,
        @Bindable(defaultValue = "2") int failureLimit,
        @Bindable(defaultValue = DEFAULT_BROKEN_SQL_STATES) List<String> brokenSqlStates,
        @Bindable(defaultValue = "1") int brokenLimit) {

    // 42P01 undefined_table, 42703 undefined_column, 42883 undefined_function, 42501 insufficient_privilege,
    // 0A000 feature_not_supported (what "cached plan must not change result type" reports), XX000-XX002 internal.
    static final String DEFAULT_BROKEN_SQL_STATES = "42P01,42703,42883,42501,0A000,XX000,XX001,XX002";

    private static final String PREFIX = "facade.rollout.analysis.";
    private static final Pattern SQL_STATE = Pattern.compile("[0-9A-Z]{5}");

    public AnalysisSettings {
        if (interval == null || interval.isZero() || interval.isNegative()) {
            throw invalid("interval", "must be a positive duration such as 60s", interval);
        }
        if (minStatements < 1) {
            throw invalid("min-statements", "must be at least 1", minStatements);
        }
        // Written as !(x >= 0) so that NaN is refused too.
        if (!(maxErrorRateIncrease >= 0) || Double.isInfinite(maxErrorRateIncrease)) {
            throw invalid("max-error-rate-increase", "must be a fraction of at least 0 (0.01 is one percentage point)",
                    maxErrorRateIncrease);
        }
        if (!(maxLatencyIncrease >= 0) || Double.isInfinite(maxLatencyIncrease)) {
            throw invalid("max-latency-increase", "must be a fraction of at least 0 (0.25 is 25%)", maxLatencyIncrease);
        }
        if (!(minLatencyIncreaseMs >= 0) || Double.isInfinite(minLatencyIncreaseMs)) {
            throw invalid("min-latency-increase-ms", "must be at least 0 ms", minLatencyIncreaseMs);
        }
        if (!(significance > 0 && significance < 1)) {
            throw invalid("significance", "must be between 0 and 1, both excluded (0.05 is usual)", significance);
        }
        if (failureLimit < 1) {
            throw invalid("failure-limit", "must be at least 1", failureLimit);
        }
        if (brokenLimit < 1) {
            throw invalid("broken-limit", "must be at least 1", brokenLimit);
        }
        if (brokenSqlStates == null) {
            throw invalid("broken-sql-states", "must be a list of SQLSTATE codes (it may be empty)", null);
        }
        // Configuration written as "42P01, 42703" or in lower case means the same codes.
        brokenSqlStates = brokenSqlStates.stream().map(s -> s == null ? "" : s.trim().toUpperCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).distinct().toList();
        for (String state : brokenSqlStates) {
            if (!SQL_STATE.matcher(state).matches()) {
                throw invalid("broken-sql-states", "must hold five-character SQLSTATE codes of digits and capital"
                        + " letters, such as 42P01; '" + OperatorText.shown(state) + "' is not one", brokenSqlStates);
            }
        }
    }

    /** The documented defaults, for tests and for code that runs outside the application context. */
    public static AnalysisSettings defaults() {
        return new AnalysisSettings(Duration.ofSeconds(60), 100, 0.01, 0.25, 2.0, 0.05, 2,
                List.of(DEFAULT_BROKEN_SQL_STATES.split(",")), 1);
    }

    private static IllegalArgumentException invalid(String setting, String rule, Object value) {
        return new IllegalArgumentException(PREFIX + setting + " " + rule + ", got " + value);
    }
}
