package io.jenkins.plugins.trace62304;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import hudson.FilePath;

/** The committed sample workspace (items, passing and failing JUnit reports, JaCoCo, an SBOM, a broken policy). */
final class Workspaces {
    static final List<String> FILES = List.of("items.yaml", "jacoco.xml", "bom.json", "broken-policy.yaml",
            "reports/TEST-com.example.pump.BolusTest.xml", "failing/TEST-com.example.pump.BolusTest.xml");

    private Workspaces() {
    }

    static void copyTo(final FilePath workspace) throws IOException, InterruptedException {
        for (String file : FILES) {
            try (InputStream in = Workspaces.class.getResourceAsStream("workspace/" + file)) {
                workspace.child(file).copyFrom(in);
            }
        }
    }

    /** Groovy statements that write the sample workspace where the step runs (on any agent). */
    static String writeFileSteps() throws IOException {
        StringBuilder script = new StringBuilder();
        for (String file : FILES) {
            try (InputStream in = Workspaces.class.getResourceAsStream("workspace/" + file)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                script.append("writeFile file: '").append(file).append("', text: '''").append(text.replace("\\", "\\\\"))
                        .append("'''\n");
            }
        }
        return script.toString();
    }
}
