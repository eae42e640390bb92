package io.trace62304.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks that a baseline file is exactly what was sealed: its digest matches its content, the file is in
 * canonical form byte for byte, and (when given) it chains to the previous baseline.
 */
public final class BaselineVerifier {
    private final BaselineCodec codec = new BaselineCodec();

    /**
     * A verified baseline as read: what is wrong with it, and its content (from the one read that verified it; empty
     * when it could not be read at all).
     */
    public record Verified(List<String> problems, Optional<SealedBaseline> sealed) {
        public Verified {
            problems = List.copyOf(problems);
            Objects.requireNonNull(sealed);
        }

        /** @return whether the baseline is intact */
        public boolean isIntact() {
            return problems.isEmpty() && sealed.isPresent();
        }
    }

    /** The problems found; an empty list means the baseline is intact. */
    public List<String> verify(final Path file, final Optional<Path> previous) {
        return check(file, previous).problems();
    }

    /** Verifies the baseline and keeps what it read, so that a caller need not read it a second time. */
    public Verified check(final Path file, final Optional<Path> previous) {
        List<String> problems = new ArrayList<>();
        SealedBaseline read = null;
        try {
            ReportLimits.DEFAULT.checkFile(file); // a FIFO, a device or a huge file is refused before reading
            byte[] bytes = Files.readAllBytes(file);
            JsonNode root = SecureJson.read(file, ReportLimits.DEFAULT);
            SealedBaseline sealed = codec.fromTree(file, root);
            read = sealed;
            // the digest covers everything but itself: taken out for hashing, put back for the byte comparison
            // (the canonical form sorts members, so where it goes back does not matter)
            ObjectNode content = (ObjectNode) root;
            JsonNode recorded = content.remove(BaselineCodec.DIGEST);
            String actual = BaselineCodec.digestOf(content);
            if (recorded != null) {
                content.set(BaselineCodec.DIGEST, recorded);
            }
            if (sealed.digest().isEmpty()) {
                problems.add(file + ": the baseline carries no digest");
            } else if (!actual.equals(sealed.digest())) {
                problems.add(file + ": the content does not match its digest (recorded " + sealed.digest()
                        + ", computed " + actual + "): the baseline was changed after it was sealed");
            }
            byte[] canonical = CanonicalJson.bytes(root);
            int at = Arrays.mismatch(bytes, canonical);
            if (at >= 0) {
                problems.add(file + ": the file is not in canonical form from byte " + at
                        + " on: it was edited after it was written");
            }
            previous.ifPresent(p -> checkChain(sealed, p, problems));
        } catch (ReportException e) {
            problems.add(e.getMessage());
        } catch (IllegalArgumentException e) {
            // a number (2^60, 1e400) or value that has no RFC 8785 canonical form: never written by trace62304
            problems.add(file + ": the baseline holds a value no sealed baseline can hold (" + e.getMessage()
                    + "): it was not written by trace62304 or was altered");
        } catch (IOException e) {
            problems.add(file + ": cannot read the file: " + e.getMessage());
        }
        return new Verified(problems, Optional.ofNullable(read));
    }

    private void checkChain(final SealedBaseline sealed, final Path previous, final List<String> problems) {
        try {
            verify(previous, Optional.empty()).forEach(problem -> problems.add("previous baseline: " + problem));
            SealedBaseline before = codec.read(previous);
            if (!before.digest().equals(sealed.baseline().previousDigest())) {
                problems.add("the baseline names previous digest '"
                        + sealed.baseline().previousDigest() + "', but " + previous + " has digest " + before.digest());
            }
        } catch (ReportException e) {
            problems.add(e.getMessage());
        }
    }
}
