package io.trace62304.jira;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** Every page of one search, as Jira returned them (each with its {@code names}). */
public record SearchResult(List<JsonNode> pages) {
    public SearchResult {
        pages = List.copyOf(pages);
    }

    public int issueCount() {
        return pages.stream().mapToInt(page -> page.path("issues").size()).sum();
    }
}
