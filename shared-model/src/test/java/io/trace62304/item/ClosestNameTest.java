package io.trace62304.item;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 17, point 20: the closest canonical issue type of a name the scheme does not know. */
class ClosestNameTest {
    @Test
    void shouldCountEditsIgnoringCase() {
        assertThat(ClosestName.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(ClosestName.distance("Risk Control", " risk control ")).isZero();
        assertThat(ClosestName.distance("", "Bug")).isEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({
        "Software Requirements, Software Requirement, true",
        "Risk Controls, Risk Control, true",
        "SOUP-Item, SOUP Item, true",
        "Hazzard, Hazard, true",
        "Software Itme, Software Item, true",
        "Software Systems, Software System, true",
        "Bug, Hazard, false",
        "Epic, Hazard, false"
    })
    void shouldNameTheClosestCanonicalTypeAndTellANearMiss(
            final String name, final String closest, final boolean nearMiss) {
        assertThat(ItemType.closestTo(name).displayName()).isEqualTo(closest);
        assertThat(ClosestName.isNearMiss(name, closest)).isEqualTo(nearMiss);
    }
}
