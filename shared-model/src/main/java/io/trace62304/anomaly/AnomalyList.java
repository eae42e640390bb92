package io.trace62304.anomaly;

import java.util.List;
import java.util.Objects;

/**
 * The unresolved anomaly list of one release (5.8.2), with the identity of the release and the gate decision it
 * was produced with, so that it can be read on its own.
 *
 * @param job            the build's job
 * @param buildId        the build's id
 * @param baselineDigest the sealed configuration baseline the list was taken from
 * @param verdict        the gate's verdict
 * @param policy         the policy's name and source
 * @param itemSource     where the problem reports were read from (a JQL scope names what it covers)
 * @param belowMinimum   one line per rule the policy sets below the IEC 62304 A1:2015 Table A.1 floor
 * @param anomalies      every anomaly, by kind, then highest class first, then id
 */
public record AnomalyList(
        String job,
        String buildId,
        String baselineDigest,
        String verdict,
        String policy,
        String itemSource,
        List<String> belowMinimum,
        List<Anomaly> anomalies) {
    public AnomalyList {
        Objects.requireNonNull(job);
        Objects.requireNonNull(buildId);
        Objects.requireNonNull(baselineDigest);
        Objects.requireNonNull(verdict);
        Objects.requireNonNull(policy);
        Objects.requireNonNull(itemSource);
        belowMinimum = List.copyOf(belowMinimum);
        anomalies = List.copyOf(anomalies);
    }

    public List<Anomaly> of(final AnomalyKind kind) {
        return anomalies.stream().filter(a -> a.kind() == kind).toList();
    }

    public long count(final Evaluation evaluation) {
        return anomalies.stream().filter(a -> a.evaluation() == evaluation).count();
    }
}
