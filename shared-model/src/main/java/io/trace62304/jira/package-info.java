/**
 * A typed Jira REST client for Cloud ({@code /rest/api/3}) and Data Center 9–11 ({@code /rest/api/2}), built on
 * {@code java.net.http} and Jackson: paged reads, idempotent writes, bounded retries that honour
 * {@code Retry-After}, errors that name the request and what to do, and secrets that never reach a message.
 * Also the gate's {@link io.trace62304.jira.JiraItemSource} and the {@link io.trace62304.jira.LinkBack} step.
 */
package io.trace62304.jira;
