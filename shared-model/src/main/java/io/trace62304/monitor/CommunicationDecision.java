package io.trace62304.monitor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recorded 6.2.5 communication decision about one vulnerability of a released version, e.g. {@code users informed
 * 2026-12-02 (FSN-2026-07); regulator not required - no hazardous situation (RMF-12)}. It is complete when it says
 * for users and for regulators whether they are informed, and every "not required" gives its rationale.
 */
record CommunicationDecision(String text) {
    private static final Pattern NOT_REQUIRED =
            Pattern.compile("\\b(not required|not needed|not informed|none required|no)\\b([^;]*)");
    private static final Pattern REASON = Pattern.compile("[\\p{L}\\p{N}]{3,}");

    /** @return what the decision still lacks (empty when it is complete), for a finding's action */
    List<String> gaps() {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> gaps = new ArrayList<>();
        if (!lower.contains("user") && !lower.contains("customer")) {
            gaps.add("whether users are informed");
        }
        if (!lower.contains("regulat") && !lower.contains("authorit") && !lower.contains("notified body")) {
            gaps.add("whether regulators are informed");
        }
        for (String part : lower.split(";")) {
            Matcher negative = NOT_REQUIRED.matcher(part);
            if (negative.find() && !REASON.matcher(negative.group(2)).find()) {
                gaps.add("the rationale for '" + part.strip() + "'");
            }
        }
        return gaps;
    }
}
