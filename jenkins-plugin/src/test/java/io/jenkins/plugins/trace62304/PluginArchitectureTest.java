package io.jenkins.plugins.trace62304;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.kohsuke.stapler.verb.POST;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/** The plugin's rules: guarded form methods, glue only, nothing of the engine stored in build records. */
@AnalyzeClasses(packages = "io.jenkins.plugins.trace62304", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {
    private static final DescribedPredicate<JavaMethod> FORM_METHOD = DescribedPredicate.describe(
            "doCheck*, doFill* or doTest* form methods", method -> method.getName().matches("do(Check|Fill|Test).*"));

    @ArchTest
    static final ArchRule FORM_METHODS_ARE_POST = methods().that(FORM_METHOD).should().beAnnotatedWith(POST.class)
            .because("form methods that reach credentials or Jira must not answer GET requests (CSRF)");

    @ArchTest
    static final ArchRule FORM_METHODS_CHECK_PERMISSION = methods().that(FORM_METHOD)
            .should(callMethodOf(FormAccess.class)).because("every form method checks a permission first");

    @ArchTest
    static final ArchRule PERMISSION_CHECKS_CHECK = methods().that().areDeclaredIn(FormAccess.class)
            .and().doNotHaveModifier(JavaModifier.PRIVATE).and().doNotHaveName("<init>")
            .should(callMethodNamed("checkPermission"));

    @ArchTest
    static final ArchRule BUILD_RECORDS_HOLD_PLAIN_VALUES = fields().that().areDeclaredIn(GateAction.class)
            .and().areNotStatic().and().doNotHaveModifier(JavaModifier.TRANSIENT)
            .should().haveRawType(String.class).orShould().haveRawType(long.class)
            .because("build.xml keeps only the verdict and counts; the record is the baseline file");

    @ArchTest
    static final ArchRule NO_ENGINE_WORK_IN_GLUE = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("io.trace62304.xml..", "io.trace62304.junit..", "io.trace62304.depcheck..",
                    "io.trace62304.sbom..", "io.trace62304.coverage..", "io.trace62304.ingest..", "io.trace62304.trace..")
            .because("reports are read by shared-model behind GateJob, on the agent");

    private static ArchCondition<JavaMethod> callMethodOf(final Class<?> owner) {
        return new ArchCondition<>("call a method of " + owner.getSimpleName()) {
            @Override
            public void check(final JavaMethod method, final ConditionEvents events) {
                boolean calls = method.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getTargetOwner().isEquivalentTo(owner));
                events.add(new SimpleConditionEvent(method, calls, method.getFullName()
                        + (calls ? " checks" : " does not check") + " a permission through " + owner.getSimpleName()));
            }
        };
    }

    private static ArchCondition<JavaMethod> callMethodNamed(final String name) {
        return new ArchCondition<>("call " + name) {
            @Override
            public void check(final JavaMethod method, final ConditionEvents events) {
                boolean calls = method.getMethodCallsFromSelf().stream().anyMatch(call -> call.getName().equals(name));
                events.add(new SimpleConditionEvent(method, calls, method.getFullName()
                        + (calls ? " calls " : " does not call ") + name));
            }
        };
    }
}
