package io.trace62304.jira;

import static org.assertj.core.api.Assertions.assertThat;

import io.trace62304.approval.Meaning;
import io.trace62304.approval.RecordedApproval;
import io.trace62304.approval.RecordedApprovals;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A release approved in Jira: who moved the Software System item to Approved and when (Cloud: the account id,
 * Data Center: the user name, from the change history), bound to the baseline its Release Baseline field names.
 */
class JiraApprovalsTest {
    private static final String DIGEST = "sha256:" + "ab".repeat(32);
    private static final String TEXT = "com.atlassian.jira.plugin.system.customfieldtypes:textfield";

    private EmulatedSites sites;
    private String field;

    @AfterEach
    void keepsTheContract() {
        sites.closeKeepingTheContract();
    }

    private JiraClient site(final Flavour flavour) throws Exception {
        sites = new EmulatedSites(flavour, EmulatedSites.fastPolicy());
        field = sites.emulator.customField(JiraApprovals.FIELD, TEXT);
        sites.emulator
                .issue("MED-9", "Software System", "Approved", true)
                .field(field, DIGEST)
                .changedBy("u-bob", "Bob Builder", "2026-12-04T09:00:00.000+0000", "Release Baseline", "", DIGEST)
                .changedBy("u-jane", "Jane Doe", "2026-12-04T09:10:00.000+0000", "status", "Approved", "Draft")
                .changedBy("u-jane", "Jane Doe", "2026-12-04T11:30:00.000+0100", "status", "Draft", "Approved");
        return sites.client();
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldReadWhoApprovedTheReleaseWhenAndWhichBaseline(final Flavour flavour) throws Exception {
        JiraClient client = site(flavour);

        RecordedApprovals read = new JiraApprovals(client).read(List.of("MED-9"));

        assertThat(read.notApproved()).isEmpty();
        assertThat(read.unreadable()).isEmpty();
        RecordedApproval approval = read.approvals().get(0);
        assertThat(approval)
                .isEqualTo(new RecordedApproval(
                        "Jira " + client.site() + " MED-9",
                        "jira",
                        DIGEST,
                        Meaning.APPROVAL,
                        "u-jane",
                        "Jane Doe",
                        Instant.parse("2026-12-04T10:30:00Z")));
        assertThat(approval.manifestation())
                .startsWith("Jane Doe (u-jane) recorded approval on 2026-12-04T10:30:00Z (UTC) in Jira ");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldNotCountAnApprovalWhoseBaselineChangedAfterIt(final Flavour flavour) throws Exception {
        JiraClient client = site(flavour);
        sites.emulator
                .issue("MED-9")
                .field(field, "sha256:" + "cd".repeat(32))
                .changedBy("u-bob", "Bob Builder", "2026-12-04T12:00:00.000+0000", "Release Baseline", DIGEST, "x");

        RecordedApprovals read = new JiraApprovals(client).read(List.of("MED-9"));

        assertThat(read.approvals()).isEmpty();
        assertThat(read.notApproved())
                .singleElement()
                .asString()
                .isEqualTo("MED-9: its Release Baseline changed on 2026-12-04T12:00:00Z (UTC), after the approval of "
                        + "2026-12-04T10:30:00Z (UTC): the approval is not of the baseline it names now");
    }

    @ParameterizedTest
    @EnumSource(Flavour.class)
    void shouldReportAnIssueNotApprovedOrUnreadable(final Flavour flavour) throws Exception {
        JiraClient client = site(flavour);
        sites.emulator.issue("MED-10", "Software System", "Draft", false).field(field, DIGEST);
        sites.emulator.issue("MED-11", "Software System", "Approved", true).field(field, DIGEST);

        RecordedApprovals read = new JiraApprovals(client).read(List.of("MED-10", "MED-11", "MED-404"));

        assertThat(read.approvals()).isEmpty();
        assertThat(read.notApproved())
                .containsExactly(
                        "MED-10 is in status 'Draft', not Approved: the release is not approved in Jira",
                        "MED-11 is Approved but its history records no transition to Approved: who approved it cannot "
                                + "be told");
        assertThat(read.unreadable()).singleElement().asString().startsWith("the approval issue MED-404: ");
    }
}
