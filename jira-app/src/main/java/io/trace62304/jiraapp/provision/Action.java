package io.trace62304.jiraapp.provision;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of a plan: what kind of object, its name, what {@code apply} does about it, and why.
 *
 * @param kind   issue type, field, options, link type, status, workflow
 * @param name   the object's name (for options: the field's)
 * @param verb   what happens
 * @param detail the reason or the values, for people
 * @param id     the object's id on the site when it exists, else empty
 */
public record Action(Kind kind, String name, Verb verb, String detail, String id) {
    public Action {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(name);
        Objects.requireNonNull(verb);
        Objects.requireNonNull(detail);
        Objects.requireNonNull(id);
    }

    static Action of(final Kind kind, final String name, final Verb verb, final String detail) {
        return new Action(kind, name, verb, detail, "");
    }

    /** The objects the scheme installs, in the order {@code apply} creates them. */
    public enum Kind {
        ISSUE_TYPE("issue type"),
        FIELD("field"),
        FIELD_OPTIONS("field options"),
        LINK_TYPE("link type"),
        STATUS("status"),
        RESOLUTION("resolution"),
        SCREEN("screen"),
        SCREEN_FIELDS("screen fields"),
        SCREEN_SCHEME("screen scheme"),
        ISSUE_TYPE_SCREEN_SCHEME("issue type screen scheme"),
        WORKFLOW("workflow"),
        ISSUE_TYPE_SCHEME("issue type scheme"),
        WORKFLOW_SCHEME("workflow scheme"),
        PROJECT("project");

        private final String label;

        Kind(final String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What {@code apply} does; only CREATE and ADD write to Jira. */
    public enum Verb {
        /** Absent: apply creates it and records it as the app's. */
        CREATE(true),
        /** The app's own, missing values (options): apply adds them. */
        ADD(true),
        /** The app's own, different from the scheme (a workflow): apply replaces it, at the version it read. */
        UPDATE(true),
        /** The project does not use the app's schemes yet: apply makes it. */
        ASSIGN(true),
        /** Present and the app's own, as the scheme says. */
        KEEP(false),
        /** Present, someone else's, compatible: used as it is, never modified. */
        USE(false),
        /** Present and incompatible (another type, other values): apply refuses to start. */
        CONFLICT(false),
        /** Not possible over this site's REST API: the administrator does it (manual-steps.md). */
        MANUAL(false),
        /** Done by the administrator and not readable over this site's REST API: checked by a person. */
        CHECK(false);

        private final boolean writes;

        Verb(final boolean writes) {
            this.writes = writes;
        }

        public boolean writes() {
            return writes;
        }
    }

    /** E.g. {@code CREATE   field            Safety Class (select: A, B, C)}. */
    public String line() {
        return String.format(
                Locale.ROOT, "%-9s %-14s %s%s", verb, kind.label(), name, detail.isEmpty() ? "" : " - " + detail);
    }
}
