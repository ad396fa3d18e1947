package io.facadeswitch.environment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.facadeswitch.db.ConnectionSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file is checked at load, and each refusal names the file, the line and what to do. */
class EnvironmentsFileTest {

    private static final String CHAIN = """
            groups:
              dbas: [alice, carol]
            environments:
              - name: test
                db-url: jdbc:postgresql://test-db:5432/shop
                db-user: deployer
                db-password: ${TEST_DB_PASSWORD}
                app-roles: [shop_app]
              - name: staging
                db-url: jdbc:postgresql://${STAGING_HOST}:5432/shop
                db-user: ${STAGING_USER}
                db-password: ${STAGING_DB_PASSWORD}
                app-roles: [shop_app, shop_report]
                gates:
                  deploy:
                    approvals: 2
                    approvers: [alice, bob, dbas]
                    approval-expiry: 30m
                  promote:
                    windows: ["Mon-Fri 09:00-16:00 Europe/Berlin"]
                    freezes:
                      - {from: "2026-12-20 00:00", to: "2027-01-04 00:00", zone: Europe/Berlin, reason: year end, emergency: false}
                    emergency: true
              - name: prod
                predecessor: staging
                db-url: jdbc:postgresql://prod-db:5432/shop
                db-password: ${PROD_DB_PASSWORD}
                backup: optional
                gates:
                  rollout:
                    approvers: [group:dbas]
            """;

    @TempDir
    Path dir;

