package io.trace62304.evidence;

import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The commits since the previous release, as {@code git log --format='%H %s' PREVIOUS..RELEASE} writes them: one
 * line per commit, the full or abbreviated hash, a space or tab, the subject. Blank lines are skipped; any other
 * line, a repeated commit or a file that is not UTF-8 is refused with its line, since a commit list that was
 * read in part would let an untraced change through.
 */
public final class CommitLog {
    private static final Pattern LINE = Pattern.compile("([0-9a-f]{7,64})(?:[ \\t]+(.*))?");
    private static final int MAX_COMMITS = 100_000;

    private CommitLog() {}

    public static List<Commit> read(final Path file, final ReportLimits limits) throws ReportException {
        limits.checkFile(file);
        List<Commit> commits = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                Matcher matcher = LINE.matcher(line.strip());
                if (!matcher.matches()) {
                    throw new ReportException(
                            file.toString(),
                            number,
                            1,
                            "not a commit line ('HASH SUBJECT', as git log --format='%H %s')",
                            null);
                }
                if (!seen.add(matcher.group(1))) {
                    throw new ReportException(
                            file.toString(), number, 1, "commit " + matcher.group(1) + " is listed twice", null);
                }
                if (commits.size() == MAX_COMMITS) {
                    throw new ReportException(file, "lists more than " + MAX_COMMITS + " commits");
                }
                String subject =
                        matcher.group(2) == null ? "" : matcher.group(2).strip();
                commits.add(new Commit(matcher.group(1), subject.length() > 500 ? subject.substring(0, 500) : subject));
            }
        } catch (CharacterCodingException e) {
            throw new ReportException(file, "is not UTF-8 text", e);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
        return commits;
    }
}
