package io.trace62304.jiraapp.dc;

import io.trace62304.jiraapp.scheme.Scheme;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A scheme workflow as Jira Data Center's workflow XML (OSWorkflow 2.8), for Administration » Issues »
 * Workflows » Import from XML: one step per status (bound to the site's status ids), the create action, and each
 * transition with Jira's standard post-functions; a transition from several statuses is a common action.
 * Data Center has no built-in validator for class-dependent rules, so the XML carries none (see
 * {@link ManualSteps}); the release gate checks them for every release.
 */
public final class WorkflowXml {
    private static final String DOCTYPE = "<!DOCTYPE workflow PUBLIC \"-//OpenSymphony Group//DTD OSWorkflow 2.8//EN\" "
            + "\"http://www.opensymphony.com/osworkflow/workflow_2_8.dtd\">";
    private static final String FUNCTIONS = "com.atlassian.jira.workflow.function.";

    private WorkflowXml() {}

    /** {@code trace62304-software-problem-report-clause-9.xml}. */
    public static String fileName(final Scheme.Workflow workflow) {
        return workflow.name()
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z0-9]+", "-")
                        .replaceAll("(^-|-$)", "") + ".xml";
    }

    /**
     * @param statusIds     the site's status ids by status name
     * @param resolutionIds the site's resolution ids by name: a transition that sets one gets Jira's "Update Issue
     *                      Field" post function for it
     * @throws IllegalArgumentException if a status or resolution of the workflow is not on the site yet
     */
    public static String write(
            final Scheme.Workflow workflow,
            final Map<String, String> statusIds,
            final Map<String, String> resolutionIds) {
        for (Scheme.Transition transition : workflow.transitions()) {
            if (!transition.resolution().isEmpty() && !resolutionIds.containsKey(transition.resolution())) {
                throw new IllegalArgumentException("resolution '" + transition.resolution()
                        + "' is not on the site yet: add it (Administration » Issues » Resolutions), then run apply"
                        + " again to write the workflow XML");
            }
        }
        List<String> statuses = workflow.statuses();
        Map<String, Integer> steps = new LinkedHashMap<>();
        for (String status : statuses) {
            if (!statusIds.containsKey(status)) {
                throw new IllegalArgumentException(
                        "status '" + status + "' is not on the site yet: create the statuses "
                                + "first (manual-steps.md, step 1), then run apply again to write the workflow XML");
            }
            steps.put(status, steps.size() + 1);
        }
        Map<Scheme.Transition, Integer> ids = new LinkedHashMap<>();
        workflow.transitions().forEach(t -> ids.put(t, 11 + 10 * ids.size()));
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeDTD(DOCTYPE);
            xml.writeCharacters("\n");
            xml.writeStartElement("workflow");
            meta(
                    xml,
                    "jira.description",
                    workflow.name() + " (Trace62304, issue types: " + String.join(", ", workflow.issueTypes()) + ")");
            xml.writeStartElement("initial-actions");
            action(
                    xml,
                    1,
                    "Create",
                    "open",
                    steps.get(workflow.initial()),
                    List.of(function("issue.IssueCreateFunction"), function("issue.IssueReindexFunction"), event(1)));
            xml.writeEndElement();
            List<Scheme.Transition> common = workflow.transitions().stream()
                    .filter(t -> t.from().size() > 1)
                    .toList();
            if (!common.isEmpty()) {
                xml.writeStartElement("common-actions");
                for (Scheme.Transition transition : common) {
                    action(
                            xml,
                            ids.get(transition),
                            transition.name(),
                            "null",
                            steps.get(transition.to()),
                            transitionFunctions(transition, resolutionIds));
                }
                xml.writeEndElement();
            }
            xml.writeStartElement("steps");
            for (String status : statuses) {
                step(xml, workflow, status, steps, ids, statusIds.get(status), resolutionIds);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
            return text + "\n";
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write workflow XML: " + e.getMessage(), e);
        }
    }

    private static void step(
            final XMLStreamWriter xml,
            final Scheme.Workflow workflow,
            final String status,
            final Map<String, Integer> steps,
            final Map<Scheme.Transition, Integer> ids,
            final String statusId,
            final Map<String, String> resolutionIds)
            throws XMLStreamException {
        xml.writeStartElement("step");
        xml.writeAttribute("id", String.valueOf(steps.get(status)));
        xml.writeAttribute("name", status);
        meta(xml, "jira.status.id", statusId);
        xml.writeStartElement("actions");
        for (Scheme.Transition transition : workflow.transitions()) {
            if (transition.from().contains(status) && transition.from().size() > 1) {
                xml.writeEmptyElement("common-action");
                xml.writeAttribute("id", String.valueOf(ids.get(transition)));
            } else if (transition.from().contains(status)) {
                action(
                        xml,
                        ids.get(transition),
                        transition.name(),
                        "null",
                        steps.get(transition.to()),
                        transitionFunctions(transition, resolutionIds));
            }
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void action(
            final XMLStreamWriter xml,
            final int id,
            final String name,
            final String status,
            final int toStep,
            final List<String[]> functions)
            throws XMLStreamException {
        xml.writeStartElement("action");
        xml.writeAttribute("id", String.valueOf(id));
        xml.writeAttribute("name", name);
        xml.writeStartElement("results");
        xml.writeStartElement("unconditional-result");
        xml.writeAttribute("old-status", "null");
        xml.writeAttribute("status", status);
        xml.writeAttribute("step", String.valueOf(toStep));
        xml.writeStartElement("post-functions");
        for (String[] function : functions) {
            xml.writeStartElement("function");
            xml.writeAttribute("type", "class");
            for (int i = 0; i < function.length; i += 2) {
                xml.writeStartElement("arg");
                xml.writeAttribute("name", function[i]);
                xml.writeCharacters(function[i + 1]);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static List<String[]> transitionFunctions(
            final Scheme.Transition transition, final Map<String, String> resolutionIds) {
        List<String[]> functions = new ArrayList<>();
        if (!transition.resolution().isEmpty()) {
            // Jira's standard post function, as its default workflow uses it for the resolution
            functions.add(new String[] {
                "field.name",
                "resolution",
                "field.value",
                resolutionIds.get(transition.resolution()),
                "class.name",
                FUNCTIONS + "issue.UpdateIssueFieldFunction"
            });
        }
        functions.add(function("issue.UpdateIssueStatusFunction"));
        functions.add(function("misc.CreateCommentFunction"));
        functions.add(function("issue.GenerateChangeHistoryFunction"));
        functions.add(function("issue.IssueReindexFunction"));
        functions.add(event(13));
        return functions;
    }

    private static String[] function(final String name) {
        return new String[] {"class.name", FUNCTIONS + name};
    }

    private static String[] event(final int eventTypeId) {
        return new String[] {
            "eventTypeId", String.valueOf(eventTypeId), "class.name", FUNCTIONS + "event.FireIssueEventFunction"
        };
    }

    private static void meta(final XMLStreamWriter xml, final String name, final String value)
            throws XMLStreamException {
        xml.writeStartElement("meta");
        xml.writeAttribute("name", name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
