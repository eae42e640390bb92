package io.trace62304.cli;

import io.trace62304.item.ItemSource;
import io.trace62304.item.ItemSourceException;
import io.trace62304.itemfile.ItemFiles;
import io.trace62304.pack.EvidencePack;
import io.trace62304.pack.PackContent;
import io.trace62304.pack.PackManifest;
import io.trace62304.pack.PackRefusedException;
import io.trace62304.pack.PackSources;
import io.trace62304.render.SbomVersion;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trace62304 pack}: the evidence pack of a release, from its sealed baseline (shared-model's pack). */
@Command(
        name = "pack",
        mixinStandardHelpOptions = true,
        description = {
            "Writes the evidence pack of a release from its sealed baseline (verified first): software requirements"
                    + " with their text, traceability matrix, SOUP list, release notes, development and maintenance"
                    + " plan skeleton, as HTML, with the SBOM and pack-manifest.json (docs/outputs.md).",
            "Exit codes: 0 written; 1 a baseline does not verify (nothing written); 2 usage or unreadable input."
        })
final class PackCommand implements Callable<Integer> {
    /** Exit code when a baseline does not verify. */
    static final int REFUSED = 1;

    @Spec
    private CommandSpec spec;

    @Option(names = "--baseline", required = true, paramLabel = "FILE", description = "The sealed baseline.json.")
    private Path baseline;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where the pack is written.")
    private Path out;

    @Option(
            names = "--items",
            paramLabel = "FILE",
            description = "The item source (YAML items file or saved Jira search, .json): the text of items whose"
                    + " baseline was sealed without it.")
    private Path items;

    @Option(
            names = "--previous",
            paramLabel = "BASELINE",
            description = "The previous release's baseline: the release notes list the changes since it.")
    private Path previous;

    @Option(
            names = "--policy",
            paramLabel = "FILE",
            description = "The policy the release was decided under (default: the default policy); the baseline's"
                    + " recorded policy digest must match.")
    private Path policy;

    @Mixin
    private SbomVersionOption sbomVersion = new SbomVersionOption();

    @Override
    public Integer call() throws ReportException, IOException {
        SbomVersion sbom;
        try {
            sbom = sbomVersion.version();
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return Trace62304.BAD_INPUT;
        }
        Optional<ItemSource> source = Optional.ofNullable(items).map(ItemFiles::of);
        PackContent content;
        try {
            content = new PackSources()
                    .load(baseline, Optional.ofNullable(previous), source, Optional.ofNullable(policy));
        } catch (PackRefusedException e) {
            PrintWriter err = spec.commandLine().getErr();
            e.problems().forEach(err::println);
            err.println("trace62304: no evidence pack is made from a baseline that does not verify");
            return REFUSED;
        } catch (ItemSourceException e) {
            spec.commandLine().getErr().println("trace62304: " + e.getMessage());
            return Trace62304.BAD_INPUT;
        }
        PackManifest manifest = new EvidencePack(sbom).write(content, out);
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("evidence pack of " + manifest.baselineDigest() + ": "
                + manifest.files().size() + " file(s) and " + PackManifest.FILE + " in " + out);
        stdout.println("open " + out.resolve("index.html"));
        return Trace62304.OK;
    }
}
