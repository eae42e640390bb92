package io.trace62304.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Every page of one search, as Jira returned them (each with its {@code names}). */
public record SearchResult(List<JsonNode> pages) {
    public SearchResult {
        pages = List.copyOf(pages);
    }

    public int issueCount() {
        return pages.stream().mapToInt(page -> page.path("issues").size()).sum();
    }
}
