package io.trace62304.jiraapp.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import io.trace62304.jira.JiraException;
import io.trace62304.jira.JiraScreenAdmin;
import io.trace62304.jiraapp.scheme.Scheme;

/**
 * The app's screen as a site has it (Cloud: made by apply; Data Center: made by the administrator, since its REST
 * API cannot): found by name, with its first tab and the ids of the fields on that tab.
 *
 * @param screen the screen, if one has the name
 * @param tab    the id of its first tab, or empty
 * @param fields the ids of the fields on that tab
 */
record AppScreen(Optional<JsonNode> screen, String tab, List<String> fields) {
    static final String NAME = Scheme.SCREEN;

    AppScreen {
        fields = List.copyOf(fields);
    }

    static AppScreen read(final JiraScreenAdmin admin) throws JiraException {
        Optional<JsonNode> screen = admin.screens(NAME).stream().filter(s -> NAME.equals(s.path("name").asText()))
                .findFirst();
        String tab = "";
        List<String> fields = new ArrayList<>();
        if (screen.isPresent()) {
            List<JsonNode> tabs = admin.tabs(screen.get().path("id").asText());
            if (!tabs.isEmpty()) {
                tab = tabs.get(0).path("id").asText();
                admin.tabFields(screen.get().path("id").asText(), tab).forEach(f -> fields.add(f.path("id").asText()));
            }
        }
        return new AppScreen(screen, tab, fields);
    }
}
