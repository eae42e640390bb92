package io.trace62304.jiraapp.dc;

import io.trace62304.jiraapp.provision.Action;
import io.trace62304.jiraapp.provision.Plan;
import io.trace62304.jiraapp.scheme.Scheme;
import io.trace62304.report.OutputDirectory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes {@code manual-steps.md} and, once the statuses exist, {@code workflows/*.xml} into a directory. */
public final class DataCenterFiles {
    private DataCenterFiles() {}

    /**
     * @param statusIds the site's statuses by name; workflow XML is written only when all of a workflow's exist
     * @return the files written
     */
    public static List<Path> write(
            final Path directory,
            final Scheme scheme,
            final Plan plan,
            final String project,
            final Map<String, String> statusIds)
            throws IOException {
        List<Path> written = new ArrayList<>();
        Map<String, String> resolutionIds = new java.util.LinkedHashMap<>();
        plan.actions().stream()
                .filter(a -> a.kind() == Action.Kind.RESOLUTION && !a.id().isEmpty())
                .forEach(a -> resolutionIds.put(a.name(), a.id()));
        try (OutputDirectory out = OutputDirectory.lock(directory)) {
            written.add(out.write(
                    "manual-steps.md", ManualSteps.write(scheme, plan, project).getBytes(StandardCharsets.UTF_8)));
            for (Scheme.Workflow workflow : scheme.workflows()) {
                if (statusIds.keySet().containsAll(workflow.statuses())
                        && workflow.transitions().stream()
                                .allMatch(t -> t.resolution().isEmpty() || resolutionIds.containsKey(t.resolution()))) {
                    written.add(out.write(
                            "workflows/" + WorkflowXml.fileName(workflow),
                            WorkflowXml.write(workflow, statusIds, resolutionIds)
                                    .getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return written;
    }
}
