package io.trace62304.monitor;

import io.trace62304.item.Item;
import io.trace62304.item.ItemField;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemType;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The 6.2.5 communication decisions recorded on problem reports (e.g. those {@code monitor --link-back} opens), as
 * {@code ID: text} lines ({@link ItemNotes}): a problem report's {@code Communication Decision} field either holds
 * such lines, or plain text about the vulnerabilities its summary names.
 */
final class ProblemReportDecisions {
    private static final Pattern VULNERABILITY_ID =
            Pattern.compile("\\b(CVE-\\d{4}-\\d{4,}|GHSA(-[23456789cfghjmpqrvwx]{4}){3})\\b");
    private static final Pattern ID_LINE = Pattern.compile("(?m)^\\s*[-*]?\\s*[A-Za-z][A-Za-z0-9._-]*\\s*:");

    private ProblemReportDecisions() {}

    /** @return the decisions of every problem report among the current items, one {@code ID: text} a line */
    static String of(final Optional<ItemSet> items) {
        if (items.isEmpty()) {
            return "";
        }
        StringBuilder lines = new StringBuilder();
        for (Item report : items.get().ofType(ItemType.PROBLEM_REPORT)) {
            Optional<String> decision = report.field(ItemField.COMMUNICATION_DECISION);
            if (decision.isEmpty()) {
                continue;
            }
            if (ID_LINE.matcher(decision.get()).find()) {
                lines.append(decision.get()).append('\n');
                continue;
            }
            String text = decision.get().replaceAll("\\s*\\R\\s*", " ");
            Matcher id = VULNERABILITY_ID.matcher(report.summary());
            while (id.find()) {
                lines.append(id.group(1)).append(": ").append(text).append('\n');
            }
        }
        return lines.toString();
    }
}
