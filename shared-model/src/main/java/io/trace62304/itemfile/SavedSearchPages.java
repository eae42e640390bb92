package io.trace62304.itemfile;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.json.JsonFields;
import io.trace62304.report.ReportException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the pages of a saved Jira search hold the whole search, exactly once: the last Cloud page offers no
 * further page; every Data Center {@code total} is a whole number and all pages agree on it; each page starts
 * where the earlier ones end; no issue key is saved twice; and the distinct issues are as many as {@code total}.
 * A duplicate can hide a missing issue (the same count, one issue fewer), so duplicates are refused, not merged:
 * the item source is incomplete and the gate cannot decide (IEC 62304 5.8.1).
 */
final class SavedSearchPages {
    private final List<JsonNode> pages;
    private final JsonFields json;
    private final boolean array;

    SavedSearchPages(final List<JsonNode> pages, final JsonFields json, final boolean array) {
        this.pages = pages;
        this.json = json;
        this.array = array;
    }

    void requireComplete() throws ReportException {
        if (pages.isEmpty()) {
            throw json.error("", "the file holds no search result page");
        }
        requireLastPage(pages.get(pages.size() - 1));
        long total = -1;
        long distinct = 0;
        Map<String, String> seen = new HashMap<>();
        for (int i = 0; i < pages.size(); i++) {
            JsonNode page = pages.get(i);
            if (page.has("total")) {
                total = requireSameTotal(page, i, total);
            }
            requireStartAt(page, i, distinct);
            JsonNode issues = page.path("issues");
            for (int j = 0; j < issues.size(); j++) {
                String key = issues.get(j).path("key").asText("");
                String earlier = seen.putIfAbsent(key, pointer(i) + "/issues/" + j);
                if (earlier != null) {
                    throw json.error(
                            pointer(i) + "/issues/" + j,
                            "the search is incomplete: issue '" + key + "' is saved twice (also at " + earlier
                                    + "), so the pages overlap and other issues may be missing; save the search "
                                    + "again");
                }
                distinct++;
            }
        }
        if (total >= 0 && distinct != total) {
            throw json.error(
                    "",
                    "the search is incomplete: " + distinct + " of " + total + " issues were saved"
                            + (distinct < total ? "; save every page (startAt)" : ", more than 'total' says"));
        }
    }

    private void requireLastPage(final JsonNode last) throws ReportException {
        if (last.hasNonNull("nextPageToken") && !last.path("isLast").asBoolean(false)) {
            throw json.error("", "the search is incomplete: the last page offers a nextPageToken; save every page");
        }
        if (last.path("isLast").isBoolean() && !last.path("isLast").asBoolean()) {
            throw json.error("", "the search is incomplete: the last page says isLast: false; save every page");
        }
    }

    private long requireSameTotal(final JsonNode page, final int index, final long earlier) throws ReportException {
        long total = wholeNumber(page, "total", index);
        if (earlier >= 0 && total != earlier) {
            throw json.error(
                    pointer(index) + "/total",
                    "the search is incomplete: the pages disagree on 'total' (" + earlier + ", then " + total
                            + "): the issues changed while they were saved; save the search again");
        }
        return total;
    }

    private void requireStartAt(final JsonNode page, final int index, final long before) throws ReportException {
        if (page.has("startAt") && wholeNumber(page, "startAt", index) != before) {
            throw json.error(
                    pointer(index) + "/startAt",
                    "the search is incomplete: the page starts at issue "
                            + page.get("startAt").asLong() + " but " + before
                            + " issue(s) come before it in the file; save every page, in order");
        }
    }

    private long wholeNumber(final JsonNode page, final String field, final int index) throws ReportException {
        JsonNode value = page.get(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw json.error(
                    pointer(index) + "/" + field,
                    "the search cannot be shown complete: '" + field + "' is " + shown(value)
                            + ", not a whole number of issues");
        }
        return value.asLong();
    }

    private static String shown(final JsonNode value) {
        String text = value.toString();
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private String pointer(final int index) {
        return array ? "/" + index : "";
    }
}
