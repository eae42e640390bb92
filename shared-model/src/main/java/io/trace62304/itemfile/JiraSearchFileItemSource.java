package io.trace62304.itemfile;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.item.Item;
import io.trace62304.item.ItemSet;
import io.trace62304.item.ItemSource;
import io.trace62304.item.ItemSourceException;
import io.trace62304.json.JsonFields;
import io.trace62304.json.SecureJson;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved Jira issue search as an item source: one page, or a JSON array of pages. A search that was cut short
 * (fewer issues than Data Center's {@code total}, or a Cloud page that still offers a {@code nextPageToken}), that
 * saves an issue twice or whose {@code total} is not a whole number the pages agree on is refused
 * ({@link SavedSearchPages}), because a partial item set would let a gate pass on missing evidence.
 */
public final class JiraSearchFileItemSource implements ItemSource {
    private final Path file;
    private final ReportLimits limits;
    private final String description;

    public JiraSearchFileItemSource(final Path file) {
        this(file, ReportLimits.DEFAULT);
    }

    public JiraSearchFileItemSource(final Path file, final ReportLimits limits) {
        this(file, limits, "saved Jira search " + file);
    }

    /** A search saved by the caller, named as it was made (e.g. "Jira https://… JQL: project = PUMP"). */
    public JiraSearchFileItemSource(final Path file, final String description) {
        this(file, ReportLimits.DEFAULT, description);
    }

    private JiraSearchFileItemSource(final Path file, final ReportLimits limits, final String description) {
        this.file = file;
        this.limits = limits;
        this.description = description;
    }

    @Override
    public ItemSet load() throws ItemSourceException {
        try {
            JsonNode root = SecureJson.read(file, limits);
            List<JsonNode> pages = new ArrayList<>();
            if (root.isArray()) {
                root.forEach(pages::add);
            } else {
                pages.add(root);
            }
            JiraIssueMapper mapper = new JiraIssueMapper(file.toString());
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                items.addAll(mapper.map(pages.get(i), root.isArray() ? "/" + i : ""));
            }
            new SavedSearchPages(pages, new JsonFields(file.toString()), root.isArray()).requireComplete();
            return ItemSet.of(items);
        } catch (ReportException e) {
            throw new ItemSourceException("cannot read saved Jira search " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ItemSourceException("saved Jira search " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }
}
