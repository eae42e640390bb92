package io.trace62304.bench;

import com.ctc.wstx.stax.WstxInputFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.trace62304.depcheck.DependencyCheckJsonParser;
import io.trace62304.depcheck.DependencyCheckReport;
import io.trace62304.junit.JUnitParser;
import io.trace62304.junit.JUnitReport;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dom4j.DocumentException;
import org.dom4j.io.SAXReader;

/**
 * Ingestion throughput, reported as ratios against baselines measured in the same run on the same bytes:
 * a bare StAX pass (the floor: every event read, nothing kept) and a dom4j DOM parse (what the Jenkins
 * JUnit plugin does). Our parser keeps every test case in memory for the whole pass, so the heap figure is
 * that of the complete parsed corpus. Usage: {@code IngestionBenchmark DIR [files casesPerFile rounds]}.
 */
public final class IngestionBenchmark {
    private IngestionBenchmark() {}

    /**
     * @param args corpus directory, then optionally file count, cases per file and measured rounds
     * @throws Exception if the corpus cannot be written or read
     */
    public static void main(final String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/corpus");
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 2000;
        int cases = args.length > 2 ? Integer.parseInt(args[2]) : 100;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        Path junit = dir.resolve("junit");
        Path depcheck = dir.resolve("dependency-check-report.json");
        CorpusGenerator generator = new CorpusGenerator(62304);
        long expectedFailed = generator.writeJUnit(junit, files, cases);
        generator.writeDependencyCheck(depcheck, 1500, 3000);
        List<Path> reports = list(junit);
        long bytes = 0;
        for (Path report : reports) {
            bytes += Files.size(report);
        }
        System.out.printf(
                Locale.ROOT,
                "corpus: %d JUnit files, %d test cases, %.1f MB; max heap %d MB%n",
                reports.size(),
                (long) files * cases,
                bytes / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);

        double stax = best(rounds, () -> barePass(reports));
        double ours = best(rounds, () -> ourParse(reports, expectedFailed));
        double dom = best(rounds, () -> domParse(reports));
        System.out.printf(Locale.ROOT, "bare StAX pass : %7.0f ms  %6.1f MB/s%n", stax, bytes / 1e3 / stax);
        System.out.printf(
                Locale.ROOT,
                "Trace62304     : %7.0f ms  %6.1f MB/s  = %.0f %% of bare StAX (target >= 60 %%)%n",
                ours,
                bytes / 1e3 / ours,
                100 * stax / ours);
        double domRecords = best(rounds, () -> domParseToRecords(reports, expectedFailed));
        System.out.printf(
                Locale.ROOT,
                "dom4j DOM      : %7.0f ms  %6.1f MB/s  -> Trace62304 is %.2fx the DOM parse (target >= 3x)%n",
                dom,
                bytes / 1e3 / dom,
                dom / ours);
        System.out.printf(
                Locale.ROOT,
                "dom4j + records: %7.0f ms  %6.1f MB/s  -> Trace62304 is %.2fx a DOM parse that also builds "
                        + "the case records, as the Jenkins JUnit plugin does%n",
                domRecords,
                bytes / 1e3 / domRecords,
                domRecords / ours);
        System.out.printf(
                Locale.ROOT,
                "heap after retaining all %d parsed cases: %d MB used%n",
                (long) files * cases,
                retainedHeapMb(reports));

        double tree = best(rounds, () -> jacksonTree(depcheck));
        double scan = best(rounds, () -> dependencyCheck(depcheck));
        System.out.printf(
                Locale.ROOT,
                "Dependency-Check JSON (1,500 dependencies, 3,000 vulnerabilities): %.0f ms, %.2fx a bare "
                        + "Jackson tree read (%.0f ms)%n",
                scan,
                scan / tree,
                tree);
    }

    private static double best(final int rounds, final Runnable task) {
        task.run(); // warm-up
        double best = Double.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            task.run();
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
        }
        return best;
    }

    private static void barePass(final List<Path> reports) {
        // the same reader and safety settings as io.trace62304.xml.SecureXml, without any work per event
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        for (Path report : reports) {
            try (InputStream in = Files.newInputStream(report)) {
                XMLStreamReader reader = factory.createXMLStreamReader(in);
                while (reader.hasNext()) {
                    reader.next();
                }
                reader.close();
            } catch (IOException | XMLStreamException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Like the baselines, each file's record is dropped once counted; {@link #retainedHeapMb} keeps them all. */
    private static void ourParse(final List<Path> reports, final long expectedFailed) {
        JUnitParser parser = new JUnitParser();
        long failed = 0;
        for (Path report : reports) {
            try {
                failed += parser.parse(report).counts().failed();
            } catch (ReportException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        if (failed != expectedFailed) {
            throw new IllegalStateException("parsed " + failed + " failures, the generator wrote " + expectedFailed);
        }
    }

    private static List<JUnitReport> parseAll(final List<Path> reports) {
        JUnitParser parser = new JUnitParser();
        List<JUnitReport> parsed = new ArrayList<>(reports.size());
        for (Path report : reports) {
            try {
                parsed.add(parser.parse(report));
            } catch (ReportException e) {
                throw new IllegalStateException(e.getMessage(), e);
            }
        }
        return parsed;
    }

    private static void domParse(final List<Path> reports) {
        SAXReader reader = new SAXReader();
        for (Path report : reports) {
            try {
                reader.read(report.toFile());
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Parses with dom4j, then walks the tree into outcome counts and kept texts, like a DOM-based plugin. */
    private static void domParseToRecords(final List<Path> reports, final long expectedFailed) {
        SAXReader reader = new SAXReader();
        long failed = 0;
        List<String> kept = new ArrayList<>();
        for (Path report : reports) {
            try {
                org.dom4j.Element suite = reader.read(report.toFile()).getRootElement();
                for (org.dom4j.Element test : suite.elements("testcase")) {
                    kept.add(test.attributeValue("classname") + "." + test.attributeValue("name"));
                    kept.add(test.elementText("system-out"));
                    if (test.element("failure") != null) {
                        failed++;
                        kept.add(test.element("failure").getText());
                    }
                }
            } catch (DocumentException e) {
                throw new IllegalStateException(e);
            }
        }
        if (failed != expectedFailed || kept.isEmpty()) {
            throw new IllegalStateException("DOM walk found " + failed + " failures");
        }
    }

    private static long retainedHeapMb(final List<Path> reports) {
        List<JUnitReport> parsed = parseAll(reports);
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        long used = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        if (parsed.isEmpty()) {
            throw new IllegalStateException("nothing parsed");
        }
        return used;
    }

    private static void jacksonTree(final Path file) {
        try {
            new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dependencyCheck(final Path file) {
        try {
            DependencyCheckReport report = new DependencyCheckJsonParser().parse(file);
            if (report.vulnerabilityCount() != 3000) {
                throw new IllegalStateException("read " + report.vulnerabilityCount() + " vulnerabilities");
            }
        } catch (ReportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static List<Path> list(final Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }
}
