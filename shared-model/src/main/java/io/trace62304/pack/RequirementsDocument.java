package io.trace62304.pack;

import io.trace62304.baseline.ItemState;
import io.trace62304.item.ItemLink.Direction;
import io.trace62304.item.ItemType;
import io.trace62304.item.LinkType;
import io.trace62304.render.Html;
import java.util.List;

/**
 * {@code srs}: the software requirements (5.2) with their text, status, class, the risk controls they implement
 * (5.2.3) and the software items that implement them, and whether this build verified them (5.7.4).
 */
final class RequirementsDocument implements PackDocument {
    @Override
    public String name() {
        return "srs";
    }

    @Override
    public String title() {
        return "Software requirements specification";
    }

    @Override
    public String clauses() {
        return "IEC 62304 5.2, 5.2.2, 5.2.3";
    }

    @Override
    public void body(final Html html, final PackContent content) {
        List<ItemState> requirements = content.items(ItemType.REQUIREMENT.displayName());
        Links links = new Links(content.baseline().items());
        long withoutText = requirements.stream()
                .filter(r -> content.text(r).origin() == ItemText.Origin.NONE)
                .count();
        html.element(
                "p",
                requirements.size() + " software requirement(s) in the baseline; " + withoutText
                        + " without a recorded text. Each requirement's text is the one sealed in the baseline"
                        + " (the item's Description), so it is the text this build was verified against.");
        for (ItemState requirement : requirements) {
            ItemText text = content.text(requirement);
            html.open("section", "id", requirement.key())
                    .element("h2", requirement.key() + " " + requirement.summary())
                    .open("table")
                    .headerRow(
                            "Status",
                            "Safety class",
                            "Implements (risk controls, 5.2.3)",
                            "Implemented by",
                            "Verification in this build")
                    .row(
                            requirement.status(),
                            requirement.safetyClass(),
                            Links.joined(links.of(requirement, LinkType.IMPLEMENTS, Direction.OUTWARD)),
                            Links.joined(links.of(requirement, LinkType.IMPLEMENTS, Direction.INWARD)),
                            requirement.verification().name())
                    .close("table");
            if (!text.text().isEmpty()) {
                html.element("div", text.text(), "class", "text");
            }
            if (!text.note().isEmpty()) {
                html.element("p", text.note(), "class", text.origin() == ItemText.Origin.NONE ? "gap" : "note");
            }
            html.close("section").markup("\n");
        }
    }
}
