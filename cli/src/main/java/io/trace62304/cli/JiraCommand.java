package io.trace62304.cli;

import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.SiteAddressException;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trace62304 jira check}: can these credentials reach the site and do what the gate needs? */
@Command(
        name = "jira",
        mixinStandardHelpOptions = true,
        description = "Jira connection commands.",
        subcommands = {
            JiraCommand.Check.class,
            ProvisionCommands.PlanCommand.class,
            ProvisionCommands.ApplyCommand.class,
            ProvisionCommands.VerifyCommand.class,
            AuditCommand.class
        })
final class JiraCommand {
    static final List<String> NEEDED = List.of("BROWSE_PROJECTS", "ADD_COMMENTS", "EDIT_ISSUES", "LINK_ISSUES");

    /** Either lets link-back set Fixed In Build with notifyUsers=false; neither is needed by the gate. */
    static final List<String> SILENT_EDITS = List.of("ADMINISTER_PROJECTS", "ADMINISTER");

    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description = {
                "Connects, names the user and flavour, and checks the permissions the gate and link-back need.",
                "Exit codes: 0 ready; 1 connected but a permission is missing; 2 usage; 3 cannot connect."
            })
    static final class Check implements Callable<Integer> {
        @Spec
        private CommandSpec spec;

        @Mixin
        private JiraOptions jira = new JiraOptions();

        @Option(names = "--project", paramLabel = "KEY", description = "Project whose permissions to check.")
        private String project;

        @Override
        public Integer call() throws IOException, SiteAddressException {
            PrintWriter out = spec.commandLine().getOut();
            if (!jira.isSet()) {
                spec.commandLine().getErr().println("--jira URL is required");
                return Trace62304.BAD_INPUT;
            }
            try {
                JiraClient client = jira.connect(spec.commandLine().getErr()::println);
                out.println("connected to " + client.site() + " (" + client.flavour() + ") as "
                        + client.myself().path("displayName").asText());
                if (project == null) {
                    return Trace62304.OK;
                }
                List<String> asked = new ArrayList<>(NEEDED);
                asked.addAll(SILENT_EDITS);
                Map<String, Boolean> held = client.permissions(project, asked);
                NEEDED.forEach(
                        key -> out.println((held.get(key) ? "  ok       " : "  MISSING  ") + key + " in " + project));
                boolean silent = SILENT_EDITS.stream().anyMatch(held::get);
                out.println(
                        silent
                                ? "  ok       Fixed In Build edits are sent with notifyUsers=false (ADMINISTER_PROJECTS "
                                        + "or ADMINISTER held)"
                                : "  note     Fixed In Build edits will notify watchers: notifyUsers=false needs "
                                        + "ADMINISTER_PROJECTS or ADMINISTER, which the user lacks (the gate does not "
                                        + "need them)");
                return NEEDED.stream().allMatch(held::get) ? Trace62304.OK : 1;
            } catch (JiraException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return GateCommand.UNDECIDABLE;
            }
        }
    }
}
