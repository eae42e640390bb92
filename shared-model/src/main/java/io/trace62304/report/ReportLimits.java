package io.trace62304.report;

/**
 * Caps that keep a hostile or runaway report from exhausting memory. The defaults fit every real report
 * we have seen with a wide margin; a caller may tighten or widen them.
 *
 * @param maxFileBytes      largest file accepted at all
 * @param maxDepth          deepest element (XML) or value (JSON) nesting
 * @param maxTextChars      longest single text node or attribute accepted by the reader
 * @param maxCapturedChars  how much of a text (message, stack trace, system-out) is kept in the record
 */
public record ReportLimits(long maxFileBytes, int maxDepth, int maxTextChars, int maxCapturedChars) {
    /** 1 GiB files, depth 200, 64 MiB text nodes, 8 KiB kept per captured text. */
    public static final ReportLimits DEFAULT = new ReportLimits(1L << 30, 200, 64 << 20, 8 << 10);

    public ReportLimits {
        if (maxFileBytes <= 0 || maxDepth <= 0 || maxTextChars <= 0 || maxCapturedChars <= 0) {
            throw new IllegalArgumentException("every report limit must be positive");
        }
    }
}
