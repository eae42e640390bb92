package io.trace62304.cli;

import io.trace62304.jira.Flavour;
import io.trace62304.jira.JiraClient;
import io.trace62304.jira.JiraException;
import io.trace62304.jira.SiteAddressException;
import io.trace62304.jiraapp.dc.DataCenterFiles;
import io.trace62304.jiraapp.provision.ForgeApp;
import io.trace62304.jiraapp.provision.Plan;
import io.trace62304.jiraapp.provision.Provisioner;
import io.trace62304.jiraapp.provision.ProvisioningException;
import io.trace62304.jiraapp.scheme.Scheme;
import io.trace62304.jiraapp.scheme.SchemeLoader;
import io.trace62304.report.ReportException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code trace62304 jira plan | apply | verify}: the 62304 scheme on a Jira site (docs/jira-app.md). */
final class ProvisionCommands {
    static final int DRIFT = 1;

    private ProvisionCommands() {}

    /** What every provisioning command needs: the site, the project and the scheme. */
    abstract static class Base implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        JiraOptions jira = new JiraOptions();

        @Option(
                names = "--project",
                required = true,
                paramLabel = "KEY",
                description = "The space (Jira Cloud's word; project on Data Center) by key, whose property records "
                        + "what the app owns (it must exist).")
        String project;

        @Option(
                names = "--forge-extension",
                paramLabel = "auto|none|ARI",
                defaultValue = "auto",
                description = "Cloud: the Trace62304 Forge validator that carries the class rules. auto (default) "
                        + "finds it among the project's workflow capabilities; none uses Jira's built-in rules "
                        + "and leaves the link rules to the release gate; or its extension ARI.")
        String forgeExtension;

        @Option(
                names = "--scheme",
                paramLabel = "FILE",
                description = "A team's scheme file applied on top of the shipped one (docs/jira-app.md).")
        Path scheme;

        @Override
        public Integer call() throws IOException, ReportException, SiteAddressException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!jira.isSet()) {
                err.println("--jira URL is required");
                return Trace62304.BAD_INPUT;
            }
            Scheme loaded = scheme == null ? new SchemeLoader().defaults() : new SchemeLoader().load(scheme);
            try {
                JiraClient client = jira.connect(err::println);
                Provisioner provisioner = new Provisioner(client, loaded, project, forge(client, err), err::println);
                return run(provisioner, loaded, out);
            } catch (JiraException e) {
                err.println(e.getMessage());
                err.println("nothing is lost: run the command again once Jira answers; it continues where it stopped");
                return GateCommand.UNDECIDABLE;
            }
        }

        abstract int run(Provisioner provisioner, Scheme loaded, PrintWriter out) throws JiraException, IOException;

        /** The Forge validator's extension ARI to use, or empty; says which on Cloud. */
        private String forge(final JiraClient client, final PrintWriter err) throws JiraException {
            if (client.flavour() != Flavour.CLOUD) {
                return "";
            }
            String found = switch (forgeExtension) {
                case "none" -> "";
                case "auto" -> ForgeApp.find(client, project).orElse("");
                default -> forgeExtension;
            };
            err.println(
                    found.isEmpty()
                            ? "Forge app: not used; class rules as Jira's built-in conditions and "
                                    + "validators, link rules by the release gate (jira-app/forge installs it)"
                            : "Forge app: " + found);
            return found;
        }
    }

    @Command(
            name = "plan",
            mixinStandardHelpOptions = true,
            description = {
                "Reads the site and prints what apply " + "would create or change; writes nothing.",
                "Exit codes: 0 apply can run; 1 blocked (conflict, "
                        + "permission, project); 2 usage or invalid scheme; 3 Jira cannot be reached."
            })
    static final class PlanCommand extends Base {
        @Override
        int run(final Provisioner provisioner, final Scheme loaded, final PrintWriter out) throws JiraException {
            Plan plan = provisioner.plan();
            out.print(plan.text());
            return plan.blockers().isEmpty() ? Trace62304.OK : DRIFT;
        }
    }

    @Command(
            name = "apply",
            mixinStandardHelpOptions = true,
            description = {
                "Creates what the plan says, in "
                        + "dependency order; a second apply makes no write, an interrupted one is finished by the next.",
                "On Data Center it also writes manual-steps.md and workflows/*.xml to --out.",
                "Exit codes: 0 applied; 1 blocked, nothing written; 2 usage or invalid scheme; 3 Jira failed (run again)."
            })
    static final class ApplyCommand extends Base {
        @Option(
                names = "--out",
                paramLabel = "DIR",
                defaultValue = "trace62304-jira",
                description = "Where Data Center's manual steps and workflow XML go (default: ${DEFAULT-VALUE}).")
        Path outDir;

        @Override
        int run(final Provisioner provisioner, final Scheme loaded, final PrintWriter out)
                throws JiraException, IOException {
            Plan plan;
            try {
                plan = provisioner.apply();
            } catch (ProvisioningException e) {
                out.print(e.plan().text());
                spec.commandLine().getErr().println(e.getMessage());
                return DRIFT;
            }
            out.print(plan.text());
            if (provisioner.flavour() == Flavour.DATA_CENTER) {
                List<Path> files =
                        DataCenterFiles.write(outDir, loaded, provisioner.plan(), project, provisioner.statusIds());
                files.forEach(file -> out.println("wrote " + file));
            }
            return Trace62304.OK;
        }
    }

    @Command(
            name = "verify",
            mixinStandardHelpOptions = true,
            description = {
                "Reads the site back and reports " + "drift from the scheme.",
                "Exit codes: 0 as the scheme says; 1 drift or steps left; 2 usage or invalid "
                        + "scheme; 3 Jira cannot be reached."
            })
    static final class VerifyCommand extends Base {
        @Override
        int run(final Provisioner provisioner, final Scheme loaded, final PrintWriter out) throws JiraException {
            Plan plan = provisioner.plan();
            out.print(plan.text());
            out.println(
                    plan.isSettled()
                            ? "verified: the site is as the scheme says"
                            : "drift: the site differs from the scheme (see the CREATE, ADD, UPDATE, ASSIGN, CONFLICT and "
                                    + "MANUAL lines)");
            return plan.isSettled() ? Trace62304.OK : DRIFT;
        }
    }
}
