package io.trace62304.item;

/**
 * The class the risk a risk control controls implies (7.2.2b): the highest implied by the severities of the
 * hazards it mitigates, serious injury or death when it names none in scope (4.3g: never lower on missing data).
 *
 * @param hazard the hazard that sets the class, or empty when none is linked
 * @param why    the reason, for the report
 */
record ControlledRisk(SafetyClass safetyClass, String hazard, String why) {
    static ControlledRisk of(final ItemGraph graph, final Item control) {
        ControlledRisk best = null;
        for (Item hazard : graph.hazardsOf(control.key())) {
            SafetyClass implied = HarmSeverity.of(hazard).impliedClass();
            if (best == null || implied.compareTo(best.safetyClass) > 0) {
                best = new ControlledRisk(
                        implied, hazard.key(), "hazard " + hazard.key() + " (" + HarmSeverity.describe(hazard) + ")");
            }
        }
        return best != null
                ? best
                : new ControlledRisk(
                        SafetyClass.C, "", "no hazard in scope, so serious injury or death is assumed (4.3g)");
    }
}
