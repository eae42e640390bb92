/**
 * The IEC 62304 items a release is checked against: software items (which carry the safety class, 4.3),
 * software requirements (5.2), hazards and risk controls (7), SOUP items (8.1.2) and software problem reports
 * (9). Names follow the canonical Jira scheme of {@code docs/domain.md}; items come from an {@link
 * io.trace62304.item.ItemSource}.
 */
package io.trace62304.item;
