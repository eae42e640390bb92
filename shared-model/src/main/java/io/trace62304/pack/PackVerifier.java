package io.trace62304.pack;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import io.trace62304.report.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks an evidence pack as a buyer receives it: {@value PackManifest#FILE} is bound to the given baseline digest,
 * every file it lists is there with its SHA-256 and size, and nothing else is in the directory. Each problem is one
 * line naming the file.
 */
public final class PackVerifier {
    /** A pack is flat: plain file names only, so a manifest cannot point outside its directory. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public List<String> verify(final Path directory, final String baselineDigest) {
        Path file = directory.resolve(PackManifest.FILE);
        List<String> problems = new ArrayList<>();
        try {
            JsonNode manifest = SecureJson.read(file, ReportLimits.DEFAULT);
            if (!PackManifest.SCHEMA.equals(manifest.path("schema").asText())) {
                return List.of(file + ": not a " + PackManifest.SCHEMA + " manifest");
            }
            String bound = manifest.path("baselineDigest").asText("");
            if (!bound.equals(baselineDigest)) {
                problems.add(file + ": the pack was made from baseline " + bound + ", not from " + baselineDigest);
            }
            Set<String> listed = new TreeSet<>();
            for (JsonNode entry : manifest.path("files")) {
                String name = entry.path("path").asText("");
                if (!NAME.matcher(name).matches() || name.equals(PackManifest.FILE)) {
                    problems.add(file + ": lists '" + name + "', which is not a file name of the pack");
                    continue;
                }
                listed.add(name);
                check(directory.resolve(name), entry, problems);
            }
            try (Stream<Path> present = Files.list(directory)) {
                present.map(p -> p.getFileName().toString())
                        .filter(name -> !name.equals(PackManifest.FILE) && !listed.contains(name))
                        .sorted()
                        .forEach(name -> problems.add(directory.resolve(name) + ": not listed in the manifest"));
            }
        } catch (ReportException e) {
            problems.add(e.getMessage());
        } catch (IOException e) {
            problems.add(directory + ": cannot read the pack: " + e.getMessage());
        }
        return problems;
    }

    private static void check(final Path file, final JsonNode entry, final List<String> problems) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(file + ": listed in the manifest, but missing (or not a regular file)");
            return;
        }
        String sha256 = Sha256.of(file);
        if (!sha256.equals(entry.path("sha256").asText())
                || Files.size(file) != entry.path("size").asLong(-1)) {
            problems.add(file + ": changed since the pack was made (SHA-256 " + sha256 + ", the manifest records "
                    + entry.path("sha256").asText() + ")");
        }
    }
}
