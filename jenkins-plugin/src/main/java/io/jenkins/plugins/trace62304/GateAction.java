package io.jenkins.plugins.trace62304;

import java.io.File;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import jenkins.model.RunAction2;

import io.trace62304.anomaly.Anomaly;
import io.trace62304.anomaly.AnomalyCollector;
import io.trace62304.baseline.ItemState;
import io.trace62304.gate.Finding;
import io.trace62304.release.GateAnswer;
import io.trace62304.release.ReleaseOutcome;
import io.trace62304.release.ReleaseOutputs;
import io.trace62304.release.StoredRelease;
import io.trace62304.report.ReportException;
import io.trace62304.soup.SoupEntry;

/**
 * The gate's result on a build: the verdict and counts (all that {@code build.xml} keeps), a summary on the build
 * page, and a page that renders the findings, the traceability matrix and the SOUP list from the baseline kept in
 * the build directory, read back and re-evaluated when first shown.
 */
public final class GateAction implements RunAction2 {
    /** Whether the build's link-back to Jira wrote everything: a stable value a Pipeline can branch on. */
    public enum LinkBackState {
        /** Every remote link, {@code Fixed In Build} value and comment is in Jira. */
        COMPLETE,
        /** At least one write failed (the build log names each); a re-run completes it without duplicates. */
        INCOMPLETE,
        /** No link-back was asked for, or there is no Jira site. */
        OFF;

        /** Reads what {@code build.xml} keeps; anything unknown (an older record) cannot be shown complete. */
        static LinkBackState of(final String stored) {
            if (stored == null || stored.isEmpty()) {
                return OFF;
            }
            for (LinkBackState state : values()) {
                if (state.name().equals(stored)) {
                    return state;
                }
            }
            return INCOMPLETE;
        }
    }

    /** The verdict of a gate that passed, as {@code GateAnswer} writes it. */
    static final String PASS = "PASS";

    private final String verdict;
    private final String digest;
    private final long errors;
    private final long failures;
    private final long warnings;
    private final long items;
    private final long tests;
    private final long soup;
    private final String linkBack;
    private final long linkBackWrites;
    private final long linkBackFailures;
    /** One line per rule the policy sets below the Table A.1 floor; null in a build recorded before it existed. */
    @CheckForNull
    private final ArrayList<String> belowMinimum;
    /** Known residual anomalies (5.8.2) and those without a risk evaluation; 0 in a build recorded before. */
    private final long anomalyCount;
    private final long anomaliesNotEvaluated;

    private transient Run<?, ?> owner;
    private transient SoftReference<ReleaseOutcome> outcome;
    private transient String problem;

    GateAction(final GateAnswer answer, final LinkBackState linkBack, final long linkBackWrites,
            final long linkBackFailures) {
        this.verdict = answer.verdict();
        this.digest = answer.digest();
        this.errors = answer.errors();
        this.failures = answer.failures();
        this.warnings = answer.warnings();
        this.items = answer.items();
        this.tests = answer.tests();
        this.soup = answer.soup();
        this.linkBack = linkBack.name();
        this.linkBackWrites = linkBackWrites;
        this.linkBackFailures = linkBackFailures;
        this.belowMinimum = new ArrayList<>(answer.belowMinimum());
        this.anomalyCount = answer.anomalies();
        this.anomaliesNotEvaluated = answer.anomaliesNotEvaluated();
    }

    @Override
    public String getIconFileName() {
        return "symbol-document-text";
    }

    @Override
    public String getDisplayName() {
        return Messages.Action_DisplayName();
    }

    @Override
    public String getUrlName() {
        return "trace62304";
    }

    @Override
    public void onAttached(final Run<?, ?> run) {
        this.owner = run;
    }

    @Override
    public void onLoad(final Run<?, ?> run) {
        this.owner = run;
    }

    public Run<?, ?> getOwner() {
        return owner;
    }

    public String getVerdict() {
        return verdict;
    }

    public String getDigest() {
        return digest;
    }

    public long getErrors() {
        return errors;
    }

    public long getFailures() {
        return failures;
    }

    public long getWarnings() {
        return warnings;
    }

    public long getItems() {
        return items;
    }

    public long getTests() {
        return tests;
    }

    public long getSoup() {
        return soup;
    }

    public LinkBackState getLinkBack() {
        return LinkBackState.of(linkBack);
    }

