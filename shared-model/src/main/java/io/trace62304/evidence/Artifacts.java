package io.trace62304.evidence;

import io.trace62304.ingest.ReportFiles;
import io.trace62304.report.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Hashes the shipped files (5.8.4, 5.8.7); a pattern that names no file is an error, never silently nothing. */
public final class Artifacts {
    private Artifacts() {}

    public static List<BuildInfo.Artifact> hash(final List<String> patterns, final Path base) throws IOException {
        List<BuildInfo.Artifact> artifacts = new ArrayList<>();
        for (String pattern : patterns) {
            List<Path> files = ReportFiles.expand(pattern, base).files();
            if (files.isEmpty() || !Files.isRegularFile(files.get(0))) {
                throw new IOException("artifact " + pattern + ": no such file");
            }
            for (Path file : files) {
                String path = base.relativize(file.toAbsolutePath().normalize())
                        .toString()
                        .replace('\\', '/');
                artifacts.add(new BuildInfo.Artifact(path, Sha256.of(file), Files.size(file)));
            }
        }
        return artifacts;
    }
}
