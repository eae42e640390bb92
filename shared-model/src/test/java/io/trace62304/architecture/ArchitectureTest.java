package io.trace62304.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.Configuration.consideringOnlyDependenciesInDiagram;
import static com.tngtech.archunit.library.plantuml.rules.PlantUmlArchCondition.adhereToPlantUmlDiagram;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.net.URL;
import java.util.Objects;

/** Keeps shared-model a plain library with a visible, acyclic package graph (docs/design.md). */
@AnalyzeClasses(packages = "io.trace62304", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    private static final URL DESIGN = Objects.requireNonNull(ArchitectureTest.class.getResource("/design.puml"));

    @ArchTest
    static final ArchRule NO_PLATFORM_CODE = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "hudson..",
                    "jenkins..",
                    "org.kohsuke..",
                    "org.jenkinsci..",
                    "com.atlassian..",
                    "picocli..",
                    "io.trace62304.cli..",
                    "io.trace62304.jenkins..",
                    "io.trace62304.jira.app..",
                    "io.trace62304.scan..",
                    "org.owasp..")
            .because("shared-model is a plain jar: platform glue lives in cli, jenkins-plugin and jira-app, and "
                    + "Dependency-Check's engine in scan, so that the Jenkins plugin does not carry it");

    @ArchTest
    static final ArchRule NO_CYCLES =
            slices().matching("io.trace62304.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule FOLLOWS_THE_DESIGN = ArchRuleDefinition.classes()
            .should(adhereToPlantUmlDiagram(DESIGN, consideringOnlyDependenciesInDiagram()));

    @ArchTest
    static final ArchRule LOCALE_INDEPENDENT_TEXT = noClasses()
            .should()
            .callMethod(String.class, "toLowerCase")
            .orShould()
            .callMethod(String.class, "toUpperCase")
            .orShould()
            .callMethod(String.class, "format", String.class, Object[].class)
            .orShould()
            .callMethod(String.class, "formatted", Object[].class)
            .because("a text that reaches a baseline or an output must not depend on the JVM locale (Turkish "
                    + "dotless i changed the digest): pass Locale.ROOT (issue 17, point 13)");

    @ArchTest
    static final ArchRule ONE_XML_ENTRY_POINT = noClasses()
            .that()
            .resideOutsideOfPackage("io.trace62304.xml..")
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.xml.stream.XMLInputFactory")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.xml.parsers.DocumentBuilderFactory")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("javax.xml.parsers.SAXParserFactory")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("com.ctc.wstx..")
            .because("all XML is read through io.trace62304.xml.SecureXml (IEC 62304 evidence must not be spoofable)");

    @ArchTest
    static final ArchRule ONE_JSON_ENTRY_POINT = noClasses()
            .that()
            .resideOutsideOfPackages("io.trace62304.json..")
            .should()
            .callMethod(com.fasterxml.jackson.databind.ObjectMapper.class, "readTree", java.io.InputStream.class)
            .because("report JSON is read through io.trace62304.json.SecureJson");

    @ArchTest
    static final ArchRule NUMBERS_THROUGH_ONE_HELPER = noClasses()
            .that()
            .resideOutsideOfPackage("io.trace62304.report")
            .should()
            .callMethod(Integer.class, "parseInt", String.class)
            .orShould()
            .callMethod(Long.class, "parseLong", String.class)
            .orShould()
            .callMethod(Double.class, "parseDouble", String.class)
            .because("report numbers go through io.trace62304.report.Numbers, which names the location of bad input");
}
