package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.trace62304.gate.Verdict;
import io.trace62304.item.ItemSourceException;
import io.trace62304.jira.emulator.Rewrite;
import io.trace62304.release.ReleaseOutcome;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search that cannot be read completely is an incomplete read: the gate fails closed (ERROR, exit code 3), as
 * with a truncated report file, instead of deciding on the items it happened to get (IEC 62304 5.8, 8.1.2).
 * Each answer below is one the published OpenAPI description allows (checked on the way out).
 */
class SearchCompletenessTest {
    private static final String CLOUD_SEARCH = "/rest/api/3/search/jql$";
    private static final String DC_SEARCH = "/rest/api/2/search$";

    @TempDir
    Path dir;

    private EmulatedSites site;

    @AfterEach
    void keepsTheContract() {
        site.closeKeepingTheContract();
    }

    @Test
    void shouldFailClosedWhenACloudPageIsNotLastButGivesNoToken() throws Exception {
        start(Flavour.CLOUD, CLOUD_SEARCH, 0, page -> page.remove("nextPageToken"));

        assertIncomplete("isLast: false", "gives no nextPageToken");
    }

    @Test
    void shouldFailClosedWhenACloudPageIsNotLastAndItsTokenIsEmpty() throws Exception {
        start(Flavour.CLOUD, CLOUD_SEARCH, 1, page -> page.put("nextPageToken", ""));

        assertIncomplete("page 2 says it is not the last");
    }

    @Test
    void shouldFailClosedWhenAnIssueComesBackOnTwoCloudPages() throws Exception {
        start(
                Flavour.CLOUD,
                CLOUD_SEARCH,
                1,
                page -> ((ObjectNode) page.get("issues").get(0)).put("key", "MED-1"));

        assertIncomplete("issue 'MED-1' came back on two pages");
    }

    @Test
    void shouldFailClosedWhenADataCenterPageHasNoTotal() throws Exception {
        start(Flavour.DATA_CENTER, DC_SEARCH, 0, page -> page.remove("total"));

        assertIncomplete("gives no 'total'");
    }

    @Test
    void shouldFailClosedWhenTheDataCenterTotalShrinksWhileReading() throws Exception {
        // 250 issues when page 1 was read; issues deleted before page 3: the later pages shift and some are skipped
        start(Flavour.DATA_CENTER, DC_SEARCH, 2, page -> page.put("total", 220));

        assertIncomplete("changed from 250 to 220 while they were read");
    }

    @Test
    void shouldFailClosedWhenDataCenterIgnoresStartAt() throws Exception {
        start(Flavour.DATA_CENTER, DC_SEARCH, 1, page -> page.put("startAt", 0));

        assertIncomplete("asked for the issues from 100 and got a page starting at 0");
    }

    /** Issue 17, point 16: an issue twice on one page takes the place of another. */
    @Test
    void shouldFailClosedWhenAnIssueComesBackTwiceOnOneDataCenterPage() throws Exception {
        start(
                Flavour.DATA_CENTER,
                DC_SEARCH,
                0,
                page -> ((ObjectNode) page.get("issues").get(1)).put("key", "MED-1"));

        assertIncomplete("POST /rest/api/2/search", "issue 'MED-1' came back twice on one page");
    }

    @Test
    void shouldFailClosedWhenACloudIssueHasNoKey() throws Exception {
        start(
                Flavour.CLOUD,
                CLOUD_SEARCH,
                1,
                page -> ((ObjectNode) page.get("issues").get(3)).remove("key"));

        assertIncomplete("POST /rest/api/3/search/jql", "an issue of the answer has no key");
    }

    @Test
    void shouldStillReadAWholeScopeWhoseLastCloudPageOmitsIsLast() throws Exception {
        start(Flavour.CLOUD, CLOUD_SEARCH, 2, page -> page.remove("isLast"));

        assertThat(new JiraItemSource(site.client(), "project = MED").load().size())
                .isEqualTo(250);
    }

    private void start(final Flavour flavour, final String path, final int skip, final Consumer<ObjectNode> change)
            throws Exception {
        site = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        site.seed(250);
        site.emulator.rewrite(Rewrite.answers("POST", path, skip, Integer.MAX_VALUE, change));
    }

    private void assertIncomplete(final String... reason) throws Exception {
        JiraClient client = site.client();
        assertThatExceptionOfType(ItemSourceException.class)
                .isThrownBy(() -> new JiraItemSource(client, "project = MED").load())
                .satisfies(e -> assertThat(e.getMessage()).contains(reason).contains("HTTP 200"));
        ReleaseOutcome outcome = site.gate(dir, Map.of());
        assertThat(outcome.gate().verdict()).isEqualTo(Verdict.ERROR);
    }
}
