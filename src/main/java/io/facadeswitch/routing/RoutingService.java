package io.facadeswitch.routing;

import io.facadeswitch.OperatorText;
import io.facadeswitch.control.AuditLog;
import io.facadeswitch.db.SwitchLock;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which colour each instance gets, and every change to it: promote, rollback, canary, abort. Each
 * change is one transaction under the switch lock with its audit entry and a generation bump, and
 * is refused against a stale generation when the caller names the one it saw.
 */
@Singleton
public final class RoutingService {

    /** The most instances one canary call may pin, and the most pinned at once. */
    static final int MAX_PINS_PER_CALL = 1_000;
    static final int MAX_PINS = 10_000;
    /** Instance names come from application_name: at most 63 bytes, printable. */
    private static final Pattern INSTANCE = Pattern.compile("[\\p{Graph} ]{1,63}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = LoggerFactory.getLogger(RoutingService.class);

    private static final TransactionDefinition CONSISTENT_READ = consistentRead();

    private final RoutingRepository repository;
    private final RolloutHold rollouts;
    private final SwitchLock lock;
    private final AuditLog audit;
    private final ApplicationEventPublisher<RoutingChanged> events;
    private final TransactionOperations<Connection> transactions;
    private final DriftHold drift;

    RoutingService(RoutingRepository repository, RolloutHold rollouts, SwitchLock lock, AuditLog audit,
                   TransactionOperations<Connection> transactions, ApplicationEventPublisher<RoutingChanged> events,
                   DriftHold drift) {
        this.events = events;
        this.drift = drift;
        this.repository = repository;
        this.rollouts = rollouts;
        this.lock = lock;
        this.audit = audit;
        this.transactions = transactions;
    }

    /**
     * After a change has committed: this process's own watcher applies it before the caller gets
     * the answer (other replicas hear of it by NOTIFY), so a flip made through a replica's API is
     * in force on that replica's proxy when the API answers.
     */
    private RoutingSnapshot committed(RoutingSnapshot after) {
        try {
            events.publishEvent(new RoutingChanged(after.generation()));
        } catch (RuntimeException e) {
            // The change is committed; replicas, this one included, still get it by NOTIFY and polling.
            LOG.warn("routing generation {} committed, but applying it here at once failed: {}", after.generation(),
                    e.getMessage());
        }
        return after;
    }

    /** The routing as it is committed now: row, colours and pins of one and the same generation. */
    public RoutingSnapshot snapshot() {
        return consistently(() -> RoutingSnapshot.of(repository.current(), repository.colours(), repository.pins()));
    }

    /** The routing as a decision table, for answering "which colour for this instance?". */
    public RoutingTable table() {
        return consistently(() -> {
            RoutingRow row = repository.current();
            Map<String, Colour> pins = new LinkedHashMap<>();
            repository.pins().forEach(p -> pins.put(p.instance(), Colour.of(p.colour())));
            return new RoutingTable(row.generation(), row.changedAt(), Colour.of(row.active()),
                    Colour.of(row.canaryColour()), row.canaryPercent().doubleValue(), row.canarySalt(), pins);
        });
    }

    /**
     * Inside a change the switch lock already keeps writers out; outside, the reads share one
     * REPEATABLE READ snapshot, so a change committing between them cannot mix two generations.
     */
    private <T> T consistently(Supplier<T> read) {
        if (transactions.findTransactionStatus().isPresent()) {
            return read.get();
        }
        return transactions.execute(CONSISTENT_READ, status -> read.get());
    }

    private static TransactionDefinition consistentRead() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition();
        definition.setReadOnly(true);
        definition.setIsolationLevel(TransactionDefinition.Isolation.REPEATABLE_READ);
        return definition;
    }

    /** The committed generation, cheaply: what a polling replica compares with its own. */
    public long generation() {
        return repository.generation();
    }

    /** Which colour the instance gets now, and why. */
    public RouteDecision explain(String instance) {
        return table().route(checkInstance(instance));
    }

