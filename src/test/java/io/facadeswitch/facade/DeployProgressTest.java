package io.facadeswitch.facade;

import static org.assertj.core.api.Assertions.assertThat;

import io.facadeswitch.Progress;
import io.facadeswitch.ProgressReporter;
import io.facadeswitch.support.Fixtures;
import io.facadeswitch.support.SwitchTestBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A deploy says what it is doing, step by step, to whoever the command line points its progress at. */
class DeployProgressTest extends SwitchTestBase {

    private final List<String> steps = new CopyOnWriteArrayList<>();

    @AfterEach
    void nowhere() {
        context.bean(ProgressReporter.class).reportTo(Progress.NONE);
    }

    @Test
    void aDeployReportsEachPhaseEachFileAndEachTestInOrder() {
        context.bean(ProgressReporter.class).reportTo(steps::add);
        FacadeRelease release = FacadeSourceReader.read(Fixtures.FACADE_1_0_0, "1.0.0");
        int files = release.definitions().size();
        int tests = release.tests().size();

        deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        assertThat(steps.get(0)).startsWith("reading ");
        assertThat(steps).containsSubsequence("waiting for the switch lock (another deploy, migration or flip may hold it)",
                "building facade_blue: file 1/" + files + ": " + release.definitions().get(0).path(),
                "building facade_blue: file " + files + "/" + files + ": " + release.definitions().get(files - 1).path(),
                "verifying facade_blue's objects", "granting facade_blue to the application roles",
                "running tests in facade_blue: " + tests + "/" + tests + ": " + release.tests().get(tests - 1).path(),
                "recording release 1.0.0");
        assertThat(steps).filteredOn(s -> s.startsWith("building ")).hasSize(files);
    }

    @Test
    void nothingIsReportedUnlessTheCommandLineAsks() {
        deploy(Fixtures.FACADE_1_0_0, "1.0.0");

        assertThat(steps).isEmpty();
    }
}
