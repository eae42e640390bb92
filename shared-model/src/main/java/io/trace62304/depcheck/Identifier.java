package io.trace62304.depcheck;

/**
 * An identifier Dependency-Check assigned to a dependency.
 *
 * @param type       {@code purl}, {@code cpe}, {@code maven} (old schemas), or the type the report states
 * @param value      the identifier, e.g. {@code pkg:maven/org.example/lib@1.2}
 * @param confidence the scanner's confidence, e.g. {@code HIGHEST}, or empty
 */
public record Identifier(String type, String value, String confidence) {}