    /** Makes the colour that holds a new, verified release (deployed or in canary) active for everyone. */
    public RoutingSnapshot promote(String actor, @Nullable String reason, @Nullable Long expectedGeneration) {
        return committed(lock.run("promote", connection -> {
            refuseDuringRollout("promote");
            return applyPromote(actor, reason, expectedGeneration);
        }));
    }

    /**
     * The promote itself, for a caller that holds the switch lock in its own transaction (a
     * rollout); it must {@link #announce} the result once that transaction has committed.
     */
    public RoutingSnapshot applyPromote(String actor, @Nullable String reason, @Nullable Long expectedGeneration) {
        RoutingSnapshot before = lockedSnapshot(expectedGeneration);
        Colour active = requireActive(before, "promote");
        Colour target = active.other();
        ColourState targetState = before.state(target);
        if (targetState != ColourState.DEPLOYED && targetState != ColourState.CANARY) {
            throw new RoutingException(RoutingErrorCode.NOTHING_TO_PROMOTE, switch (targetState) {
                case EMPTY -> "nothing to promote: " + target + " holds no release; run 'deploy --release NAME' first";
                case STANDBY -> "nothing to promote: " + target + " holds " + releaseOf(before, target)
                        + ", the release before the active one; use 'rollback' to return to it";
                case ACTIVE, CANARY, DEPLOYED -> "nothing to promote: " + target + " is " + targetState;
            });
        }
        drift.refuseFlip("promote", target, active);
        return flip(actor, "promote", reason, before, target, ColourState.STANDBY);
    }

    /** Makes the previous release's colour active again. */
    public RoutingSnapshot rollback(String actor, @Nullable String reason, @Nullable Long expectedGeneration) {
        return committed(lock.run("rollback", connection -> {
            refuseDuringRollout("roll back");
            RoutingSnapshot before = lockedSnapshot(expectedGeneration);
            Colour active = requireActive(before, "roll back");
            Colour target = active.other();
            ColourState targetState = before.state(target);
            if (targetState != ColourState.STANDBY) {
                throw new RoutingException(RoutingErrorCode.NOTHING_TO_ROLL_BACK, switch (targetState) {
                    case EMPTY -> "nothing to roll back to: " + target + " holds no release; "
                            + releaseOf(before, active) + " on " + active + " is the only release";
                    case DEPLOYED -> "nothing to roll back to: " + target + " holds " + releaseOf(before, target)
                            + ", which is not the release that was active before (it was rolled back from, or never"
                            + " promoted); use 'promote' to make it active";
                    case CANARY -> "a canary of " + releaseOf(before, target) + " on " + target + " is running;"
                            + " use 'abort' to send everyone back to " + active;
                    case ACTIVE, STANDBY -> "nothing to roll back to: " + target + " is " + targetState;
                });
            }
            // The colour rolled away from stays verified: promote can bring it back once fixed.
            return flip(actor, "rollback", reason, before, target, ColourState.DEPLOYED);
        }));
    }

    /**
     * Sends the named instances (pins) and/or a sticky share of all instances to the standby
     * colour's new release. A share, once set, keeps its salt for the whole canary, so raising it
     * only adds instances. {@code percent} {@code null} keeps the current share.
     */
    public RoutingSnapshot canary(String actor, List<String> instances, @Nullable Double percent,
                                  @Nullable String reason, @Nullable Long expectedGeneration) {
        List<String> names = instances == null ? List.of() : instances.stream().map(RoutingService::checkInstance)
                .distinct().toList();
        if (percent != null && (percent.isNaN() || percent < 0 || percent > 100)) {
            throw new RoutingException(RoutingErrorCode.BAD_REQUEST,
                    "canary percent must be between 0 and 100, not " + percent);
        }
        if (names.size() > MAX_PINS_PER_CALL) {
            throw new RoutingException(RoutingErrorCode.BAD_REQUEST, "a canary call may pin at most "
                    + MAX_PINS_PER_CALL + " instances, not " + names.size() + ": pin them in several calls, or use"
                    + " a percent");
        }
        if (names.isEmpty() && (percent == null || percent == 0)) {
            throw new RoutingException(RoutingErrorCode.BAD_REQUEST,
                    "a canary needs instances, a percent above 0, or both; to end one, use abort");
        }
        return committed(lock.run("canary", connection -> {
            refuseDuringRollout("change the canary");
            return applyCanary(actor, names, percent, reason, expectedGeneration);
        }));
    }

