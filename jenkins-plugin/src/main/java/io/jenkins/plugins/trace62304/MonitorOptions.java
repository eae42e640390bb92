package io.jenkins.plugins.trace62304;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import io.trace62304.release.GateJob;

/**
 * The options of the {@code trace62304Monitor} step, for a scheduled job that re-evaluates released baselines
 * against fresh vulnerability data (IEC 62304 6.2.1, 6.2.5, 7.1.3). Plain strings and enums, stored in Pipeline
 * state as they are; the setters normalise (trim, defaults for null) and the step's {@code @DataBoundSetter}s only
 * delegate here.
 */
public final class MonitorOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Every option, by its script and form name, in form order. */
    static final List<String> NAMES = List.of("baselines", "osv", "kev", "dependencyCheck", "cyclonedx", "site",
            "jql", "items", "policy", "onNewFindings", "linkBack", "onLinkBackFailure");

    String baselines = "";
    String osv = "";
    String kev = "";
    String dependencyCheck = "";
    String cyclonedx = "";
    String site = "";
    String jql = "";
    String items = "";
    String policy = "";
    GateOptions.GateFailure onNewFindings = GateOptions.GateFailure.UNSTABLE;
    boolean linkBack;
    GateOptions.LinkBackFailure onLinkBackFailure = GateOptions.LinkBackFailure.UNSTABLE;

    void setBaselines(final String value) {
        baselines = GateOptions.clean(value);
    }

    void setOsv(final String value) {
        osv = GateOptions.clean(value);
    }

    void setKev(final String value) {
        kev = GateOptions.clean(value);
    }

    void setDependencyCheck(final String value) {
        dependencyCheck = GateOptions.clean(value);
    }

    void setCyclonedx(final String value) {
        cyclonedx = GateOptions.clean(value);
    }

    void setSite(final String value) {
        site = GateOptions.clean(value);
    }

    void setJql(final String value) {
        jql = GateOptions.clean(value);
    }

    void setItems(final String value) {
        items = GateOptions.clean(value);
    }

    void setPolicy(final String value) {
        policy = GateOptions.clean(value);
    }

    void setOnNewFindings(final GateOptions.GateFailure value) {
        onNewFindings = value == null ? GateOptions.GateFailure.UNSTABLE : value;
    }

    void setLinkBack(final boolean value) {
        linkBack = value;
    }

    void setOnLinkBackFailure(final GateOptions.LinkBackFailure value) {
        onLinkBackFailure = value == null ? GateOptions.LinkBackFailure.UNSTABLE : value;
    }

    /** The Dependency-Check and CycloneDX patterns, as the job reads them. */
    List<String> reports() {
        List<String> reports = new ArrayList<>(GateJob.patterns(dependencyCheck));
        reports.addAll(GateJob.patterns(cyclonedx));
        return reports;
    }
}
