package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.jira.emulator.JiraEmulator;
import io.trace62304.release.ReleaseOutcome;
import io.trace62304.release.ReleaseRequest;
import io.trace62304.release.ReleaseRun;
import io.trace62304.report.ReportFormat;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.trace.TraceConventions;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/** A client wired to an emulator, with a recording sleeper and log, for the client tests. */
final class EmulatedSites {
    final JiraEmulator emulator;
    final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    final List<String> log = new CopyOnWriteArrayList<>();
    final JiraHttp http;

    EmulatedSites(final Flavour flavour, final RetryPolicy policy) throws IOException {
        this(JiraEmulator.start(flavour), policy);
    }

    EmulatedSites(final JiraEmulator emulator, final RetryPolicy policy) {
        this.emulator = emulator;
        http = new JiraHttp(
                emulator.uri(), emulator.credentials(), HttpClient.newHttpClient(), policy, sleeps::add, log::add);
    }

    /** Short backoffs (recorded, not slept) and a timeout no loaded CI machine reaches by accident. */
    static RetryPolicy fastPolicy() {
        return JiraEmulator.TEST_POLICY;
    }

    /**
     * Like {@link #fastPolicy()} with a 2 s timeout, for tests of slow answers: long enough that a quick answer
     * arrives in time on a loaded CI machine (400 ms did not), short enough for a test.
     */
    static RetryPolicy impatientPolicy() {
        return new RetryPolicy(Duration.ofSeconds(2), 4, Duration.ofMillis(100), Duration.ofSeconds(30), 5, () -> 1.0);
    }

    JiraClient client() throws JiraException {
        return JiraClient.connect(http);
    }

    /** The gate over project MED read from this site, with these reports below {@code dir}. */
    ReleaseOutcome gate(final Path dir, final Map<ReportFormat, List<String>> reports) throws Exception {
        return new ReleaseRun(message -> {})
                .run(new ReleaseRequest(
                        new JiraItemSource(client(), "project = MED"),
                        Optional.empty(),
                        reports,
                        List.of(),
                        Optional.empty(),
                        BaselineBuilder.IDENTIFIED,
                        dir,
                        TraceConventions.DEFAULT));
    }

    /** Closes the site after checking that every interaction kept to the OpenAPI descriptions. */
    void closeKeepingTheContract() {
        try {
            assertThat(emulator.violations()).as("OpenAPI contract violations").isEmpty();
        } finally {
            emulator.close();
        }
    }

    /** Seeds a project MED with a software item, requirements, risk controls and problem reports. */
    List<String> seed(final int count) {
        List<String> keys = new ArrayList<>();
        emulator.issue("MED-1", "Software Item", "Approved", true).option(field("Safety Class"), "C");
        keys.add("MED-1");
        for (int i = 2; i <= count; i++) {
            String type = i % 3 == 0 ? "Risk Control" : i % 3 == 1 ? "Software Problem Report" : "Software Requirement";
            emulator.issue("MED-" + i, type, i % 3 == 1 ? "Closed" : "Open", i % 3 == 1)
                    .field(field("Root Cause"), "root cause " + i)
                    .transition("31", "Close", "Closed", true)
                    .transition("21", "Start", "In Progress", false);
            emulator.link("Implements", "MED-" + i, "MED-1");
            keys.add("MED-" + i);
        }
        return keys;
    }

    static String field(final String name) {
        return JiraEmulator.FIELDS.get(name);
    }
}
