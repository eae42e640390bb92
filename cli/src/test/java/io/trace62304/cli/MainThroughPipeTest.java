package io.trace62304.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.jira.Flavour;
import io.trace62304.jira.emulator.JiraEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code main} in its own JVM, its standard output a pipe (issue 16, defect 2): output printed without a
 * final newline sat in picocli's writer and was lost at {@code System.exit}, so {@code jira plan} printed nothing.
 */
class MainThroughPipeTest {
    @TempDir
    Path temp;

    private JiraEmulator jira;

    @AfterEach
    void stopJira() {
        assertThat(jira.violations()).isEmpty();
        jira.close();
    }

    @Test
    void shouldPrintThePlanThroughAPipe() throws Exception {
        jira = JiraEmulator.startBlank(Flavour.DATA_CENTER);
        jira.project("MED", "Infusion pump");

        Run plan = main("jira", "plan");

        assertThat(plan.code()).isZero();
        assertThat(plan.out())
                .contains("CREATE    field          Safety Class - select: A, B, C")
                .contains("0 blocker(s)");
    }

    @Test
    void shouldPrintWhatACloudApplyDidThroughAPipe() throws Exception {
        jira = JiraEmulator.startBlank(Flavour.CLOUD);
        jira.project("MED", "Infusion pump");

        Run apply = main("jira", "apply", "--jira-user", JiraEmulator.USER);

        assertThat(apply.code()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("Safety Class").contains("0 blocker(s)");
    }

    private record Run(int code, String out, String err) {}

    private Run main(final String... args) throws IOException, InterruptedException {
        Path token = Files.writeString(temp.resolve("token"), JiraEmulator.TOKEN);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Trace62304.class.getName()));
        command.addAll(List.of(args));
        command.addAll(
                List.of("--jira", jira.uri().toString(), "--jira-token-file", token.toString(), "--project", "MED"));
        Path out = temp.resolve("out.txt");
        Path err = temp.resolve("err.txt");
        // stdout through a pipe, as in `trace62304 jira plan | less`; stderr to a file so the pipe cannot block
        Process process = new ProcessBuilder(command)
                .redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.PIPE)
                .start();
        process.getOutputStream().close();
        byte[] printed = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        Files.write(out, printed);
        return new Run(process.exitValue(), new String(printed, StandardCharsets.UTF_8), Files.readString(err));
    }
}
