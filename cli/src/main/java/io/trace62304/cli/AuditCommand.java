package io.trace62304.cli;

import io.trace62304.audit.AuditCollector;
import io.trace62304.item.ItemSourceException;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.SiteAddressException;
import io.trace62304.render.AuditOutputs;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trace62304 jira audit}: the linked history of a release scope, for auditors. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Exports every item of a JQL scope with its "
                    + "fields, links, builds and full change history as audit.html, audit.json and audit.csv.",
            "Exit codes: 0 written; 2 usage; 3 Jira cannot be read or the search is incomplete."
        })
final class AuditCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private JiraOptions jira = new JiraOptions();

    @Option(
            names = "--jql",
            required = true,
            paramLabel = "QUERY",
            description = "The release scope, e.g. 'project = PUMP AND fixVersion = 2.1 ORDER BY key'.")
    private String jql;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory for the three files.")
    private Path out;

    @Option(
            names = "--time-zone",
            paramLabel = "ZONE",
            description = "Time zone of the times in audit.html, e.g. Europe/Berlin (default: this machine's); "
                    + "audit.json and audit.csv keep UTC.")
    private ZoneId zone = ZoneId.systemDefault();

    @Override
    public Integer call() throws IOException, SiteAddressException {
        PrintWriter err = spec.commandLine().getErr();
        if (!jira.isSet()) {
            err.println("--jira URL is required");
            return Trace62304.BAD_INPUT;
        }
        try {
            new AuditOutputs(zone)
                    .write(new AuditCollector(jira.connect(err::println), err::println).collect(jql), out)
                    .forEach(file -> spec.commandLine().getOut().println("wrote " + file));
            return Trace62304.OK;
        } catch (JiraException | ItemSourceException e) {
            err.println(e.getMessage());
            return GateCommand.UNDECIDABLE;
        }
    }
}