    /**
     * One line per rule the policy sets below the IEC 62304 A1:2015 Table A.1 floor, as the shared model words it
     * ("policy below the IEC 62304 A1:2015 minimum for Class A: requirements-verified disabled").
     */
    public List<String> getBelowMinimum() {
        return belowMinimum == null ? List.of() : List.copyOf(belowMinimum);
    }

    public long getAnomalyCount() {
        return anomalyCount;
    }

    public long getAnomaliesNotEvaluated() {
        return anomaliesNotEvaluated;
    }

    /** The build page's sentence about the link-back, or empty when it is off. */
    public String getLinkBackSummary() {
        return getLinkBack() == LinkBackState.OFF ? "" : Messages.Runner_LinkBack(linkBackWrites, linkBackFailures);
    }

    public long getLinkBackWrites() {
        return linkBackWrites;
    }

    public long getLinkBackFailures() {
        return linkBackFailures;
    }

    /** The archived self-contained report, relative to the build's URL. */
    public String getReportUrl() {
        return "artifact/" + GateRunner.DIRECTORY + "/" + ReleaseOutputs.REPORT;
    }

    /**
     * Whether the archived report is still there: a build discarder that removes old builds' artifacts removes
     * it, while the baseline, findings and inputs in the build directory (which this page reads) stay.
     */
    public boolean isReportArchived() {
        try {
            return owner != null && owner.getArtifactManager().root().child(GateRunner.DIRECTORY + "/"
                    + ReleaseOutputs.REPORT).isFile();
        }
        catch (IOException e) {
            return false;
        }
    }

    /** The archived anomaly list (5.8.2), relative to the build's URL. */
    public String getAnomaliesUrl() {
        return "artifact/" + GateRunner.DIRECTORY + "/" + ReleaseOutputs.ANOMALIES_HTML;
    }

    /** Whether the archived anomaly list is still there (a build recorded before it existed has none). */
    public boolean isAnomaliesArchived() {
        try {
            return owner != null && owner.getArtifactManager().root().child(GateRunner.DIRECTORY + "/"
                    + ReleaseOutputs.ANOMALIES_HTML).isFile();
        }
        catch (IOException e) {
            return false;
        }
    }

    /** The unresolved anomaly list of the kept baseline, as the shared model collects it (5.8.2, 5.8.3). */
    public List<Anomaly> getAnomalies() {
        ReleaseOutcome loaded = getOutcome();
        return loaded == null ? List.of() : AnomalyCollector.collect(loaded.baseline(), loaded.gate()).anomalies();
    }

    /** The stored record, or null when it cannot be read back ({@link #getProblem()} says why). */
    @CheckForNull
    public synchronized ReleaseOutcome getOutcome() {
        ReleaseOutcome loaded = outcome == null ? null : outcome.get();
        if (loaded == null && owner != null) {
            try {
                loaded = StoredRelease.load(new File(owner.getRootDir(), GateRunner.DIRECTORY).toPath());
                outcome = new SoftReference<>(loaded);
                problem = null;
            }
            catch (ReportException e) {
                problem = e.getMessage();
            }
        }
        return loaded;
    }

    @CheckForNull
    public String getProblem() {
        return problem;
    }

    public List<Finding> getFindings() {
        ReleaseOutcome loaded = getOutcome();
        return loaded == null ? List.of() : loaded.gate().findings();
    }

    public List<ItemState> getMatrix() {
        ReleaseOutcome loaded = getOutcome();
        return loaded == null ? List.of() : loaded.baseline().baseline().items();
    }

    public List<SoupEntry> getSoupEntries() {
        ReleaseOutcome loaded = getOutcome();
        return loaded == null ? List.of() : loaded.baseline().baseline().soup();
    }

    /**
     * What the Pipeline step returns to the script; the keys and value types are a documented, stable API
     * (docs/jenkins.md): strings that are enum names, a boolean and numbers, never a localized sentence.
     */
    Map<String, Object> toScriptValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("verdict", verdict);
        value.put("passed", PASS.equals(verdict));
        value.put("digest", digest);
        value.put("errors", errors);
        value.put("failures", failures);
        value.put("warnings", warnings);
        value.put("items", items);
        value.put("tests", tests);
        value.put("soup", soup);
        value.put("linkBack", getLinkBack().name());
        value.put("linkBackWrites", linkBackWrites);
        value.put("linkBackFailures", linkBackFailures);
        value.put("belowMinimum", (long) getBelowMinimum().size());
        value.put("anomalies", anomalyCount);
        value.put("anomaliesNotEvaluated", anomaliesNotEvaluated);
        return value;
    }
}
