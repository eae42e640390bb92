package io.trace62304.item;

import io.trace62304.item.ItemSet.Classification;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The classes of software systems and software items (4.3). A software item decomposed from a parent ({@code
 * is part of}) inherits the parent's class unless a {@code Segregation Rationale} (5.3.5) recorded on it
 * documents why a lower written class holds (4.3d); without a written class it takes the parent's. A parent
 * that is not in scope, or a decomposition cycle, gives Class C (4.3g).
 */
final class SoftwareClasses {
    private final ItemGraph graph;
    private final Map<String, Classification> done = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();

    SoftwareClasses(final ItemGraph graph) {
        this.graph = graph;
    }

    /** The effective class of a software system or item. */
    Classification of(final Item software) {
        Classification known = done.get(software.key());
        if (known != null) {
            return known;
        }
        if (!visiting.add(software.key())) {
            return new Classification(
                    SafetyClass.C, "decomposition of " + software.key() + " is a cycle: Class C assumed (4.3g)");
        }
        Classification result = derive(software);
        visiting.remove(software.key());
        done.put(software.key(), result);
        return result;
    }

    /** As a source for the items that link to it. */
    ClassSource source(final Item software) {
        return new ClassSource(
                of(software).safetyClass(),
                ClassSource.SOFTWARE,
                software.key(),
                "from software item " + software.key());
    }

    private Classification derive(final Item software) {
        ClassSource inherited = null;
        for (Item parent : graph.parentsOf(software.key())) {
            Classification parentClass = of(parent);
            inherited = ClassSource.higher(
                    inherited,
                    new ClassSource(
                            parentClass.safetyClass(),
                            ClassSource.SOFTWARE,
                            parent.key(),
                            "inherited from " + parent.key() + " it is part of (4.3d)"));
        }
        for (String missing : graph.danglingParents(software.key())) {
            inherited = ClassSource.higher(inherited, ClassSource.notInScope(software.key(), missing));
        }
        Optional<SafetyClass> written = SafetyClassification.explicit(software);
        if (written.isEmpty()) {
            return inherited == null
                    ? new Classification(SafetyClass.C, SafetyClassification.UNCLASSIFIED)
                    : new Classification(inherited.safetyClass(), inherited.basis());
        }
        String basis = SafetyClassification.explicitBasis(software);
        if (inherited == null || written.get().compareTo(inherited.safetyClass()) >= 0) {
            return new Classification(written.get(), basis);
        }
        if (software.has(ItemField.SEGREGATION_RATIONALE)) {
            return new Classification(
                    written.get(),
                    basis + ", below " + inherited.safetyClass() + " of " + inherited.key()
                            + " by its Segregation Rationale (4.3d, 5.3.5)");
        }
        return new Classification(
                inherited.safetyClass(),
                inherited.basis() + "; the written " + written.get() + " has no Segregation Rationale (4.3d, 5.3.5)");
    }
}
