package io.trace62304.item;

/**
 * A derived class with where it comes from. Of two, the higher class wins, then the lower {@code rank} (a
 * software item 0, a hazard 1, an assumption 2), then the smaller key, so the basis names one source.
 */
record ClassSource(SafetyClass safetyClass, int rank, String key, String basis) {
    static final int SOFTWARE = 0;
    static final int HAZARD = 1;
    static final int ASSUMED = 2;

    /** Class C because something the class depends on is not in scope (4.3g). */
    static ClassSource notInScope(final String from, final String missing) {
        return new ClassSource(
                SafetyClass.C,
                ASSUMED,
                missing,
                from + " links to " + missing + ", which is not in scope: Class C assumed (4.3g)");
    }

    ClassSource max(final ClassSource other) {
        if (other == null) {
            return this;
        }
        int byClass = safetyClass.compareTo(other.safetyClass);
        if (byClass != 0) {
            return byClass > 0 ? this : other;
        }
        if (rank != other.rank) {
            return rank < other.rank ? this : other;
        }
        return IssueKeys.ORDER.compare(key, other.key) <= 0 ? this : other;
    }

    static ClassSource higher(final ClassSource left, final ClassSource right) {
        return left == null ? right : left.max(right);
    }
}
