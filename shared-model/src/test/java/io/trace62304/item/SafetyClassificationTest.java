package io.trace62304.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.trace62304.item.ItemLink.Direction;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SafetyClassificationTest {
    @Test
    void shouldTakeTheClassOfTheSoftwareItemTheGroupTouches() {
        ItemSet items = ItemSet.of(List.of(
                softwareItem("S-1", "C"),
                item("R-1", ItemType.REQUIREMENT, "", link("S-1")),
                item("RC-1", ItemType.RISK_CONTROL, "", link("R-1"))));

        assertThat(items.classOf("RC-1"))
                .isEqualTo(new ItemSet.Classification(SafetyClass.C, "from software item S-1"));
        assertThat(items.classOf("R-1").safetyClass()).isEqualTo(SafetyClass.C);
    }

    @Test
    void shouldLetAnExplicitClassRaiseButNeverLower() {
        ItemSet items = ItemSet.of(List.of(
                softwareItem("S-1", "B"),
                item("R-1", ItemType.REQUIREMENT, "C", link("S-1")),
                item("R-2", ItemType.REQUIREMENT, "A", link("S-1"))));

        assertThat(items.classOf("R-1"))
                .isEqualTo(new ItemSet.Classification(SafetyClass.C, "explicit, raised from B of S-1"));
        assertThat(items.classOf("R-2").safetyClass()).isEqualTo(SafetyClass.B);
    }

    /** 4.3: a written class that names several classes is the highest of them, never the lower. */
    @Test
    void shouldReadAnAmbiguousWrittenClassAsTheHighestAndSaySo() {
        ItemSet items = ItemSet.of(List.of(
                softwareItem("S-1", "B/C"),
                softwareItem("S-2", "A"),
                item("R-1", ItemType.REQUIREMENT, "A or C", link("S-2")),
                item("R-2", ItemType.REQUIREMENT, "", link("S-1"))));

        assertThat(items.classOf("S-1"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.C, "explicit 'B/C' names [B, C]: the highest taken (4.3)"));
        assertThat(items.classOf("R-1"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.C,
                        "explicit 'A or C' names [A, C]: the highest taken (4.3), raised from A of S-2"));
        assertThat(items.classOf("R-2").safetyClass()).isEqualTo(SafetyClass.C);
    }

    /** 4.3g: a written class that cannot be read is no class at all, so C, even where links say A. */
    @Test
    void shouldHoldAnUnreadableWrittenClassAtC() {
        ItemSet items = ItemSet.of(
                List.of(softwareItem("S-2", "A"), item("R-1", ItemType.REQUIREMENT, "Critical", link("S-2"))));

        assertThat(items.classOf("R-1"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.C,
                        "explicit 'Critical' names no class: Class C assumed (4.3g), raised from A of S-2"));
    }

    @Test
    void shouldAssumeClassCForWhatNothingClassifies() {
        ItemSet items =
                ItemSet.of(List.of(item("P-1", ItemType.PROBLEM_REPORT, ""), item("S-9", ItemType.SOFTWARE_ITEM, "")));

        assertThat(items.classOf("P-1"))
                .isEqualTo(new ItemSet.Classification(SafetyClass.C, "unclassified: Class C assumed (4.3g)"));
        assertThat(items.classOf("S-9").safetyClass()).isEqualTo(SafetyClass.C);
        assertThat(ItemSet.empty().highestClass()).isEqualTo(SafetyClass.C);
    }

    @Test
    void shouldStopAtSoupItemsSoOneSharedLibraryDoesNotRaiseEverything() {
        ItemSet items = ItemSet.of(List.of(
                softwareItem("S-1", "C"),
                softwareItem("S-2", "A"),
                item("SOUP-1", ItemType.SOUP_ITEM, "", link("S-1"), link("R-2")),
                item("R-1", ItemType.REQUIREMENT, "", link("S-1"), link("SOUP-1")),
                item("R-2", ItemType.REQUIREMENT, "", link("S-2"))));

        assertThat(items.classOf("R-2").safetyClass()).isEqualTo(SafetyClass.A);
        assertThat(items.classOf("SOUP-1").safetyClass()).isEqualTo(SafetyClass.C);
        assertThat(items.highestClass()).isEqualTo(SafetyClass.C);
    }

    @Test
    void shouldTakeTheHighestOfSeveralSoftwareItemsAndNameIt() {
        ItemSet items = ItemSet.of(List.of(
                softwareItem("S-1", "A"),
                softwareItem("S-2", "C"),
                softwareItem("S-3", "C"),
                item("R-1", ItemType.REQUIREMENT, "", link("S-1")),
                item("R-2", ItemType.REQUIREMENT, "", link("S-3"), link("R-1"), link("S-2"))));

        assertThat(items.classOf("R-1")).isEqualTo(new ItemSet.Classification(SafetyClass.C, "from software item S-2"));
    }

    /** 4.3g, review C6: a link to an item not in scope may hide a higher class, so the item is C and says why. */
    @Test
    void shouldHoldAnItemLinkedOutOfScopeAtC() {
        ItemSet items = ItemSet.of(List.of(
                softwareItem("S-2", "A"),
                item("R-1", ItemType.REQUIREMENT, "B", link("ELSEWHERE-1")),
                item("R-2", ItemType.REQUIREMENT, "", link("PU-99"), link("S-2")),
                item(
                        "R-3",
                        ItemType.REQUIREMENT,
                        "",
                        link("S-2"),
                        new ItemLink("Verifies", Direction.INWARD, "QA-7"))));

        assertThat(items.classOf("R-1"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.C, "R-1 links to ELSEWHERE-1, which is not in scope: Class C assumed (4.3g)"));
        assertThat(items.classOf("R-2").basis())
                .isEqualTo("R-2 links to PU-99, which is not in scope: Class C assumed (4.3g)");
        assertThat(items.classOf("R-3").safetyClass())
                .as("a test case in another project does not classify")
                .isEqualTo(SafetyClass.A);
    }

    @Test
    void shouldKeepIdenticalDuplicatesOnceAndRefuseConflictingOnes() {
        Item item = item("R-1", ItemType.REQUIREMENT, "B");

        assertThat(ItemSet.of(List.of(item, item)).size()).isEqualTo(1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ItemSet.of(List.of(item, item("R-1", ItemType.REQUIREMENT, "C"))))
                .withMessageContaining("R-1 appears twice");
        assertThatIllegalArgumentException().isThrownBy(() -> ItemSet.empty().classOf("R-1"));
    }

    /** 7.2.2b: a risk control takes its class from the risk it controls, not from the item implementing it. */
    @Test
    void shouldHoldARiskControlAtTheClassItsHazardsSeverityImplies() {
        ItemSet items = ItemSet.of(List.of(
                softwareItem("S-2", "A"),
                hazard("H-1", "Serious injury or death"),
                hazard("H-2", "Non-serious injury"),
                item("RC-1", ItemType.RISK_CONTROL, "", mitigates("H-1")),
                item("R-1", ItemType.REQUIREMENT, "", link("RC-1"), link("S-2")),
                item("RC-2", ItemType.RISK_CONTROL, "", mitigates("H-2"), link("S-2"))));

        assertThat(items.classOf("RC-1"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.C, "from hazard H-1 (serious injury or death) mitigated by RC-1 (7.2.2b)"));
        assertThat(items.classOf("R-1").safetyClass())
                .as("the requirement implementing it")
                .isEqualTo(SafetyClass.C);
        assertThat(items.classOf("RC-2").safetyClass()).isEqualTo(SafetyClass.B);
        assertThat(items.classIssues())
                .extracting(ClassIssue::key, ClassIssue::missing)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "S-2", "Class C or higher, as it implements risk control RC-1"),
                        org.assertj.core.groups.Tuple.tuple(
                                "S-2", "Class B or higher, as it implements risk control RC-2"));
    }

    /** 4.3g and 7.2.2b: an unknown severity, or no hazard at all, never lowers a risk control below C. */
    @Test
    void shouldTakeAnUnknownSeverityOrAMissingHazardAsSerious() {
        ItemSet items = ItemSet.of(List.of(
                softwareItem("S-1", "B"),
                hazard("H-1", ""),
                hazard("H-2", "moderate"),
                item("RC-1", ItemType.RISK_CONTROL, "", mitigates("H-1"), link("S-1")),
                item("RC-2", ItemType.RISK_CONTROL, "", mitigates("H-2"), link("S-1")),
                item("RC-3", ItemType.RISK_CONTROL, "", link("S-1"))));

        assertThat(items.classOf("RC-1").basis())
                .isEqualTo("from hazard H-1 (serious injury or death assumed: no Hazard Severity recorded)"
                        + " mitigated by RC-1 (7.2.2b)");
        assertThat(items.classOf("RC-2").basis()).contains("Hazard Severity 'moderate' is not readable");
        assertThat(items.classOf("RC-3"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.C,
                        "risk control RC-3 names no hazard in scope: serious injury or death assumed (7.2.2b, 4.3g)"));
        assertThat(items.classIssues())
                .extracting(ClassIssue::key)
                .containsOnly("S-1")
                .hasSize(3);
    }

    /** Hazards have a severity (ISO 14971 via 4.3a), which the basis names; a non-serious one implies B. */
    @Test
    void shouldDescribeAHazardBySeverity() {
        ItemSet items = ItemSet.of(List.of(hazard("H-2", "non-serious injury"), softwareItem("S-1", "A")));

        assertThat(items.classOf("H-2").basis()).isEqualTo("severity: non-serious injury");
        assertThat(items.highestClass()).as("hazards are not software").isEqualTo(SafetyClass.A);
    }

    /** 4.3f: a link counts from either side; one written only on the software item still classifies. */
    @Test
    void shouldReadALinkWrittenOnlyOnTheSoftwareItemSide() {
        Item software = new Item(
                "S-1",
                ItemType.SOFTWARE_ITEM,
                "calculator",
                "Approved",
                true,
                "",
                Map.of(ItemField.SAFETY_CLASS, "C"),
                List.of(new ItemLink("Implements", Direction.OUTWARD, "R-1")));
        ItemSet items = ItemSet.of(
                List.of(software, softwareItem("S-2", "A"), item("R-1", ItemType.REQUIREMENT, "", link("S-2"))));

        assertThat(items.classOf("R-1")).isEqualTo(new ItemSet.Classification(SafetyClass.C, "from software item S-1"));
    }

    /** 4.3: a written class below the derived one is what Jira's workflow would use; it is an issue. */
    @Test
    void shouldReportAWrittenClassBelowTheDerivedOne() {
        ItemSet items = ItemSet.of(List.of(
                softwareItem("S-1", "C"),
                item("R-1", ItemType.REQUIREMENT, "A", link("S-1")),
                item("R-2", ItemType.REQUIREMENT, "C", link("S-1"))));

        assertThat(items.classIssues()).singleElement().satisfies(issue -> {
            assertThat(issue.key()).isEqualTo("R-1");
            assertThat(issue.missing()).isEqualTo("a Safety Class of C written on it (it says 'A')");
            assertThat(issue.message()).contains("Jira chooses its workflow rules by the written class");
        });
    }

    /** 4.3d: a part inherits its parent's class; a lower written class needs a segregation rationale (5.3.5). */
    @Test
    void shouldLetAPartInheritItsParentsClassUnlessASegregationRationaleIsRecorded() {
        ItemSet items = ItemSet.of(List.of(
                new Item(
                        "SYS-1",
                        ItemType.SOFTWARE_SYSTEM,
                        "pump software",
                        "Approved",
                        true,
                        "",
                        Map.of(ItemField.SAFETY_CLASS, "C"),
                        List.of(new ItemLink("Decomposes", Direction.INWARD, "S-3"))),
                part("S-1", "", "SYS-1", ""),
                part("S-2", "A", "SYS-1", ""),
                part("S-3", "A", "", "runs in its own process behind a read-only IPC channel"),
                part("S-4", "", "S-2", ""),
                part("S-5", "", "ELSEWHERE-9", "")));

        assertThat(items.classOf("S-1"))
                .isEqualTo(new ItemSet.Classification(SafetyClass.C, "inherited from SYS-1 it is part of (4.3d)"));
        assertThat(items.classOf("S-2"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.C,
                        "inherited from SYS-1 it is part of (4.3d); the written A has no Segregation Rationale"
                                + " (4.3d, 5.3.5)"));
        assertThat(items.classOf("S-3"))
                .as("the link written only on the parent's side ('consists of') counts")
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.A, "explicit, below C of SYS-1 by its Segregation Rationale (4.3d, 5.3.5)"));
        assertThat(items.classOf("S-4").safetyClass())
                .as("through S-2, held at C")
                .isEqualTo(SafetyClass.C);
        assertThat(items.classOf("S-5"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.C, "S-5 links to ELSEWHERE-9, which is not in scope: Class C assumed (4.3g)"));
        assertThat(items.classIssues())
                .extracting(ClassIssue::key, ClassIssue::missing)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "S-2", "a Segregation Rationale for Class A, or Safety Class C"));
    }

    /**
     * 4.3, 5.3.5, review C5: a SOUP item runs in the software system, so it is held at the system's class
     * unless a segregation rationale is recorded; then it takes the class of the items using it.
     */
    @Test
    void shouldHoldSoupAtTheClassOfTheSystemItRunsInUnlessSegregated() {
        ItemSet items = ItemSet.of(List.of(
                softwareItem("S-1", "C"),
                softwareItem("S-2", "A"),
                soup("SOUP-1", "", link("S-2")),
                soup("SOUP-2", "only called from the log formatter's separate process", link("S-2")),
                soup("SOUP-3", "", link("OTHER-1"))));

        assertThat(items.classOf("SOUP-1"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.C,
                        "runs in the software system in scope (its highest class from S-1); no Segregation Rationale"
                                + " recorded (4.3, 5.3.5)"));
        assertThat(items.classOf("SOUP-2"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.A, "from software item S-2, segregated by its Segregation Rationale (5.3.5)"));
        assertThat(items.classOf("SOUP-3").safetyClass()).isEqualTo(SafetyClass.C);
    }

    /** 4.3: SOUP in one software system takes that system's class, not another system's. */
    @Test
    void shouldTakeTheClassOfTheSoftwareSystemTheSoupRunsIn() {
        ItemSet items = ItemSet.of(List.of(
                system("SYS-1", "C"),
                system("SYS-2", "B"),
                part("S-1", "", "SYS-2", ""),
                soup("SOUP-1", "", link("S-1"))));

        assertThat(items.classOf("SOUP-1"))
                .isEqualTo(new ItemSet.Classification(
                        SafetyClass.B,
                        "runs in software system SYS-2; no Segregation Rationale recorded (4.3, 5.3.5)"));
    }

    static Item system(final String key, final String safetyClass) {
        return item(key, ItemType.SOFTWARE_SYSTEM, safetyClass);
    }

    static Item part(final String key, final String safetyClass, final String parent, final String rationale) {
        return new Item(
                key,
                ItemType.SOFTWARE_ITEM,
                "part " + key,
                "Approved",
                true,
                "",
                Map.of(ItemField.SAFETY_CLASS, safetyClass, ItemField.SEGREGATION_RATIONALE, rationale),
                parent.isEmpty() ? List.of() : List.of(new ItemLink("Decomposes", Direction.OUTWARD, parent)));
    }

    static Item soup(final String key, final String rationale, final ItemLink... links) {
        return new Item(
                key,
                ItemType.SOUP_ITEM,
                "library " + key,
                "Approved",
                true,
                "",
                Map.of(ItemField.SEGREGATION_RATIONALE, rationale),
                List.of(links));
    }

    static Item hazard(final String key, final String severity) {
        return new Item(
                key,
                ItemType.HAZARD,
                "hazard " + key,
                "Open",
                false,
                "",
                Map.of(ItemField.HAZARD_SEVERITY, severity),
                List.of());
    }

    static ItemLink mitigates(final String hazard) {
        return new ItemLink("Mitigates", Direction.OUTWARD, hazard);
    }

    static Item softwareItem(final String key, final String safetyClass) {
        return item(key, ItemType.SOFTWARE_ITEM, safetyClass);
    }

    static Item item(final String key, final ItemType type, final String safetyClass, final ItemLink... links) {
        return new Item(
                key,
                type,
                "summary of " + key,
                "Open",
                false,
                "",
                Map.of(ItemField.SAFETY_CLASS, safetyClass),
                List.of(links));
    }

    static ItemLink link(final String key) {
        return new ItemLink("Implements", Direction.OUTWARD, key);
    }
}
