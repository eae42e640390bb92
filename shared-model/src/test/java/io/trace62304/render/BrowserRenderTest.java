package io.trace62304.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.BaselineCodec;
import io.trace62304.baseline.SealedBaseline;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.PolicyLoader;
import io.trace62304.gate.ReleaseGate;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.testing.BaselineBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the report in headless Chromium (Debian's {@code chromium}, or {@code $CHROMIUM}): it renders offline,
 * its script runs, and a screenshot is taken. Without a browser the test is skipped with a printed reason; the
 * same check by hand is in docs/outputs.md.
 */
class BrowserRenderTest {
    @TempDir
    Path temp;

    @Test
    void shouldRenderOfflineInHeadlessChromiumAndTakeAScreenshot() throws Exception {
        Path browser = browser();
        BaselineBuilder builder = BaselineBuilder.baseline().item(BaselineBuilder.softwareItem("MED-1", "C"));
        for (int i = 2; i < 2000; i++) {
            builder.item(BaselineBuilder.of(
                    "MED-1", "MED-" + i, i % 2 == 0 ? ItemType.REQUIREMENT : ItemType.RISK_CONTROL, "Approved", true));
            builder.test("verifies " + i, i % 7 == 0 ? TestOutcome.FAILED : TestOutcome.PASSED, "MED-" + i);
        }
        SealedBaseline sealed = new BaselineCodec().seal(builder.assemble());
        GateResult result = new ReleaseGate(new PolicyLoader().defaults()).evaluate(sealed.baseline());
        Path report =
                Files.writeString(temp.resolve("report.html"), new HtmlReport().render(sealed, result, List.of()));
        Path screenshot = temp.resolve("report.png");

        run(
                browser,
                "--screenshot=" + screenshot,
                "--window-size=1300,1800",
                report.toUri().toString());
        String dom = run(browser, "--dump-dom", report.toUri().toString());

        byte[] png = Files.readAllBytes(screenshot);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(png.length).isGreaterThan(20_000);
        assertThat(dom)
                .contains("IEC 62304 release gate: <span class=\"verdict fail\">FAIL</span>")
                .contains("MED-2 summary of MED-2")
                .contains("rows 1\u2013100 of 999")
                .contains("<svg");
    }

    private String run(final Path browser, final String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                browser.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--hide-scrollbars",
                "--user-data-dir=" + temp.resolve("profile")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .redirectError(temp.resolve("chromium.log").toFile())
                .start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("chromium finished")
                .isTrue();
        assertThat(process.exitValue()).as("chromium exit code").isZero();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static Path browser() {
        Optional<Path> found = Optional.ofNullable(System.getenv("CHROMIUM"))
                .map(Path::of)
                .or(() -> Optional.of(Path.of("/usr/bin/chromium")))
                .filter(Files::isExecutable);
        if (found.isEmpty()) {
            System.out.println("SKIPPED: headless Chromium not found (install Debian's chromium or set CHROMIUM); "
                    + "the report's browser check did not run");
        }
        Assumptions.assumeTrue(found.isPresent(), "headless Chromium not found");
        return found.get();
    }
}