    /**
     * The canary change itself, for a caller that holds the switch lock in its own transaction (a
     * rollout step); it must {@link #announce} the result once that transaction has committed.
     */
    public RoutingSnapshot applyCanary(String actor, List<String> names, @Nullable Double percent,
                                       @Nullable String reason, @Nullable Long expectedGeneration) {
        names.forEach(RoutingService::checkInstance);
        RoutingSnapshot before = lockedSnapshot(expectedGeneration);
        Colour active = requireActive(before, "start a canary");
        Colour target = active.other();
        ColourState targetState = before.state(target);
        if (targetState != ColourState.DEPLOYED && targetState != ColourState.CANARY) {
            throw new RoutingException(RoutingErrorCode.NOTHING_TO_CANARY, "no new release to canary: "
                    + target + " is " + targetState + (targetState == ColourState.STANDBY
                        ? " and holds " + releaseOf(before, target) + ", the previous release" : "")
                    + "; deploy a release first");
        }
        drift.refuseFlip("canary", target, active);
        RoutingRow row = repository.current();
        String salt = row.canarySalt() != null ? row.canarySalt() : newSalt();
        BigDecimal share = percent != null ? BigDecimal.valueOf(percent) : row.canaryPercent();
        Set<String> adding = new HashSet<>(names);
        long pinned = repository.pins().stream().map(PinRow::instance).filter(i -> !adding.contains(i)).count();
        if (pinned + names.size() > MAX_PINS) {
            throw new RoutingException(RoutingErrorCode.BAD_REQUEST, "at most " + MAX_PINS + " instances may be"
                    + " pinned at once; " + pinned + " are, and this call adds " + names.size()
                    + ": use a percent for a share this large");
        }
        names.forEach(name -> repository.pin(name, target.label()));
        repository.restate(target.label(), ColourState.CANARY.label());
        write(active.label(), target.label(), share, salt, before.generation());
        RoutingSnapshot after = snapshot();
        audit.record(actor, "canary", target.label(), reason, before, after, after.generation());
        return after;
    }

    /** Ends a canary: everyone back on the active colour; the canary's release stays deployed. */
    public RoutingSnapshot abort(String actor, @Nullable String reason, @Nullable Long expectedGeneration) {
        return committed(lock.run("abort", connection -> {
            refuseDuringRollout("abort the canary");
            return applyAbort(actor, reason, expectedGeneration);
        }));
    }

    /**
     * Ends the canary, for a caller that holds the switch lock in its own transaction (a rollout
     * rolled back or aborted); it must {@link #announce} the result once that transaction has committed.
     */
    public RoutingSnapshot applyAbort(String actor, @Nullable String reason, @Nullable Long expectedGeneration) {
        RoutingSnapshot before = lockedSnapshot(expectedGeneration);
        if (before.canary() == null) {
            throw new RoutingException(RoutingErrorCode.NO_CANARY, "no canary is running (generation "
                    + before.generation() + ", active " + before.active() + "); nothing to abort");
        }
        Colour canary = Colour.of(before.canary().colour());
        repository.unpinAll();
        repository.restate(canary.label(), ColourState.DEPLOYED.label());
        write(before.active(), null, BigDecimal.ZERO, null, before.generation());
        RoutingSnapshot after = snapshot();
        audit.record(actor, "abort", canary.label(), reason, before, after, after.generation());
        return after;
    }

    /** After the transaction of an {@code apply...} change has committed: every replica, this one first, applies it. */
    public void announce(RoutingSnapshot after) {
        committed(after);
    }

    /** The rollout in progress, if any, read in the caller's transaction. */
    public Optional<Long> liveRollout() {
        return rollouts.runningRollout();
    }

    /** Whether a name may be an instance's: what application_name allows. */
    public static boolean validInstance(String instance) {
        return instance != null && INSTANCE.matcher(instance).matches();
    }

