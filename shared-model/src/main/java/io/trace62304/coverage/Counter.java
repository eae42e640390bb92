package io.trace62304.coverage;

/**
 * One coverage counter.
 *
 * @param missed  items not covered
 * @param covered items covered
 */
public record Counter(long missed, long covered) {
    public Counter {
        if (missed < 0 || covered < 0) {
            throw new IllegalArgumentException("counters cannot be negative");
        }
    }

    /** @return missed plus covered */
    public long total() {
        return missed + covered;
    }

    /** @return covered / total, or 1 when there is nothing to cover */
    public double ratio() {
        return total() == 0 ? 1.0 : (double) covered / total();
    }
}
