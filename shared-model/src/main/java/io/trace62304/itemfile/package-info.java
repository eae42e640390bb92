/**
 * File-based item sources, the embedded default of the gate: a YAML file a person writes by hand
 * ({@code docs/items.md}) and the JSON a Jira issue search returns with {@code expand=names}, saved from Cloud
 * ({@code /rest/api/3/search/jql}) or Data Center ({@code /rest/api/2/search}).
 */
package io.trace62304.itemfile;
