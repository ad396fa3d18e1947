package io.facadeswitch.environment;

import io.facadeswitch.OperatorText;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a step may run in an environment, in the environment's own time zone, so that "weekdays
 * 09:00-16:00 Europe/Berlin" keeps meaning office hours across daylight saving changes.
 *
 * <p>A window whose end is before its start runs overnight: it opens on each day named and closes
 * the next morning. An end of {@code 24:00} (or {@code 00:00}) is the end of the day; the end is
 * never inside the window.
 *
 * @param days the days on which the window opens
 * @param from when it opens, local time
 * @param to   when it closes, local time; {@link LocalTime#MIDNIGHT} is the end of the day
 * @param zone the time zone the times are in
 * @param text the window as it was written, for messages
 */
public record TimeWindow(Set<DayOfWeek> days, LocalTime from, LocalTime to, ZoneId zone, String text) {

    /** An example that every syntax error quotes. */
    static final String EXAMPLE = "\"Mon-Fri 09:00-16:00 Europe/Berlin\"";

    private static final Pattern FORM = Pattern.compile("(\\S+)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})\\s+(\\S+)");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final List<String> DAY_NAMES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    public TimeWindow {
        days = Set.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a window needs at least one day");
        }
        if (from.equals(to) && !from.equals(LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("the window '" + OperatorText.shown(text) + "' opens and closes at " + from
                    + ", so it is never open: give an end after the start, or one before it for an overnight window");
        }
    }

    /**
     * Reads {@code DAYS FROM-TO ZONE}: DAYS is {@code daily}, {@code weekdays}, {@code weekends},
     * or days and ranges of days separated by commas ({@code Mon-Fri}, {@code Mon,Wed,Sat},
     * {@code Fri-Mon}); times are {@code HH:MM}, 24-hour; ZONE is an IANA zone such as
     * {@code Europe/Berlin} or {@code UTC}.
     *
     * @throws IllegalArgumentException saying what was expected, with an example
     */
    public static TimeWindow parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        Matcher m = FORM.matcher(trimmed);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + OperatorText.shown(trimmed) + "' is not a window: write DAYS HH:MM-HH:MM ZONE,"
                    + " e.g. " + EXAMPLE + ", \"Mon,Wed,Sat 22:00-02:00 UTC\" or \"daily 00:00-24:00 UTC\"");
        }
        Set<DayOfWeek> days = days(m.group(1));
        LocalTime from = time(m.group(2), false);
        LocalTime to = time(m.group(3), true);
        ZoneId zone;
        try {
            zone = ZoneId.of(m.group(4));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("unknown time zone '" + OperatorText.shown(m.group(4)) + "' in the window '"
                    + OperatorText.shown(trimmed) + "': use an IANA zone such as Europe/Berlin, America/New_York or UTC");
        }
        return new TimeWindow(days, from, to, zone, trimmed);
    }

    /** Whether the window is open at that instant. */
    public boolean contains(Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        LocalTime time = at.toLocalTime();
        DayOfWeek day = at.getDayOfWeek();
        boolean startedToday = days.contains(day) && !time.isBefore(from);
        if (!overnight()) {
            return startedToday && (to.equals(LocalTime.MIDNIGHT) || time.isBefore(to));
        }
        return startedToday || days.contains(day.minus(1)) && time.isBefore(to);
    }

    /**
     * The instants in {@code (after, until]} at which the window opens: the only moments, besides
     * the end of a freeze, at which a closed gate can open. A start in a daylight saving gap moves
     * to the end of the gap; a start in an overlap occurs twice, and both are given.
     */
    List<Instant> openingsBetween(Instant after, Instant until) {
        List<Instant> openings = new ArrayList<>();
        LocalDate last = until.atZone(zone).toLocalDate();
        for (LocalDate date = after.atZone(zone).toLocalDate().minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            if (days.contains(date.getDayOfWeek())) {
                ZonedDateTime start = ZonedDateTime.of(date, from, zone);
                for (Instant opening : List.of(start.toInstant(), start.withLaterOffsetAtOverlap().toInstant())) {
                    if (opening.isAfter(after) && !opening.isAfter(until) && !openings.contains(opening)) {
                        openings.add(opening);
                    }
                }
            }
        }
        return openings;
    }

    private boolean overnight() {
        return !to.equals(LocalTime.MIDNIGHT) && from.isAfter(to);
    }

    private static Set<DayOfWeek> days(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<DayOfWeek> named = switch (lower) {
            case "daily" -> EnumSet.allOf(DayOfWeek.class);
            case "weekdays" -> EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
            case "weekends" -> EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            default -> null;
        };
        if (named != null) {
            return named;
        }
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : lower.split(",", -1)) {
            String[] ends = part.split("-", -1);
            if (ends.length > 2) {
                throw badDays(text);
            }
            DayOfWeek first = day(ends[0], text);
            DayOfWeek last = ends.length == 2 ? day(ends[1], text) : first;
            for (DayOfWeek day = first; ; day = day.plus(1)) {
                days.add(day);
                if (day == last) {
                    break;
                }
            }
        }
        return days;
    }

    private static DayOfWeek day(String name, String text) {
        int index = DAY_NAMES.indexOf(name);
        if (index < 0) {
            throw badDays(text);
        }
        return DayOfWeek.of(index + 1);
    }

    private static IllegalArgumentException badDays(String text) {
        return new IllegalArgumentException("'" + OperatorText.shown(text) + "' are not days: write daily, weekdays, weekends,"
                + " or days (Mon Tue Wed Thu Fri Sat Sun) and ranges separated by commas, e.g. Mon-Fri or Mon,Wed,Sat;"
                + " a whole window reads e.g. " + EXAMPLE);
    }

    private static LocalTime time(String text, boolean end) {
        Matcher m = TIME.matcher(text);
        int hour = m.matches() ? Integer.parseInt(m.group(1)) : -1;
        int minute = m.matches() ? Integer.parseInt(m.group(2)) : -1;
        if (end && hour == 24 && minute == 0) {
            return LocalTime.MIDNIGHT;
        }
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            throw new IllegalArgumentException("'" + OperatorText.shown(text) + "' is not a time of day: write HH:MM from 00:00 to 23:59"
                    + (end ? " (or 24:00 for the end of the day)" : "") + ", e.g. " + EXAMPLE);
        }
        return LocalTime.of(hour, minute);
    }
}
