package io.trace62304.render;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ClassificationProfile;
import io.trace62304.item.SafetyClass;
import io.trace62304.risk.ChainGap;
import io.trace62304.risk.ChainLink;
import io.trace62304.risk.ControlChain;
import io.trace62304.risk.HazardChain;
import io.trace62304.risk.RiskChain;
import java.util.List;

/**
 * The risk chain of {@code report.html} (7.3.3): one row per hazard with its severity, the software items that
 * cause it, and each risk control with its class and why, the requirements and software items implementing it
 * (class and why) and the outcomes of their tests in this build; every gap is named with its clause and the row is
 * marked. The risk controls that mitigate no hazard follow.
 */
final class ChainSection {
    private ChainSection() {}

    static void write(
            final Html html, final RiskChain chain, final ClassificationProfile profile, final ItemLinks links) {
        Sections.open(
                html,
                "chain",
                "Risk chain (7.3.3): " + chain.hazards().size() + " hazard(s), " + chain.hazardsWithGaps()
                        + " with gaps; " + chain.unattachedControls().size() + " risk control(s) mitigating no hazard",
                true);
        html.element(
                "p",
                "Hazard (severity) \u2192 software items that cause it \u2192 risk controls \u2192 requirements and"
                        + " software items implementing them \u2192 verifying tests in this build. Each item shows its"
                        + " safety class and why (4.3, 7.2.2b); gaps are marked.");
        html.open("table", "id", "chain-table", "class", "data")
                .open("thead")
                .headerRow("Hazard", "Severity", "Caused by", "Risk controls \u2192 implemented by", "Gaps")
                .close("thead")
                .open("tbody");
        for (HazardChain hazard : chain.hazards()) {
            if (hazard.hasGap()) {
                html.open("tr", "class", "gap");
            } else {
                html.open("tr");
            }
            html.open("td");
            links.write(html, hazard.hazard().key());
            html.text(" " + hazard.hazard().summary())
                    .close("td")
                    .element("td", hazard.severity())
                    .open("td");
            causes(html, hazard.causes(), links);
            html.close("td").open("td");
            controls(html, hazard.controls(), profile, links);
            html.close("td").open("td");
            gaps(html, hazard.gaps());
            html.close("td").close("tr").markup("\n");
        }
        html.close("tbody").close("table");
        if (!chain.unattachedControls().isEmpty()) {
            html.element(
                    "h3",
                    "Risk controls that mitigate no hazard in scope: "
                            + chain.unattachedControls().size() + " ("
                            + ChainGap.MITIGATES_NO_HAZARD.describe() + "; their implementation and verification are"
                            + " in the matrix)");
            html.open("p", "class", "gap");
            for (int i = 0; i < chain.unattachedControls().size(); i++) {
                html.text(i > 0 ? ", " : "");
                links.write(
                        html, chain.unattachedControls().get(i).control().item().key());
            }
            html.close("p");
        }
        html.close("details").markup("\n");
    }

    private static void causes(final Html html, final List<ItemState> causes, final ItemLinks links) {
        if (causes.isEmpty()) {
            html.element("span", "none recorded", "class", "gap");
            return;
        }
        for (int i = 0; i < causes.size(); i++) {
            html.text(i > 0 ? ", " : "");
            links.write(html, causes.get(i).key());
        }
    }

    private static void controls(
            final Html html,
            final List<ControlChain> controls,
            final ClassificationProfile profile,
            final ItemLinks links) {
        if (controls.isEmpty()) {
            html.element("span", "none", "class", "gap");
            return;
        }
        html.open("ul");
        for (ControlChain control : controls) {
            html.open("li");
            link(html, control.control(), profile, links);
            html.open("ul");
            if (control.implementers().isEmpty()) {
                html.element("li", "implemented by nothing", "class", "gap");
            }
            for (ChainLink implementer : control.implementers()) {
                html.open("li").text("\u2192 ");
                link(html, implementer, profile, links);
                html.close("li");
            }
            html.close("ul").close("li");
        }
        html.close("ul");
    }

    /** "RC-1 summary · Class C (why) · VERIFIED: 3 passed", then its gaps. */
    private static void link(
            final Html html, final ChainLink link, final ClassificationProfile profile, final ItemLinks links) {
        ItemState item = link.item();
        links.write(html, item.key());
        html.text(" " + item.summary() + " \u00b7 ")
                .text(item.safetyClass().isEmpty() ? "no class" : profile.name(SafetyClass.valueOf(item.safetyClass())))
                .text(" ")
                .element("span", "(" + item.classBasis() + ")", "class", "why")
                .text(" \u00b7 ")
                .element(
                        "span",
                        item.verification().name(),
                        "class",
                        "v-" + item.verification().name())
                .text(": " + link.tests().describe());
        for (ChainGap gap : link.gaps()) {
            html.markup(" ").element("span", "\u26a0 " + gap.describe(), "class", "gap");
        }
    }

    private static void gaps(final Html html, final List<ChainGap> gaps) {
        for (ChainGap gap : gaps) {
            html.element("div", gap.describe(), "class", "gap");
        }
    }
}
