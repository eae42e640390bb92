package io.trace62304.pack;

import java.util.List;

/** A pack is not made from a baseline that does not verify: the problems found, one line each. */
public final class PackRefusedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public PackRefusedException(final List<String> problems) {
        super("the baseline does not verify, so no evidence pack is made from it: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
