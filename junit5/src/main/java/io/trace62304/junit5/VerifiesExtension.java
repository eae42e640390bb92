package io.trace62304.junit5;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Records {@link Verifies} declarations: each test publishes a report entry {@code trace62304.verifies}, and
 * after its class the extension writes {@code <dir>/<class>.verifies} in the trace mapping format
 * ({@code KEY, KEY: test-id-glob}). The directory is the configuration parameter or system property
 * {@value #DIRECTORY_PROPERTY}, by default {@code target/trace62304-verifies}.
 *
 * <p>The file is written when the class's extension store is closed, not from an {@code afterAll} callback: an
 * extension that {@code @Verifies} registers on a test method only (no class-level annotation) is never called
 * after all tests of the class, and such a class's declarations were lost.
 */
@SuppressWarnings(
        "deprecation") // Store.CloseableResource: honoured by every JUnit 5 from 5.1 on; AutoCloseable only from 5.13
public final class VerifiesExtension implements BeforeEachCallback {
    /** Where mapping files are written. */
    public static final String DIRECTORY_PROPERTY = "trace62304.verifies.dir";

    static final String DEFAULT_DIRECTORY = "target/trace62304-verifies";
    private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[0-9]+");
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(VerifiesExtension.class);

    @Override
    public void beforeEach(final ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        Set<String> keys = new LinkedHashSet<>(keysOf(context.getRequiredTestClass()));
        keys.addAll(keysOf(method));
        if (keys.isEmpty()) {
            return;
        }
        String joined = String.join(", ", keys);
        context.publishReportEntry("trace62304.verifies", joined);
        recorded(context).put(context.getRequiredTestClass().getName() + "." + method.getName(), joined);
    }

    /** The declarations of one test class, written to its mapping file when the class's store closes. */
    private static final class MappingFile implements ExtensionContext.Store.CloseableResource {
        private final String testClass;
        private final Path directory;
        private final Map<String, String> recorded = new TreeMap<>();

        MappingFile(final ExtensionContext classContext) {
            this.testClass = classContext.getRequiredTestClass().getName();
            this.directory = Path.of(classContext
                    .getConfigurationParameter(DIRECTORY_PROPERTY)
                    .orElse(System.getProperty(DIRECTORY_PROPERTY, DEFAULT_DIRECTORY)));
        }

        synchronized void put(final String testId, final String keys) {
            recorded.put(testId, keys);
        }

        @Override
        public synchronized void close() {
            List<String> lines = new ArrayList<>();
            lines.add("# written by trace62304 @Verifies for " + testClass);
            recorded.forEach((id, keys) -> {
                lines.add(keys + ": " + id);
                lines.add(keys + ": " + id + "(*");
                lines.add(keys + ": " + id + "[*");
            });
            try {
                Files.createDirectories(directory);
                Files.write(directory.resolve(testClass + ".verifies"), lines, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("trace62304 @Verifies cannot write its mapping file to " + directory, e);
            }
        }
    }

    private static List<String> keysOf(final AnnotatedElement element) {
        Verifies verifies = element.getAnnotation(Verifies.class);
        if (verifies == null) {
            return List.of();
        }
        List<String> keys = Arrays.stream(verifies.value()).map(String::strip).toList();
        for (String key : keys) {
            if (!KEY.matcher(key).matches()) {
                throw new ExtensionConfigurationException(
                        "@Verifies on " + element + ": '" + key + "' is not an issue key such as RC-12");
            }
        }
        return keys;
    }

    private static MappingFile recorded(final ExtensionContext context) {
        ExtensionContext classContext = context.getParent().orElseThrow();
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("mapping", k -> new MappingFile(classContext), MappingFile.class);
    }
}