    private Path write(String yaml) {
        Path file = dir.resolve(EnvironmentsFile.DEFAULT_NAME);
        try {
            Files.writeString(file, yaml);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return file;
    }

    private EnvironmentException refused(String yaml) {
        Path file = write(yaml);
        try {
            EnvironmentsFile.load(file);
        } catch (EnvironmentException e) {
            return e;
        }
        throw new AssertionError("the file was accepted:\n" + yaml);
    }

    /** Asserts an ENV_CONFIG_INVALID on that line, and returns its message. */
    private String refusedAt(int line, String yaml) {
        EnvironmentException e = refused(yaml);
        assertThat(e.reason()).isEqualTo(EnvironmentErrorCode.ENV_CONFIG_INVALID);
        assertThat(e.getMessage()).startsWith(dir.resolve(EnvironmentsFile.DEFAULT_NAME) + " line " + line + ": ");
        return e.getMessage();
    }

    private static String oneEnvironment(String... lines) {
        return "environments:\n  - name: test\n    db-url: jdbc:postgresql://db/app\n"
                + String.join("\n", lines) + "\n";
    }

    @Test
    void aFileWithEveryKeyReadsBackAsWritten() {
        Environments environments = EnvironmentsFile.load(write(CHAIN));

        assertThat(environments.all()).extracting(Environment::name).containsExactly("test", "staging", "prod");
        assertThat(environments.groups()).isEqualTo(Map.of("dbas", List.of("alice", "carol")));
        Environment test = environments.require("test");
        assertThat(test.dbUrl()).isEqualTo("jdbc:postgresql://test-db:5432/shop");
        assertThat(test.dbUser()).isEqualTo("deployer");
        assertThat(test.dbPassword()).isEqualTo("${TEST_DB_PASSWORD}");
        assertThat(test.appRoles()).containsExactly("shop_app");
        assertThat(test.line()).isEqualTo(4);
        assertThat(test.gates()).isEmpty();
        assertThat(test.gate(Step.DEPLOY)).isSameAs(Gate.OPEN);
        assertThat(test.backup()).as("left to facade.backup.mode").isNull();

        Environment staging = environments.require("staging");
        assertThat(staging.line()).isEqualTo(9);
        assertThat(staging.appRoles()).containsExactly("shop_app", "shop_report");
        Gate deploy = staging.gate(Step.DEPLOY);
        assertThat(deploy.approvals()).isEqualTo(2);
        assertThat(deploy.approvers()).containsExactly("alice", "bob", "dbas");
        assertThat(deploy.approvalExpiry()).isEqualTo(Duration.ofMinutes(30));
        assertThat(deploy.needsApprovals()).isTrue();
        Gate promote = staging.gate(Step.PROMOTE);
        assertThat(promote.needsApprovals()).isFalse();
        assertThat(promote.approvalExpiry()).isEqualTo(Duration.ofHours(24));
        assertThat(promote.windows()).extracting(TimeWindow::text).containsExactly("Mon-Fri 09:00-16:00 Europe/Berlin");
        assertThat(promote.freezes()).containsExactly(new Freeze(Instant.parse("2026-12-19T23:00:00Z"),
                Instant.parse("2027-01-03T23:00:00Z"), "year end", false, "2026-12-20 00:00 to 2027-01-04 00:00 Europe/Berlin"));
        assertThat(promote.emergency()).isTrue();
        assertThat(staging.gate(Step.MIGRATE_CORE)).isSameAs(Gate.OPEN);

        Environment prod = environments.require("prod");
        assertThat(prod.dbUser()).isNull();
        assertThat(prod.appRoles()).isEmpty();
        assertThat(prod.backup()).isEqualTo("optional");
        assertThat(prod.gate(Step.ROLLOUT).approvals()).as("approvers without a count: one of them").isEqualTo(1);
    }

    @Test
    void thePredecessorIsTheEnvironmentBeforeUnlessTheFileNamesOne() {
        Environments environments = EnvironmentsFile.load(write(CHAIN));

        assertThat(environments.require("test").predecessor()).isNull();
        assertThat(environments.predecessorOf(environments.require("test"))).isEmpty();
        assertThat(environments.require("staging").predecessor()).isEqualTo("test");
        assertThat(environments.predecessorOf(environments.require("prod"))).map(Environment::name).contains("staging");
    }

    @Test
    void predecessorNoneMeansNoPredecessor() {
        Environments environments = EnvironmentsFile.load(write(oneEnvironment(
                "  - name: hotfix", "    db-url: jdbc:postgresql://db/hotfix", "    predecessor: none")));

        assertThat(environments.require("hotfix").predecessor()).isNull();
    }

    @Test
    void groupsExpandToTheirPeopleOnceEach() {
        Environments environments = EnvironmentsFile.load(write(CHAIN));

        assertThat(environments.approversOf(environments.require("staging").gate(Step.DEPLOY)))
                .containsExactly("alice", "bob", "carol");
        assertThat(environments.approversOf(environments.require("prod").gate(Step.ROLLOUT))).containsExactly("alice", "carol");
        assertThat(environments.approversOf(Gate.OPEN)).as("anyone but the requester").isEmpty();
    }

    @Test
    void referencesAreResolvedFromTheVariablesWhenTheConnectionIsMade() {
        Environment staging = EnvironmentsFile.load(write(CHAIN)).require("staging");
        Map<String, String> variables = Map.of("STAGING_HOST", "staging-db", "STAGING_USER", "deployer",
                "STAGING_DB_PASSWORD", "s3cret");

        ConnectionSettings settings = staging.connection(variables::get);

        assertThat(settings.url()).isEqualTo("jdbc:postgresql://staging-db:5432/shop");
        assertThat(settings.user()).isEqualTo("deployer");
        assertThat(settings.password()).isEqualTo("s3cret");
    }

    @Test
    void anUnsetVariableIsNamedWithTheEnvironmentAndItsLine() {
        Environment staging = EnvironmentsFile.load(write(CHAIN)).require("staging");
        Map<String, String> variables = Map.of("STAGING_HOST", "staging-db", "STAGING_USER", "deployer");

        assertThatThrownBy(() -> staging.connection(variables::get))
                .isInstanceOfSatisfying(EnvironmentException.class,
                        e -> assertThat(e.reason()).isEqualTo(EnvironmentErrorCode.ENV_VARIABLE_UNSET))
                .hasMessageContaining("environment 'staging' (line 9")
                .hasMessageContaining("STAGING_DB_PASSWORD for db-password");
    }

    @Test
    void anUnknownEnvironmentIsRefusedWithTheNamesTheFileHas() {
        Path file = write(CHAIN);
        Environments environments = EnvironmentsFile.load(file);

        assertThatThrownBy(() -> environments.require("qa"))
                .isInstanceOfSatisfying(EnvironmentException.class,
                        e -> assertThat(e.reason()).isEqualTo(EnvironmentErrorCode.ENV_UNKNOWN))
                .hasMessage("no environment 'qa' in " + file + "; it names: test, staging, prod");
        assertThat(environments.find("qa")).isEmpty();
    }

    @Test
    void aLiteralPasswordIsRefusedWithoutShowingItAndSaysWhy() {
        String message = refusedAt(4, oneEnvironment("    db-password: hunter2"));

        assertThat(message).doesNotContain("hunter2").contains("source control").contains("${TEST_DB_PASSWORD}");
    }

    @Test
    void aPasswordMixedWithTextIsRefusedToo() {
        refusedAt(4, oneEnvironment("    db-password: pre-${SUFFIX}"));
    }

    @Test
    void aPasswordParameterInTheUrlIsRefused() {
        String message = refusedAt(3, "environments:\n  - name: test\n    db-url: jdbc:postgresql://db/app?user=u&password=hunter2\n");

        assertThat(message).doesNotContain("hunter2").contains("holds a password").contains("db-password: ${TEST_DB_PASSWORD}");
    }

    @Test
    void aPasswordInTheUrlsUserInfoIsRefused() {
        refusedAt(3, "environments:\n  - name: test\n    db-url: jdbc:postgresql://u:hunter2@db/app\n");
    }

    @Test
    void anUnknownTopLevelKeyIsRefusedWithTheNearestKnownOne() {
        assertThat(refusedAt(1, "environmnets:\n  - name: test\n"))
                .contains("unknown key 'environmnets'").contains("did you mean environments?").contains("groups, environments");
    }

    @Test
    void anUnknownEnvironmentKeyIsRefusedWithTheNearestKnownOne() {
        assertThat(refusedAt(4, oneEnvironment("    db-pasword: ${X}"))).contains("in environment 'test' (did you mean db-password?)");
    }

    @Test
    void anEnvironmentWithoutANameIsRefused() {
        assertThat(refusedAt(2, "environments:\n  - db-url: jdbc:postgresql://db/app\n")).contains("has no 'name'");
    }

    @Test
    void anEnvironmentWithoutAUrlIsRefused() {
        assertThat(refusedAt(2, "environments:\n  - name: test\n")).contains("has no 'db-url'");
    }

    @Test
    void aBackupModeThatIsNotOneOfTheThreeIsRefusedWithThem() {
        assertThat(refusedAt(4, oneEnvironment("    backup: sometimes")))
                .contains("'sometimes'").contains("required").contains("optional").contains("off");
    }

    @Test
    void aNameWithCapitalsIsRefused() {
        assertThat(refusedAt(2, "environments:\n  - name: Test\n    db-url: jdbc:postgresql://db/app\n"))
                .contains("lower-case letters");
    }

    @Test
    void noEnvironmentMayBeCalledNone() {
        refusedAt(2, "environments:\n  - name: none\n    db-url: jdbc:postgresql://db/app\n");
    }

    @Test
    void aNameListedTwiceIsRefusedAtTheSecond() {
        assertThat(refusedAt(4, oneEnvironment("  - name: test", "    db-url: jdbc:postgresql://db/other")))
                .contains("listed twice (first at line 2)");
    }

    @Test
    void aPredecessorThatDoesNotExistIsRefused() {
        assertThat(refusedAt(6, oneEnvironment("  - name: prod", "    db-url: jdbc:postgresql://db/prod", "    predecessor: tset")))
                .contains("no environment 'tset'").contains("did you mean test?");
    }

    @Test
    void anEnvironmentCannotBeItsOwnPredecessor() {
        assertThat(refusedAt(4, oneEnvironment("    predecessor: test"))).contains("names itself");
    }

    @Test
    void aPredecessorListedLaterIsRefused() {
        assertThat(refusedAt(4, oneEnvironment("    predecessor: prod", "  - name: prod", "    db-url: jdbc:postgresql://db/prod")))
                .contains("comes later in the file");
    }

    @Test
    void anUnknownStepIsRefusedWithTheSteps() {
        assertThat(refusedAt(5, oneEnvironment("    gates:", "      deploi:", "        approvals: 1")))
                .contains("did you mean deploy?").contains("migrate-core, deploy, promote, canary, rollout");
    }

    @Test
    void approvalsThatAreNotAWholeNumberAreRefused() {
        refusedAt(6, oneEnvironment("    gates:", "      deploy:", "        approvals: two"));
        refusedAt(6, oneEnvironment("    gates:", "      deploy:", "        approvals: -1"));
    }

    @Test
    void moreApprovalsThanPossibleApproversAreRefused() {
        assertThat(refusedAt(6, oneEnvironment("    gates:", "      deploy:", "        approvals: 3",
                "        approvers: [alice, bob]")))
                .contains("needs 3 approvals but only 2 people may approve (alice, bob)");
    }

    @Test
    void anUnknownGroupIsRefusedWithTheGroups() {
        assertThat(refusedAt(8, "groups:\n  dbas: [alice]\n" + oneEnvironment("    gates:", "      deploy:",
                "        approvers: [group:dba]")))
                .contains("unknown group 'dba'").contains("did you mean dbas?");
    }

    @Test
    void aGroupInsideAGroupIsRefused() {
        refusedAt(3, "groups:\n  dbas: [alice]\n  leads: [dbas]\n" + oneEnvironment());
    }

    @Test
    void aWindowThatDoesNotParseIsRefusedWithAnExample() {
        assertThat(refusedAt(6, oneEnvironment("    gates:", "      promote:", "        windows: [\"weekdays 9-5 Europe/Berlin\"]")))
                .contains("e.g. \"Mon-Fri 09:00-16:00 Europe/Berlin\"");
    }

    @Test
    void aWindowInAnUnknownZoneIsRefused() {
        assertThat(refusedAt(7, oneEnvironment("    gates:", "      promote:", "        windows:",
                "          - \"Mon-Fri 09:00-16:00 Mars/Olympus\"")))
                .contains("unknown time zone 'Mars/Olympus'");
    }

    @Test
    void aFreezeInAnUnknownZoneIsRefused() {
        refusedAt(7, oneEnvironment("    gates:", "      promote:", "        freezes:",
                "          - {from: 2026-12-20, to: 2027-01-04, zone: Europe/Berlln}"));
    }

    @Test
    void aFreezeThatEndsBeforeItStartsIsRefused() {
        assertThat(refusedAt(7, oneEnvironment("    gates:", "      promote:", "        freezes:",
                "          - {from: \"2027-01-04 00:00\", to: \"2026-12-20 00:00\"}")))
                .contains("ends before it starts");
    }

    @Test
    void aFreezeWithoutATimeIsRefused() {
        refusedAt(7, oneEnvironment("    gates:", "      promote:", "        freezes:",
                "          - {from: next week, to: 2027-01-04}"));
    }

    @Test
    void aDurationThatDoesNotParseIsRefused() {
        assertThat(refusedAt(6, oneEnvironment("    gates:", "      deploy:", "        approval-expiry: 1 day")))
                .contains("e.g. 500ms, 10s, 2m or 1h");
    }

    @Test
    void anAppRoleThatIsNotAPlainIdentifierIsRefused() {
        refusedAt(4, oneEnvironment("    app-roles: [\"shop; drop table x\"]"));
    }

    @Test
    void aYamlSyntaxErrorNamesItsLine() {
        assertThat(refusedAt(3, "environments:\n  - name: test\n    db-url: jdbc:postgresql://db: app\n"))
                .contains("not valid YAML");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(refusedAt(1, "# nothing yet\n")).contains("the file is empty");
    }

    @Test
    void aFileWithoutEnvironmentsIsRefused() {
        assertThat(refusedAt(1, "environments: []\n")).contains("names no environments");
        refusedAt(1, "groups:\n  dbas: [alice]\n");
    }

    @Test
    void aFileLargerThanTheLimitIsRefusedUnread() {
        EnvironmentException e = refused("#" + "x".repeat(EnvironmentsFile.MAX_BYTES) + "\n");

        assertThat(e.reason()).isEqualTo(EnvironmentErrorCode.ENV_CONFIG_INVALID);
        assertThat(e.getMessage()).contains("at most " + EnvironmentsFile.MAX_BYTES);
    }

    @Test
    void aMissingFileIsAMissingConfiguration() {
        assertThatThrownBy(() -> EnvironmentsFile.load(dir.resolve("nope.yaml")))
                .isInstanceOfSatisfying(EnvironmentException.class,
                        e -> assertThat(e.reason()).isEqualTo(EnvironmentErrorCode.ENV_CONFIG_MISSING));
    }

    @Test
    void anExplicitConfigMustExist() {
        assertThatThrownBy(() -> EnvironmentsFile.locate(Path.of("other.yaml"), dir))
                .isInstanceOfSatisfying(EnvironmentException.class,
                        e -> assertThat(e.reason()).isEqualTo(EnvironmentErrorCode.ENV_CONFIG_MISSING));
    }

    @Test
    void theFileInTheWorkingDirectoryIsFoundUnlessAnotherIsNamed() throws IOException {
        assertThat(EnvironmentsFile.locate(null, dir)).isEmpty();

        Path file = write(CHAIN);
        Path other = Files.writeString(dir.resolve("other.yaml"), CHAIN);

        assertThat(EnvironmentsFile.locate(null, dir)).isEqualTo(Optional.of(file));
        assertThat(EnvironmentsFile.locate(Path.of("other.yaml"), dir)).isEqualTo(Optional.of(other));
    }
}
