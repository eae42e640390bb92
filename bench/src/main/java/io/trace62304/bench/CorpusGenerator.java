package io.trace62304.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a large synthetic corpus shaped like a real medical-device pipeline: Surefire-style JUnit files
 * (passes, failures with stack traces, skips, flaky reruns, trace properties, some captured output) and one
 * Dependency-Check JSON report. Deterministic for a given seed.
 */
public final class CorpusGenerator {
    private final Random random;

    /** @param seed the random seed; the same seed writes the same bytes */
    public CorpusGenerator(final long seed) {
        this.random = new Random(seed);
    }

    /**
     * Writes {@code files} JUnit files of {@code casesPerFile} test cases each.
     *
     * @param dir          target directory
     * @param files        how many files
     * @param casesPerFile test cases per file
     * @return the expected number of failed cases, so a reader of the corpus can be checked
     * @throws IOException if a file cannot be written
     */
    public long writeJUnit(final Path dir, final int files, final int casesPerFile) throws IOException {
        Files.createDirectories(dir);
        long failed = 0;
        for (int f = 0; f < files; f++) {
            Path file = dir.resolve(String.format(Locale.ROOT, "TEST-com.example.pump.module%04d.SuiteTest.xml", f));
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                failed += writeSuite(out, f, casesPerFile);
            }
        }
        return failed;
    }

    private long writeSuite(final Writer out, final int index, final int cases) throws IOException {
        String className = "com.example.pump.module" + index + ".SuiteTest";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite xmlns:xsi=\"http://www.w3.org/2001/"
                + "XMLSchema-instance\" name=\"" + className + "\" time=\"12.5\" tests=\"" + cases
                + "\" errors=\"0\" skipped=\"0\" failures=\"0\">\n  <properties>\n"
                + "    <property name=\"java.version\" value=\"17.0.15\"/>\n"
                + "    <property name=\"surefire.test.class.path\" value=\"/build/classes:/build/test-classes\"/>\n"
                + "  </properties>\n");
        long failed = 0;
        for (int c = 0; c < cases; c++) {
            failed += writeCase(out, className, index, c);
        }
        out.write("</testsuite>\n");
        return failed;
    }

    private int writeCase(final Writer out, final String className, final int suite, final int index)
            throws IOException {
        int roll = random.nextInt(100);
        out.write("  <testcase name=\"shouldVerifyRiskControl" + index + "ForRate" + random.nextInt(1000)
                + "\" classname=\"" + className + "\" time=\"0." + random.nextInt(1000) + "\">\n");
        out.write("    <properties><property name=\"verifies\" value=\"PUMP-" + (suite * 7 + index) % 20000
                + "\"/></properties>\n");
        int failed = 0;
        if (roll < 3) {
            out.write("    <failure message=\"expected: &lt;" + index + "&gt; but was: &lt;0&gt;\" type=\""
                    + "org.opentest4j.AssertionFailedError\">" + stackTrace(className) + "</failure>\n");
            failed = 1;
        } else if (roll < 5) {
            out.write("    <skipped message=\"hardware-in-the-loop rig not attached\"/>\n");
        } else if (roll < 7) {
            out.write("    <flakyFailure message=\"timeout\" type=\"java.util.concurrent.TimeoutException\">\n"
                    + "      <stackTrace>" + stackTrace(className) + "</stackTrace>\n    </flakyFailure>\n");
        }
        if (roll % 2 == 0) {
            out.write("    <system-out><![CDATA[");
            for (int line = 0; line < 10; line++) {
                out.write("12:00:0" + line + ".123 [main] INFO  c.e.p.PumpController - state: rate="
                        + random.nextInt(500) + " ml/h, volume=" + random.nextInt(1000) + " ml, alarms=none\n");
            }
            out.write("]]></system-out>\n");
        }
        out.write("  </testcase>\n");
        return failed;
    }

    private static String stackTrace(final String className) {
        StringBuilder trace = new StringBuilder("org.opentest4j.AssertionFailedError: expected\n");
        for (int i = 0; i < 12; i++) {
            trace.append("\tat ")
                    .append(className)
                    .append(".method")
                    .append(i)
                    .append("(SuiteTest.java:")
                    .append(40 + i)
                    .append(")\n");
        }
        return trace.toString();
    }

    /**
     * Writes a Dependency-Check JSON report.
     *
     * @param file            the report to write
     * @param dependencies    how many dependencies
     * @param vulnerabilities how many vulnerabilities, spread over the dependencies
     * @throws IOException if it cannot be written
     */
    public void writeDependencyCheck(final Path file, final int dependencies, final int vulnerabilities)
            throws IOException {
        Files.createDirectories(file.getParent());
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(
                    "{\"reportSchema\":\"1.1\",\"scanInfo\":{\"engineVersion\":\"12.1.0\",\"dataSource\":[]},"
                            + "\"projectInfo\":{\"name\":\"pump\",\"reportDate\":\"2026-11-20T10:00:00Z\"},\"dependencies\":[\n");
            for (int d = 0; d < dependencies; d++) {
                if (d > 0) {
                    out.write(",\n");
                }
                int count = vulnerabilities / dependencies + (d < vulnerabilities % dependencies ? 1 : 0);
                writeDependency(out, d, count);
            }
            out.write("]}\n");
        }
    }

    private void writeDependency(final Writer out, final int index, final int vulnerabilities) throws IOException {
        out.write("{\"isVirtual\":false,\"fileName\":\"lib" + index + "-1." + index % 10 + ".jar\",\"filePath\":"
                + "\"/build/lib/lib" + index + ".jar\",\"md5\":\"" + hex(32) + "\",\"sha1\":\"" + hex(40)
                + "\",\"sha256\":\"" + hex(64) + "\",\"license\":\"Apache-2.0\",\"packages\":[{\"id\":"
                + "\"pkg:maven/org.example/lib" + index + "@1." + index % 10 + "\",\"confidence\":\"HIGHEST\"}],"
                + "\"vulnerabilities\":[");
        for (int v = 0; v < vulnerabilities; v++) {
            if (v > 0) {
                out.write(',');
            }
            double score = 1 + random.nextInt(90) / 10.0;
            out.write("{\"source\":\"NVD\",\"name\":\"CVE-2026-" + (index * 10 + v) + "\",\"severity\":\"HIGH\","
                    + "\"cvssv3\":{\"baseScore\":" + score + ",\"baseSeverity\":\"HIGH\"},\"cwes\":[\"CWE-79\"],"
                    + "\"description\":\"A crafted input to lib" + index + " may cause a denial of service.\"}");
        }
        out.write("]}");
    }

    /**
     * Writes a saved Jira search (Data Center shape, expand=names) of {@code items} issues with about
     * {@code links} issue links: 50 software items of mixed classes, then requirements, risk controls and problem
     * reports linked among themselves and to a software item, and one SOUP item per Dependency-Check dependency.
     *
     * @param file         the search result to write
     * @param items        how many issues, keys PUMP-0 to PUMP-(items-1)
     * @param links        how many links in all, spread over the non-SOUP items
     * @param dependencies how many SOUP items (matching {@link #writeDependencyCheck})
     * @throws IOException if it cannot be written
     */
    public void writeItems(final Path file, final int items, final int links, final int dependencies)
            throws IOException {
        Files.createDirectories(file.getParent());
        int soupFrom = items - dependencies;
        int perItem = links / Math.max(1, soupFrom);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"startAt\":0,\"maxResults\":" + items + ",\"total\":" + items + ",\"names\":{\"summary\":"
                    + "\"Summary\",\"customfield_1\":\"Safety Class\",\"customfield_2\":\"SOUP Version\","
                    + "\"customfield_3\":\"Package URL\",\"customfield_4\":\"Risk Evaluation\",\"customfield_5\":"
                    + "\"Vulnerability Assessment\"},\"issues\":[\n");
            for (int i = 0; i < items; i++) {
                out.write(i > 0 ? ",\n" : "");
                writeIssue(out, i, soupFrom, perItem);
            }
            out.write("]}\n");
        }
    }

    private void writeIssue(final Writer out, final int index, final int soupFrom, final int perItem)
            throws IOException {
        String type = index < 50
                ? "Software Item"
                : index >= soupFrom
                        ? "SOUP Item"
                        : new String[] {"Software Requirement", "Risk Control", "Software Problem Report"}[index % 3];
        StringBuilder fields = new StringBuilder();
        if (index < 50) {
            fields.append(",\"customfield_1\":{\"value\":\"")
                    .append("ABC".charAt(index % 3))
                    .append("\"}");
        }
        if (index >= soupFrom) {
            int lib = index - soupFrom;
            fields.append(",\"customfield_2\":\"1.")
                    .append(lib % 10)
                    .append("\",\"customfield_3\":\"pkg:maven/" + "org.example/lib")
                    .append(lib)
                    .append("@1.")
                    .append(lib % 10)
                    .append("\",\"customfield_5\":\"CVE-2026-")
                    .append(lib * 10)
                    .append(": not affected - not reachable\"");
        }
        if (type.equals("Software Problem Report")) {
            fields.append(",\"customfield_4\":\"no hazardous situation\"");
        }
        out.write("{\"key\":\"PUMP-" + index + "\",\"fields\":{\"summary\":\"" + type + " " + index
                + "\",\"issuetype\":{\"name\":\"" + type + "\"},\"status\":{\"name\":\"Deferred\",\"statusCategory\":"
                + "{\"key\":\"indeterminate\"}},\"updated\":\"2026-11-01T10:00:00.000+0000\"" + fields
                + ",\"issuelinks\":[");
        if (index >= 50 && index < soupFrom) {
            out.write("{\"type\":{\"name\":\"Implements\"},\"inwardIssue\":{\"key\":\"PUMP-" + index % 50 + "\"}}");
            for (int l = 1; l < perItem; l++) {
                out.write(",{\"type\":{\"name\":\"Mitigates\"},\"outwardIssue\":{\"key\":\"PUMP-"
                        + (50 + random.nextInt(soupFrom - 50)) + "\"}}");
            }
        }
        out.write("]}}");
    }

    private String hex(final int length) {
        StringBuilder hex = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            hex.append(Character.forDigit(random.nextInt(16), 16));
        }
        return hex.toString();
    }
}
