/**
 * Traceability between tests and items (5.7, 7.3.3): which items a test says it verifies (by an issue key in its
 * name, by JUnit XML properties, by a mapping file, or through the {@code @Verifies} JUnit 5 extension), and the
 * graph that answers which tests verify an item and whether they passed in this build.
 */
package io.trace62304.trace;
