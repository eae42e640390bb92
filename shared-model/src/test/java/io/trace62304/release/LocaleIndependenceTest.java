package io.trace62304.release;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.evidence.InputFile;
import io.trace62304.itemfile.YamlItemSource;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportFormat;
import io.trace62304.testing.BaselineBuilder;
import io.trace62304.testing.Fixtures;
import io.trace62304.trace.TraceConventions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17, point 13: the baseline, its digest and every text in it (error messages included) are the same whatever
 * the JVM's locale; in Turkish, {@code "STRING".toLowerCase()} is {@code "strıng"} (dotless ı).
 */
class LocaleIndependenceTest {
    @TempDir
    Path dir;

    @Test
    void shouldSealTheSameBaselineUnderTurkishAsUnderRoot() throws Exception {
        Files.writeString(dir.resolve("dependency-check-report.json"), """
                {"reportSchema": "1.1", "scanInfo": {"engineVersion": "12.1.0"}, "dependencies": "INFO"}
                """);
        Files.writeString(dir.resolve("TEST-a.xml"), "<testsuite name='s'><testcase name='MED-3 x'/></testsuite>");

        ReleaseOutcome root = under(Locale.ROOT, dir.resolve("root"));
        ReleaseOutcome turkish = under(Locale.forLanguageTag("tr-TR"), dir.resolve("tr"));

        assertThat(root.baseline().baseline().inputs())
                .extracting(InputFile::problem)
                .anySatisfy(problem -> assertThat(problem).endsWith("an array is required here, found string"));
        assertThat(turkish.baseline().digest()).isEqualTo(root.baseline().digest());
        assertThat(turkish.baseline().baseline()).isEqualTo(root.baseline().baseline());
        for (String output : List.of(ReleaseOutputs.REPORT, ReleaseOutputs.BASELINE, ReleaseOutputs.FINDINGS)) {
            assertThat(dir.resolve("tr").resolve(output))
                    .as(output + " written under tr-TR")
                    .hasSameBinaryContentAs(dir.resolve("root").resolve(output));
        }
    }

    /** Runs the gate and writes its outputs with {@code locale} as the JVM default (every category). */
    private ReleaseOutcome under(final Locale locale, final Path out) throws ReportException, IOException {
        Locale before = Locale.getDefault();
        Locale.Category[] categories = Locale.Category.values();
        Locale[] beforeByCategory = new Locale[categories.length];
        for (int i = 0; i < categories.length; i++) {
            beforeByCategory[i] = Locale.getDefault(categories[i]);
        }
        Locale.setDefault(locale);
        try {
            ReleaseOutcome outcome = new ReleaseRun(message -> {})
                    .run(new ReleaseRequest(
                            new YamlItemSource(Fixtures.of("items.yaml")),
                            Optional.empty(),
                            Map.of(
                                    ReportFormat.JUNIT, List.of("TEST-*.xml"),
                                    ReportFormat.DEPENDENCY_CHECK, List.of("dependency-check-report.json")),
                            List.of(),
                            Optional.empty(),
                            BaselineBuilder.IDENTIFIED,
                            dir,
                            TraceConventions.DEFAULT));
            new ReleaseOutputs().write(outcome, out);
            return outcome;
        } finally {
            Locale.setDefault(before);
            for (int i = 0; i < categories.length; i++) {
                Locale.setDefault(categories[i], beforeByCategory[i]);
            }
        }
    }
}
