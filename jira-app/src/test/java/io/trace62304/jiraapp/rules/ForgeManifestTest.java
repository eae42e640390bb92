package io.trace62304.jiraapp.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.trace62304.json.SecureYaml;
import io.trace62304.report.ReportLimits;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The Forge app stays expression-only, and its manifest is valid under Atlassian's published manifest schema
 * (npm {@code @forge/manifest}) wherever that schema is installed ({@code npm ci} in jira-app/forge, or
 * {@code TRACE62304_FORGE_SCHEMA}).
 */
class ForgeManifestTest {
    private static final Path MANIFEST = Path.of("forge/manifest.yml");
    private static final Path INSTALLED = Path.of("forge/node_modules/@forge/manifest/out/schema/manifest-schema.json");

    @Test
    void shouldBeAnExpressionOnlyAppWithOneValidator() throws Exception {
        JsonNode manifest = SecureYaml.read(MANIFEST, ReportLimits.DEFAULT);

        JsonNode validators = manifest.path("modules").path("jira:workflowValidator");
        assertThat(manifest.path("modules").size()).isEqualTo(1);
        assertThat(validators).hasSize(1);
        assertThat(validators.get(0).path("key").asText())
                .as("the key ForgeApp finds it by")
                .isEqualTo(io.trace62304.jiraapp.provision.ForgeApp.MODULE_KEY);
        assertThat(validators.get(0).has("function")).as("no backend").isFalse();
        assertThat(manifest.has("resources") || manifest.has("remotes")).isFalse();
        assertThat(manifest.path("permissions").path("scopes"))
                .extracting(JsonNode::asText)
                .containsExactly("read:jira-work");
        assertThat(ExpressionEvaluator.evaluate(
                        validators.get(0).path("expression").asText(), null, null))
                .isEqualTo(true);
    }

    @Test
    void shouldSatisfyAtlassiansManifestSchema() throws Exception {
        Optional<Path> schemaFile = schema();
        if (schemaFile.isEmpty()) {
            System.out.println("SKIPPED: Forge manifest schema not installed (npm ci in jira-app/forge, or set "
                    + "TRACE62304_FORGE_SCHEMA to @forge/manifest's out/schema/manifest-schema.json)");
        }
        Assumptions.assumeTrue(schemaFile.isPresent(), "Forge manifest schema not installed");
        JsonSchema schema;
        try (InputStream in = Files.newInputStream(schemaFile.get())) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7)
                    .getSchema(new ObjectMapper().readTree(in));
        }

        JsonNode manifest = SecureYaml.read(MANIFEST, ReportLimits.DEFAULT);
        Set<ValidationMessage> problems = schema.validate(manifest);
        JsonNode broken = manifest.deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode)
                        broken.path("modules").path("jira:workflowValidator").get(0))
                .remove("key");

        assertThat(problems).isEmpty();
        assertThat(schema.validate(broken)).as("the schema does check").isNotEmpty();
    }

    private static Optional<Path> schema() {
        String configured = System.getenv("TRACE62304_FORGE_SCHEMA");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured));
        }
        return Files.isRegularFile(INSTALLED) ? Optional.of(INSTALLED) : Optional.empty();
    }
}
