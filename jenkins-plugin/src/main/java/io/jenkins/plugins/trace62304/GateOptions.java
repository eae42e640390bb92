package io.jenkins.plugins.trace62304;

import java.io.Serial;
import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import hudson.Util;
import hudson.model.Result;

import io.trace62304.evidence.ReleaseIdentity;
import io.trace62304.release.GateJob;
import io.trace62304.report.ReportFormat;

/**
 * The one options model of the post-build action and the Pipeline step: which reports to read, which policy,
 * where the items are, whether to link back to Jira, and what a failed gate or link-back does to the build.
 * Plain strings and enums, so it is stored in job configuration and Pipeline state as it is.
 *
 * <p>This class is the single source of truth: its setters normalise (trim, defaults for null), and the step's
 * and the recorder's {@code @DataBoundSetter}s only delegate here. {@code GateOptionsParityTest} holds both
 * facades, {@code lib/trace62304/options.jelly} and the help files to the option names of {@link #NAMES}.
 */
public final class GateOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Surefire, Failsafe and Gradle JUnit XML. */
    static final String DEFAULT_JUNIT = "**/TEST-*.xml";

    /** Every option, by its script and form name, in form order. */
    static final List<String> NAMES = List.of("site", "jql", "items", "policy", "junit", "dependencyCheck",
            "cyclonedx", "jacoco", "mappings", "artifacts", "kind", "product", "productVersion", "archive", "onGateFailure",
            "linkBack", "onLinkBackFailure");

    /**
     * What the build is (IEC 62304 5.8.4, 8.3): a CI run, a release candidate or a release. A baseline chains to
     * the nearest earlier build's baseline of the same product whose kind it may follow (a release to a release).
     */
    public enum BuildKind {
        CI(ReleaseIdentity.Kind.CI_RUN),
        CANDIDATE(ReleaseIdentity.Kind.RELEASE_CANDIDATE),
        RELEASE(ReleaseIdentity.Kind.RELEASE);

        private final ReleaseIdentity.Kind kind;

        BuildKind(final ReleaseIdentity.Kind kind) {
            this.kind = kind;
        }

        ReleaseIdentity.Kind kind() {
            return kind;
        }
    }

    /** What a failed gate does to the build. An undecidable gate (ERROR) always fails it. */
    public enum GateFailure {
        FAILURE(Result.FAILURE),
        UNSTABLE(Result.UNSTABLE);

        private final Result result;

        GateFailure(final Result result) {
            this.result = result;
        }

        Result result() {
            return result;
        }
    }

    /** What a link-back that could not write everything to Jira does; the verdict never depends on it. */
    public enum LinkBackFailure {
        FAILURE,
        UNSTABLE,
        WARNING
    }

    String junit = DEFAULT_JUNIT;
    String dependencyCheck = "";
    String cyclonedx = "";
    String jacoco = "";
    String mappings = "";
    String policy = "";
    String items = "";
    String site = "";
    String jql = "";
    String artifacts = "";
    BuildKind kind = BuildKind.CI;
    String product = "";
    String productVersion = "";
    String archive = "";
    boolean linkBack;
    GateFailure onGateFailure = GateFailure.FAILURE;
    LinkBackFailure onLinkBackFailure = LinkBackFailure.UNSTABLE;

    /** A form or script value as stored: never null, no surrounding blanks. */
    static String clean(final String value) {
        return Util.fixNull(value).trim();
    }

    void setJunit(final String value) {
        junit = clean(value);
    }

    void setDependencyCheck(final String value) {
        dependencyCheck = clean(value);
    }

    void setCyclonedx(final String value) {
        cyclonedx = clean(value);
    }

    void setJacoco(final String value) {
        jacoco = clean(value);
    }

    void setMappings(final String value) {
        mappings = clean(value);
    }

    void setPolicy(final String value) {
        policy = clean(value);
    }

    void setItems(final String value) {
        items = clean(value);
    }

    void setSite(final String value) {
        site = clean(value);
    }

    void setJql(final String value) {
        jql = clean(value);
    }

    void setArtifacts(final String value) {
        artifacts = clean(value);
    }

    void setKind(final BuildKind value) {
        kind = value == null ? BuildKind.CI : value;
    }

    void setProduct(final String value) {
        product = clean(value);
    }

    void setProductVersion(final String value) {
        productVersion = clean(value);
    }

    /**
     * Job configuration or Pipeline state written before an option existed has no value for it, and neither XStream
     * nor Java serialization runs the field initializers above: every option gets its default here, as the setters
     * give it (a freestyle job saved before {@code kind} existed failed with a NullPointerException in a real
     * Jenkins 2.479.3; {@code GateOptionsTest}).
     */
    @Serial
    private Object readResolve() {
        setJunit(junit == null ? DEFAULT_JUNIT : junit);
        setDependencyCheck(dependencyCheck);
        setCyclonedx(cyclonedx);
        setJacoco(jacoco);
        setMappings(mappings);
        setPolicy(policy);
        setItems(items);
        setSite(site);
        setJql(jql);
        setArtifacts(artifacts);
        setKind(kind);
        setProduct(product);
        setProductVersion(productVersion);
        setArchive(archive);
        setOnGateFailure(onGateFailure);
        setOnLinkBackFailure(onLinkBackFailure);
        return this;
    }

    void setArchive(final String value) {
        archive = clean(value);
    }

    /** The release identity the options name. */
    ReleaseIdentity identity() {
        return new ReleaseIdentity(kind.kind(), product, productVersion);
    }

    void setLinkBack(final boolean value) {
        linkBack = value;
    }

    void setOnGateFailure(final GateFailure value) {
        onGateFailure = value == null ? GateFailure.FAILURE : value;
    }

    void setOnLinkBackFailure(final LinkBackFailure value) {
        onLinkBackFailure = value == null ? LinkBackFailure.UNSTABLE : value;
    }

    Map<ReportFormat, List<String>> reports() {
        Map<ReportFormat, List<String>> reports = new EnumMap<>(ReportFormat.class);
        reports.put(ReportFormat.JUNIT, GateJob.patterns(junit));
        reports.put(ReportFormat.DEPENDENCY_CHECK, GateJob.patterns(dependencyCheck));
        reports.put(ReportFormat.CYCLONEDX, GateJob.patterns(cyclonedx));
        reports.put(ReportFormat.JACOCO, GateJob.patterns(jacoco));
        return reports;
    }
}