    /** While a rollout runs, it alone moves the routing: an operator steers it with 'rollout ...'. */
    private void refuseDuringRollout(String verb) {
        rollouts.runningRollout().ifPresent(id -> {
            throw new RoutingException(RoutingErrorCode.ROLLOUT_RUNNING, "cannot " + verb + ": rollout " + id
                    + " is in progress; use 'rollout promote', 'rollout abort --reason ...' or 'rollout status'");
        });
    }

    /**
     * Called by a deploy inside its own locked transaction: records what the colour now holds and,
     * for the very first release, makes it active. Either way the generation grows by one.
     */
    public RoutingSnapshot recordDeploy(String actor, Colour colour, long releaseId, String releaseName) {
        RoutingSnapshot before = snapshot();
        RoutingRow row = repository.current();
        if (before.active() == null) {
            repository.assign(colour.label(), ColourState.ACTIVE.label(), releaseId);
            write(colour.label(), null, BigDecimal.ZERO, null, before.generation());
            RoutingSnapshot after = snapshot();
            audit.record(actor, "activate", colour.label(), "first release " + releaseName + " becomes active",
                    before, after, after.generation());
            return after;
        }
        repository.assign(colour.label(), ColourState.DEPLOYED.label(), releaseId);
        // What a flip would switch to has changed: an operator's --expect-generation taken before
        // this deploy must no longer hold.
        write(row.active(), row.canaryColour(), row.canaryPercent(), row.canarySalt(), before.generation());
        return snapshot();
    }

    private RoutingSnapshot lockedSnapshot(@Nullable Long expectedGeneration) {
        RoutingSnapshot before = snapshot();
        if (expectedGeneration != null && expectedGeneration != before.generation()) {
            throw new RoutingException(RoutingErrorCode.STALE_GENERATION, "the routing changed since generation "
                    + expectedGeneration + " (now " + before.generation() + ", active " + before.active()
                    + "); check 'status' and retry against the current generation");
        }
        return before;
    }

    private RoutingSnapshot flip(String actor, String action, @Nullable String reason, RoutingSnapshot before,
                                 Colour target, ColourState previousBecomes) {
        Colour previous = before.activeColour();
        repository.unpinAll();
        repository.restate(target.label(), ColourState.ACTIVE.label());
        repository.restate(previous.label(), previousBecomes.label());
        write(target.label(), null, BigDecimal.ZERO, null, before.generation());
        RoutingSnapshot after = snapshot();
        audit.record(actor, action, target.label(), reason, before, after, after.generation());
        return after;
    }

    private void write(@Nullable String active, @Nullable String canaryColour, BigDecimal percent,
                       @Nullable String salt, long expected) {
        if (repository.update(active, canaryColour, percent, salt, expected) != 1) {
            throw new RoutingException(RoutingErrorCode.STALE_GENERATION,
                    "the routing changed while this change ran; check 'status' and retry");
        }
        repository.announce(expected + 1);
    }


    private static String checkInstance(String instance) {
        if (instance == null || !INSTANCE.matcher(instance).matches()) {
            throw new RoutingException(RoutingErrorCode.BAD_REQUEST, "invalid instance name '"
                    + OperatorText.shown(instance) + "': 1 to 63 printable characters, as in application_name");
        }
        return instance;
    }

    private static Colour requireActive(RoutingSnapshot state, String verb) {
        if (state.active() == null) {
            throw new RoutingException(RoutingErrorCode.NOTHING_DEPLOYED,
                    "cannot " + verb + ": no release has been deployed yet; run 'deploy --release NAME' first");
        }
        return state.activeColour();
    }

    private static String releaseOf(RoutingSnapshot state, Colour colour) {
        return "release " + state.colour(colour).release();
    }

    /**
     * A fresh canary salt. {@code nextBytes}, not {@code generateSeed}: the seed comes from the
     * entropy source on every call and can block; the instance's stream is as unpredictable.
     */
    private static String newSalt() {
        byte[] salt = new byte[8];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt);
    }
}
