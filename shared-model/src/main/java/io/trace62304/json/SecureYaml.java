package io.trace62304.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.trace62304.report.ReportException;
import io.trace62304.report.ReportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The one way to read the YAML files people write by hand (item files, gate policies). Keys may not repeat,
 * aliases are refused (Jackson would read an alias as its anchor's name), a file holds one document, nesting is
 * capped, and every error names the file, line and column.
 */
public final class SecureYaml {
    private static final int MAX_ALIASES = 50;

    private SecureYaml() {}

    /** Reads one YAML document into a tree; an empty document is an error. */
    public static JsonNode read(final Path file, final ReportLimits limits) throws ReportException {
        return readDocument(file, limits).root();
    }

    /**
     * Reads the one YAML document of a file, with the location of every value. A file with a second document
     * ({@code ---}) is refused (it would be ignored), and so is an alias ({@code *name}): the reader would see
     * the anchor's name instead of its value. An empty document is an error.
     */
    public static YamlDocument readDocument(final Path file, final ReportLimits limits) throws ReportException {
        limits.checkFile(file);
        ObjectMapper mapper = new ObjectMapper(factory(limits));
        Map<String, YamlDocument.Location> locations = scan(file, mapper);
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = mapper.createParser(in)) {
            try {
                JsonNode root = mapper.readTree(parser);
                if (root == null || root.isMissingNode() || root.isNull()) {
                    throw new ReportException(file, "the file holds no YAML document");
                }
                return new YamlDocument(file.toString(), root, locations);
            } catch (JsonProcessingException e) {
                throw located(file, e, parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw located(file, e, null);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /** Walks the tokens once: refuses aliases and further documents, and notes where each value is. */
    private static Map<String, YamlDocument.Location> scan(final Path file, final ObjectMapper mapper)
            throws ReportException {
        Map<String, YamlDocument.Location> locations = new HashMap<>();
        try (InputStream in = Files.newInputStream(file);
                JsonParser parser = mapper.createParser(in)) {
            try {
                int depth = 0;
                int documents = 0;
                for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                    JsonLocation at = parser.currentTokenLocation();
                    if (depth == 0 && ++documents > 1) {
                        throw at(
                                file,
                                at,
                                "a second YAML document: an items file or policy holds exactly one"
                                        + " document, so nothing after '---' may be ignored; merge the documents");
                    }
                    if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                        throw at(
                                file,
                                at,
                                "the alias '*" + parser.getText() + "' is not supported: it would be read"
                                        + " as the anchor's name, not its value; write the value out");
                    }
                    YamlDocument.Location location = new YamlDocument.Location(at.getLineNr(), at.getColumnNr());
                    if (token.isStructStart()) {
                        locations.putIfAbsent(pointer(parser.getParsingContext().getParent()), location);
                        depth++;
                    } else if (token.isStructEnd()) {
                        depth--;
                    } else {
                        locations.putIfAbsent(pointer(parser.getParsingContext()), location);
                    }
                }
                return locations;
            } catch (JsonProcessingException e) {
                throw located(file, e, parser.currentLocation());
            }
        } catch (JsonProcessingException e) {
            throw located(file, e, null);
        } catch (IOException e) {
            throw new ReportException(file, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static String pointer(final JsonStreamContext context) {
        return context == null ? "" : context.pathAsPointer().toString();
    }

    private static ReportException at(final Path file, final JsonLocation at, final String reason) {
        return new ReportException(file.toString(), at.getLineNr(), at.getColumnNr(), reason, null);
    }

    /** Reads a YAML document from the class path (documented defaults shipped in the jar). */
    public static JsonNode readResource(final Class<?> owner, final String name) {
        ObjectMapper mapper = new ObjectMapper(factory(ReportLimits.DEFAULT));
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " next to " + owner.getName());
            }
            return mapper.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + name + ": " + e.getMessage(), e);
        }
    }

    private static ReportException located(
            final Path file, final JsonProcessingException e, final JsonLocation fallback) {
        JsonLocation at = e.getLocation() != null && e.getLocation().getLineNr() > 0 ? e.getLocation() : fallback;
        int line = at == null ? 0 : at.getLineNr();
        int column = at == null ? 0 : at.getColumnNr();
        String message = e.getOriginalMessage();
        String reason = message.contains("Duplicate field")
                ? "a key appears twice in one mapping, so the file is ambiguous: " + message
                : "malformed YAML: " + message;
        return new ReportException(file.toString(), line, column, reason, e);
    }

    private static YAMLFactory factory(final ReportLimits limits) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(limits.maxDepth());
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(limits.maxDepth())
                        .maxStringLength(limits.maxTextChars())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
    }
}
