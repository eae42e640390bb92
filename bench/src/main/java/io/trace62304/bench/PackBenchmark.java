package io.trace62304.bench;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.BaselineCodec;
import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemLink;
import io.trace62304.item.ItemType;
import io.trace62304.junit.TestOutcome;
import io.trace62304.pack.EvidencePack;
import io.trace62304.pack.PackContent;
import io.trace62304.pack.PackManifest;
import io.trace62304.pack.PackSources;
import io.trace62304.testing.BaselineBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The evidence pack of a large release: a sealed baseline of N software requirements (each with a text, implemented
 * by one of 50 software items and verified by one passing test) and N/10 hazards with a risk control each, written
 * as HTML and PDF. Usage: {@code PackBenchmark DIR [requirements]}; prints the time to verify and read the baseline,
 * to write the pack, and each file's size.
 */
public final class PackBenchmark {
    private PackBenchmark() {}

    public static void main(final String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/pack-bench");
        int requirements = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Files.createDirectories(dir);
        Path file = dir.resolve("baseline.json");
        BaselineCodec codec = new BaselineCodec();
        codec.write(codec.seal(baseline(requirements)), file);

        long start = System.nanoTime();
        PackContent content = new PackSources().load(file, Optional.empty(), Optional.empty(), Optional.empty());
        long loaded = System.nanoTime();
        PackManifest manifest = new EvidencePack().write(content, dir.resolve("pack"));
        long written = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "%,d requirements, %,d hazards: verify and read %.1f s, write the pack %.1f s; max heap %d MB,"
                        + " %d cores%n",
                requirements,
                requirements / 10,
                (loaded - start) / 1e9,
                (written - loaded) / 1e9,
                Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors());
        manifest.files()
                .forEach(entry -> System.out.printf(Locale.ROOT, "  %-22s %,12d bytes%n", entry.path(), entry.size()));
    }

    private static Baseline baseline(final int requirements) {
        BaselineBuilder builder = BaselineBuilder.baseline();
        for (int i = 0; i < 50; i++) {
            builder.item(BaselineBuilder.softwareItem("SI-" + i, i % 3 == 0 ? "C" : "B"));
        }
        for (int i = 0; i < requirements; i++) {
            String key = "REQ-" + i;
            List<ItemLink> links = List.of(new ItemLink("Implements", ItemLink.Direction.INWARD, "SI-" + (i % 50)));
            builder.item(new Item(
                    key,
                    ItemType.REQUIREMENT,
                    "Requirement " + i + " of the infusion control",
                    "Approved",
                    false,
                    "2026-11-01T10:00:00Z",
                    Map.of(
                            ItemField.DESCRIPTION,
                            "The software shall check input " + i
                                    + " against the drug library limits within 10 ms, refuse a value outside them and"
                                    + " log the refusal with the clinician's entry."),
                    links));
            builder.test(key + " is checked", TestOutcome.PASSED, key);
        }
        for (int i = 0; i < requirements / 10; i++) {
            builder.item(new Item(
                    "HAZ-" + i,
                    ItemType.HAZARD,
                    "Hazard " + i,
                    "Open",
                    false,
                    "2026-11-01T10:00:00Z",
                    Map.of(ItemField.HAZARD_SEVERITY, "Serious injury or death"),
                    List.of(new ItemLink("Mitigates", ItemLink.Direction.INWARD, "RC-" + i))));
            builder.item(new Item(
                    "RC-" + i,
                    ItemType.RISK_CONTROL,
                    "Risk control " + i,
                    "Implemented",
                    false,
                    "2026-11-01T10:00:00Z",
                    Map.of(),
                    List.of(
                            new ItemLink("Mitigates", ItemLink.Direction.OUTWARD, "HAZ-" + i),
                            new ItemLink("Implements", ItemLink.Direction.INWARD, "REQ-" + i * 10))));
        }
        return builder.assemble();
    }
}
