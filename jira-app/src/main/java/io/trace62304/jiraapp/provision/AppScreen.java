package io.trace62304.jiraapp.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraScreenAdmin;
import io.trace62304.jiraapp.scheme.Scheme;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One of the app's screens as a site has it (Cloud: made by apply; Data Center: made by the administrator, since
 * its REST API cannot): found by name, with its first tab and the ids of the fields on that tab.
 *
 * @param screen the screen, if one has the name
 * @param tab    the id of its first tab, or empty
 * @param fields the ids of the fields on that tab
 */
record AppScreen(Optional<JsonNode> screen, String tab, List<String> fields) {
    static final AppScreen ABSENT = new AppScreen(Optional.empty(), "", List.of());

    AppScreen {
        fields = List.copyOf(fields);
    }

    /** The screens of these names (one search for all, then each found one's first tab), absent ones ABSENT. */
    static Map<String, AppScreen> read(final JiraScreenAdmin admin, final List<String> names) throws JiraException {
        List<JsonNode> found = admin.screens(Scheme.SCREEN_PREFIX);
        Map<String, AppScreen> screens = new LinkedHashMap<>();
        for (String name : names) {
            Optional<JsonNode> screen = found.stream()
                    .filter(s -> name.equals(s.path("name").asText()))
                    .findFirst();
            screens.put(name, screen.isEmpty() ? ABSENT : read(admin, screen.get()));
        }
        return screens;
    }

    private static AppScreen read(final JiraScreenAdmin admin, final JsonNode screen) throws JiraException {
        String id = screen.path("id").asText();
        List<JsonNode> tabs = admin.tabs(id);
        if (tabs.isEmpty()) {
            return new AppScreen(Optional.of(screen), "", List.of());
        }
        String tab = tabs.get(0).path("id").asText();
        List<String> fields = new ArrayList<>();
        admin.tabFields(id, tab).forEach(f -> fields.add(f.path("id").asText()));
        return new AppScreen(Optional.of(screen), tab, fields);
    }
}
