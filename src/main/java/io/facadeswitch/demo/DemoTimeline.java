package io.facadeswitch.demo;

import io.facadeswitch.canary.Rollout;
import io.facadeswitch.canary.RolloutService;
import io.facadeswitch.canary.RolloutState;
import io.facadeswitch.canary.RolloutView;
import io.facadeswitch.canary.StoredVerdict;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Prints the demo's story as it happens, each line with the seconds since the start. */
final class DemoTimeline {

    private final PrintWriter out;
    private final long started = System.nanoTime();
    private final Set<Long> verdictsShown = new HashSet<>();
    private String lastWhere = "";

    DemoTimeline(PrintWriter out) {
        this.out = out;
    }

    synchronized void say(String line) {
        out.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - started) / 1e9, line);
        out.flush();
    }

    /**
     * Follows the live rollout, telling each step, verdict and state change once, until it is
     * in {@code until} or ended; gives up after {@code millis}.
     */
    Rollout follow(RolloutService rollouts, long millis, RolloutState... until) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            Optional<RolloutView> current = rollouts.current();
            if (current.isPresent()) {
                RolloutView view = current.get();
                Rollout rollout = view.rollout();
                for (int i = view.verdicts().size() - 1; i >= 0; i--) {
                    StoredVerdict verdict = view.verdicts().get(i);
                    if (verdictsShown.add(verdict.id())) {
                        say("  analysis, step " + (verdict.step() + 1) + ": " + verdict.summary());
                    }
                }
                String where = rollout.state().label() + " " + rollout.where();
                if (!where.equals(lastWhere)) {
                    lastWhere = where;
                    say("rollout " + rollout.id() + ": " + describe(rollout));
                }
                if (rollout.state().ended() || Set.of(until).contains(rollout.state())) {
                    return rollout;
                }
            }
            if (System.currentTimeMillis() > deadline) {
                return current.map(RolloutView::rollout).orElse(null);
            }
            Thread.sleep(100);
        }
    }

    private static String describe(Rollout rollout) {
        return switch (rollout.state()) {
            case RUNNING -> rollout.where() + " takes traffic";
            case INCONCLUSIVE -> rollout.where() + " holds: too little traffic to judge";
            case PAUSED -> rollout.where() + " paused";
            case AWAITING_APPROVAL -> "waits for an approval to " + rollout.gate();
            case PROMOTED -> "promoted: " + rollout.release() + " on " + rollout.colour() + " for everyone";
            case ROLLED_BACK -> "rolled back by the analysis: everyone back on " + rollout.baseline();
            case ABORTED -> "aborted";
            case REJECTED -> "rejected";
        };
    }
}
