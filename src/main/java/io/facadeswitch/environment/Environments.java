package io.facadeswitch.environment;

import io.facadeswitch.OperatorText;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The release chain of one {@code facade-switch.yaml}: its environments in promotion order and
 * its named groups of approvers. Built by {@link EnvironmentsFile#load(Path)}, which has checked
 * every name this refers to.
 *
 * @param source the file it was read from, for messages
 * @param all    the environments in promotion order
 * @param groups group name to its members, in the file's order
 */
public record Environments(Path source, List<Environment> all, Map<String, List<String>> groups) {

    /** Written before a group's name in {@code approvers} to say it must be a group, not a person. */
    public static final String GROUP_PREFIX = "group:";

    public Environments {
        all = List.copyOf(all);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        groups.forEach((name, members) -> copy.put(name, List.copyOf(members)));
        groups = Collections.unmodifiableMap(copy);
    }

    public Optional<Environment> find(String name) {
        return all.stream().filter(environment -> environment.name().equals(name)).findFirst();
    }

    /** @throws EnvironmentException {@code ENV_UNKNOWN}, listing the names the file has */
    public Environment require(String name) {
        return find(name).orElseThrow(() -> new EnvironmentException(EnvironmentErrorCode.ENV_UNKNOWN,
                "no environment '" + OperatorText.shown(name) + "' in " + source + "; it names: "
                        + all.stream().map(Environment::name).collect(Collectors.joining(", "))));
    }

    /** The environment a release must have passed before this one, if it has one. */
    public Optional<Environment> predecessorOf(Environment environment) {
        return Optional.ofNullable(environment.predecessor()).flatMap(this::find);
    }

    /**
     * The people who may approve at this gate, groups expanded, in the file's order. Empty means
     * anyone but the requester.
     */
    public Set<String> approversOf(Gate gate) {
        Set<String> people = new LinkedHashSet<>();
        for (String approver : gate.approvers()) {
            String group = approver.startsWith(GROUP_PREFIX) ? approver.substring(GROUP_PREFIX.length()) : approver;
            List<String> members = groups.get(group);
            if (members != null) {
                people.addAll(members);
            } else {
                people.add(approver);
            }
        }
        return Collections.unmodifiableSet(people);
    }
}
