package io.trace62304.render;

import io.trace62304.baseline.Baseline;
import io.trace62304.baseline.ItemState;
import io.trace62304.gate.GateResult;
import io.trace62304.gate.RuleResult;
import io.trace62304.item.ItemType;
import io.trace62304.item.SafetyClass;
import io.trace62304.trace.VerificationStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The at-a-glance pictures of the report, as inline SVG that needs no script and no network. */
final class GlanceSvg {
    static final Map<VerificationStatus, String> COLOURS = Map.of(
            VerificationStatus.VERIFIED,
            "#2e7d32",
            VerificationStatus.VERIFIED_OTHERWISE,
            "#1565c0",
            VerificationStatus.FAILED,
            "#c62828",
            VerificationStatus.FLAKY,
            "#ef6c00",
            VerificationStatus.NOT_RUN,
            "#f9a825",
            VerificationStatus.UNTRACED,
            "#9e9e9e");
    private static final int WIDTH = 420;
    private static final int BAR = 22;

    private GlanceSvg() {}

    /** Requirements and risk controls per safety class, by verification status in this build. */
    static String verificationByClass(final Baseline baseline) {
        Map<SafetyClass, Map<VerificationStatus, Integer>> counts = new EnumMap<>(SafetyClass.class);
        for (ItemState item : baseline.items()) {
            if (isVerifiable(item)) {
                counts.computeIfAbsent(
                                SafetyClass.valueOf(item.safetyClass()), c -> new EnumMap<>(VerificationStatus.class))
                        .merge(item.verification(), 1, Integer::sum);
            }
        }
        StringBuilder svg =
                start("Verification of requirements and risk controls per safety class", 3 * (BAR + 12) + 40);
        int y = 10;
        for (SafetyClass safetyClass : List.of(SafetyClass.C, SafetyClass.B, SafetyClass.A)) {
            Map<VerificationStatus, Integer> row = counts.getOrDefault(safetyClass, Map.of());
            int total = row.values().stream().mapToInt(Integer::intValue).sum();
            svg.append(label(0, y + 15, "Class " + safetyClass));
            int x = 70;
            for (VerificationStatus status : VerificationStatus.values()) {
                int count = row.getOrDefault(status, 0);
                int width = total == 0 ? 0 : Math.max(count > 0 ? 2 : 0, count * (WIDTH - 140) / total);
                svg.append("<rect x=\"")
                        .append(x)
                        .append("\" y=\"")
                        .append(y)
                        .append("\" width=\"")
                        .append(width)
                        .append("\" height=\"")
                        .append(BAR)
                        .append("\" fill=\"")
                        .append(COLOURS.get(status))
                        .append("\"><title>")
                        .append(status.name().toLowerCase(java.util.Locale.ROOT))
                        .append(": ")
                        .append(count)
                        .append("</title></rect>");
                x += width;
            }
            svg.append(label(
                    x + 6,
                    y + 15,
                    total == 0
                            ? "none"
                            : row.getOrDefault(VerificationStatus.VERIFIED, 0) + "/" + total + " verified"));
            y += BAR + 12;
        }
        legend(svg, y + 12);
        return svg.append("</svg>").toString();
    }

    /** Findings per rule (rules without findings are left out). */
    static String findingsByRule(final GateResult result) {
        List<RuleResult> rules =
                result.rules().stream().filter(r -> !r.findings().isEmpty()).toList();
        int max = rules.stream().mapToInt(r -> r.findings().size()).max().orElse(1);
        StringBuilder svg = start("Findings by rule", Math.max(1, rules.size()) * (BAR + 6) + 16);
        int y = 8;
        if (rules.isEmpty()) {
            svg.append(label(0, y + 15, "no findings"));
        }
        for (RuleResult rule : rules) {
            int width = Math.max(2, rule.findings().size() * (WIDTH - 260) / max);
            String colour =
                    "ERROR".equals(rule.status()) ? "#6a1b9a" : "FAIL".equals(rule.status()) ? "#c62828" : "#f9a825";
            svg.append(label(0, y + 15, rule.id()))
                    .append("<rect x=\"210\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(width)
                    .append("\" height=\"")
                    .append(BAR)
                    .append("\" fill=\"")
                    .append(colour)
                    .append("\"></rect>")
                    .append(label(
                            216 + width, y + 15, String.valueOf(rule.findings().size())));
            y += BAR + 6;
        }
        return svg.append("</svg>").toString();
    }

    static boolean isVerifiable(final ItemState item) {
        return ItemType.REQUIREMENT.displayName().equals(item.type())
                || ItemType.RISK_CONTROL.displayName().equals(item.type());
    }

    private static StringBuilder start(final String title, final int height) {
        return new StringBuilder(2048)
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\"><title>")
                .append(Html.escape(title))
                .append("</title>");
    }

    private static void legend(final StringBuilder svg, final int y) {
        int x = 0;
        for (VerificationStatus status : VerificationStatus.values()) {
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y - 10)
                    .append("\" width=\"10\" height=\"10\" fill=\"")
                    .append(COLOURS.get(status))
                    .append("\"></rect>")
                    .append(label(
                            x + 14,
                            y,
                            status.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
            x += 100;
        }
    }

    private static String label(final int x, final int y, final String text) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"12\" font-family=\"sans-serif\">" + Html.escape(text)
                + "</text>";
    }
}
