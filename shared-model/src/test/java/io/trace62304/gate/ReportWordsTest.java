package io.trace62304.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.baseline.ItemState;
import io.trace62304.trace.VerificationStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The word index finds exactly the reports the "id as a word" expression finds, in key order. */
class ReportWordsTest {
    private static final List<String> SUMMARIES = List.of(
            "CVE-2022-42889: Commons Text interpolation reachable from log input",
            "cve-2022-42889 again, lower case",
            "xCVE-2022-42889 is part of a longer word",
            "CVE-2022-428890 is a longer number",
            "CVE-2022-42889-1 continues with a dash",
            "see (CVE-2022-42889), in brackets",
            "\u00e9CVE-2022-42889\u00e9 between non-ASCII letters",
            "CVE-2022-42889",
            "pyup.io-45185 and GHSA-abcd-efgh-ijkl",
            "nothing here");

    private static final List<String> IDS = List.of(
            "CVE-2022-42889",
            "cve-2022-42889",
            "CVE-2022-428890",
            "pyup.io-45185",
            "GHSA-ABCD-EFGH-IJKL",
            "io",
            "CVE-2022",
            "42889",
            "",
            " ",
            "CVE-2022-42889-1",
            "\u00e9");

    private static ItemState report(final int number, final String summary, final boolean done) {
        return new ItemState(
                "MED-" + number,
                "Software Problem Report",
                summary,
                done ? "Closed" : "Open",
                done,
                "C",
                "",
                "",
                Map.of(),
                List.of(),
                VerificationStatus.UNTRACED);
    }

    private static List<String> expected(final List<ItemState> reports, final String id) {
        Pattern named = Pattern.compile(
                "(?<![\\p{Alnum}-])" + Pattern.quote(id) + "(?![\\p{Alnum}-])", Pattern.CASE_INSENSITIVE);
        return reports.stream()
                .filter(report -> named.matcher(report.summary()).find())
                .map(ItemState::key)
                .sorted(io.trace62304.item.IssueKeys.ORDER)
                .toList();
    }

    @Test
    void shouldFindAnIdOnlyAsAWholeWordIgnoringCase() {
        List<ItemState> reports = new ArrayList<>();
        for (int i = SUMMARIES.size() - 1; i >= 0; i--) {
            reports.add(report(i + 1, SUMMARIES.get(i), false));
        }
        ReportWords words = new ReportWords(reports);

        assertThat(words.naming("CVE-2022-42889").stream().map(ItemState::key))
                .containsExactly("MED-1", "MED-2", "MED-6", "MED-7", "MED-8");
        assertThat(words.naming("pyup.io-45185").stream().map(ItemState::key)).containsExactly("MED-9");
        assertThat(words.naming("GHSA-ABCD-EFGH-IJKL").stream().map(ItemState::key))
                .containsExactly("MED-9");
        for (String id : IDS) {
            assertThat(words.naming(id).stream().map(ItemState::key))
                    .as(id)
                    .containsExactlyElementsOf(expected(reports, id));
        }
    }

    @Test
    void shouldAgreeWithTheExpressionOnRandomText() {
        Random random = new Random(62304);
        String alphabet = "aC-E1.2 :\u00e9_";
        List<ItemState> reports = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            reports.add(report(i + 1, randomText(random, alphabet, 12), false));
        }
        ReportWords words = new ReportWords(reports);
        for (int i = 0; i < 300; i++) {
            String id = randomText(random, alphabet, 3);
            assertThat(words.naming(id).stream().map(ItemState::key))
                    .as("'%s'", id)
                    .containsExactlyElementsOf(expected(reports, id));
        }
    }

    @Test
    void shouldLeaveClosedReportsOut() {
        ItemState open = report(1, "CVE-2022-42889: open", false);
        ItemState closed = report(2, "CVE-2022-42889: fixed", true);

        assertThat(new ProblemReports(List.of(closed, open)).openDeclaringVulnerability("CVE-2022-42889"))
                .containsExactly(open);
    }

    private static String randomText(final Random random, final String alphabet, final int length) {
        StringBuilder text = new StringBuilder();
        for (int n = 1 + random.nextInt(length); n > 0; n--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }
}
