package io.facadeswitch.cli;

import io.facadeswitch.EditDistance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * "Did you mean ...?" for a mistyped command or option: picocli's own suggestions when it has
 * them (an unmatched argument), else the nearest option of the command to each unknown
 * {@code --word} given (picocli reports a missing required option before an unknown one, so
 * {@code deploy --relase 1.0} would otherwise only say that --release is missing).
 */
final class Suggestions {

    private Suggestions() {
    }

    static Optional<String> forError(ParameterException error, List<String> args) {
        if (error instanceof UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            // picocli offers any similar word; keep those a typo away from what was given.
            String given = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            List<String> close = unmatched.getSuggestions().stream()
                    .filter(s -> EditDistance.between(given, s) <= Math.max(2, given.length() / 3)).limit(3).toList();
            if (!close.isEmpty()) {
                return Optional.of(String.join(" or ", close));
            }
        }
        CommandSpec spec = error.getCommandLine().getCommandSpec();
        List<String> near = new ArrayList<>();
        for (String arg : args) {
            String word = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (word.startsWith("--") && spec.findOption(word) == null) {
                nearest(word, spec).ifPresent(name -> near.add(name + " (not " + word + ")"));
            }
        }
        return near.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", near));
    }

    private static Optional<String> nearest(String word, CommandSpec spec) {
        return spec.options().stream().map(OptionSpec::longestName).filter(name -> name.startsWith("--"))
                .map(name -> new Object[] {name, EditDistance.between(word, name)})
                .filter(pair -> (int) pair[1] <= Math.max(1, word.length() / 4))
                .min(Comparator.comparingInt(pair -> (int) pair[1]))
                .map(pair -> (String) pair[0]);
    }
}
