package io.trace62304.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The official CycloneDX 1.7 JSON schema (specification tag 1.7.1, test resources {@code schema/cyclonedx-1.7},
 * see its SOURCES.md), with the schemas it refers to resolved from there: cyclonedx-core-java 11 bundles the
 * schemas up to 1.6 only. Validated with the JSON Schema validator the library itself uses.
 */
public final class CycloneDx17Schema {
    private static final JsonSchema SCHEMA = JsonSchemaFactory.getInstance(
                    SpecVersion.VersionFlag.V7,
                    builder -> builder.schemaMappers(mappers ->
                            mappers.mapPrefix("http://cyclonedx.org/schema/", "classpath:schema/cyclonedx-1.7/")))
            .getSchema(SchemaLocation.of("http://cyclonedx.org/schema/bom-1.7.schema.json"));

    private CycloneDx17Schema() {}

    /**
     * @param file a CycloneDX JSON document
     * @return what the 1.7 schema finds wrong with it; empty when it is valid
     */
    public static List<String> validate(final Path file) throws IOException {
        return SCHEMA.validate(new ObjectMapper().readTree(file.toFile())).stream()
                .map(ValidationMessage::getMessage)
                .sorted()
                .toList();
    }
}
