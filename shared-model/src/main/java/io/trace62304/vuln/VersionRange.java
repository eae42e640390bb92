package io.trace62304.vuln;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One OSV {@code affected[].ranges[]} entry: a type ({@code SEMVER}, {@code ECOSYSTEM} or {@code GIT}) and its
 * events, evaluated as the OSV schema's "Evaluation" section describes: sorted by version, an {@code introduced}
 * at or below the version opens the range, a {@code fixed} at or below it or a {@code last_affected} below it
 * closes it; a {@code limit} at or below the version excludes it.
 *
 * @param type   the range type
 * @param events its events in document order
 */
public record VersionRange(String type, List<Event> events) {
    public VersionRange {
        Objects.requireNonNull(type);
        events = List.copyOf(events);
    }

    /**
     * @param version         the component's version
     * @param ecosystemScheme the ordering of the package's ecosystem, if known (for {@code ECOSYSTEM} ranges)
     * @return whether the version lies in the range
     */
    public Exposure evaluate(final String version, final Optional<VersionScheme> ecosystemScheme) {
        Optional<VersionScheme> scheme = switch (type) {
            case "SEMVER" -> Optional.of(VersionScheme.SEMVER);
            case "ECOSYSTEM" -> ecosystemScheme;
            default -> Optional.empty();
        };
        if (scheme.isEmpty()) {
            return Exposure.UNDETERMINED;
        }
        List<Event> sorted = new ArrayList<>();
        for (Event event : events) {
            int at = 0;
            while (at < sorted.size()) {
                Optional<Integer> order = order(scheme.get(), sorted.get(at), event);
                if (order.isEmpty()) {
                    return Exposure.UNDETERMINED;
                }
                if (order.get() > 0) {
                    break;
                }
                at++;
            }
            sorted.add(at, event);
        }
        return walk(scheme.get(), sorted, version);
    }

    /** @return the versions that fix it ({@code fixed} events) */
    public List<String> fixedVersions() {
        return events.stream()
                .filter(e -> e.kind() == Kind.FIXED)
                .map(Event::version)
                .toList();
    }

    private static Exposure walk(final VersionScheme scheme, final List<Event> sorted, final String version) {
        boolean affected = false;
        for (Event event : sorted) {
            Optional<Integer> cmp = event.isZero() ? Optional.of(1) : scheme.compare(version, event.version());
            if (cmp.isEmpty()) {
                return Exposure.UNDETERMINED;
            }
            int c = cmp.get();
            switch (event.kind()) {
                case INTRODUCED -> affected = c >= 0 || affected;
                case FIXED -> affected = c < 0 && affected;
                case LAST_AFFECTED -> affected = c <= 0 && affected;
                case LIMIT -> {
                    if (c >= 0) {
                        return Exposure.NOT_AFFECTED;
                    }
                }
            }
        }
        return affected ? Exposure.AFFECTED : Exposure.NOT_AFFECTED;
    }

    private static Optional<Integer> order(final VersionScheme scheme, final Event a, final Event b) {
        if (a.isZero() || b.isZero()) {
            return Optional.of(a.isZero() == b.isZero() ? 0 : a.isZero() ? -1 : 1);
        }
        return scheme.compare(a.version(), b.version());
    }

    /** The kinds of OSV range events. */
    public enum Kind {
        INTRODUCED,
        FIXED,
        LAST_AFFECTED,
        LIMIT
    }

    /**
     * One event.
     *
     * @param kind    what happens at the version
     * @param version the version ({@code 0} for "since the first")
     */
    public record Event(Kind kind, String version) {
        public Event {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(version);
        }

        boolean isZero() {
            return kind == Kind.INTRODUCED && "0".equals(version);
        }
    }
}
