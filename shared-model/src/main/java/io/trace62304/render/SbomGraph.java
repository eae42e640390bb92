package io.trace62304.render;

import io.trace62304.baseline.Baseline;
import io.trace62304.item.Timestamps;
import io.trace62304.soup.SoupEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cyclonedx.model.Dependency;

/** The SBOM's dependency graph and its deterministic timestamp, from the baseline. */
final class SbomGraph {
    private SbomGraph() {}

    /**
     * One entry per written component with the components it depends on (from the input SBOMs' graph), and the
     * subject depending on every component nothing else depends on.
     */
    static List<Dependency> dependencies(final String subject, final List<SoupEntry> written) {
        Set<String> refs = new TreeSet<>();
        written.forEach(entry -> refs.add(entry.ref()));
        Set<String> dependedOn = new TreeSet<>();
        List<Dependency> graph = new ArrayList<>();
        for (SoupEntry entry : written) {
            Dependency dependency = new Dependency(entry.ref());
            entry.component().dependsOn().stream().filter(refs::contains).forEach(ref -> {
                dependency.addDependency(new Dependency(ref));
                dependedOn.add(ref);
            });
            graph.add(dependency);
        }
        Dependency root = new Dependency(subject);
        refs.stream().filter(ref -> !dependedOn.contains(ref)).forEach(ref -> root.addDependency(new Dependency(ref)));
        graph.add(0, root);
        return graph;
    }

    /**
     * The newest time the baseline's own evidence names: a vulnerability source's report or data time, else an
     * item's last change. Never the wall clock, so two runs on the same inputs write the same SBOM.
     */
    static Optional<Instant> timestamp(final Baseline baseline) {
        Optional<Instant> data = baseline.vulnerabilityData().stream()
                .flatMap(d -> Stream.of(d.madeAtInstant(), d.dataAsOfInstant()))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
        if (data.isPresent()) {
            return data;
        }
        return baseline.items().stream()
                .map(item -> Timestamps.parse(item.updated()))
                .flatMap(Optional::stream)
                .max(Instant::compareTo);
    }
}
