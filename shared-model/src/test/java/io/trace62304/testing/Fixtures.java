package io.trace62304.testing;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;

/** The project's own committed fixtures. A missing one fails the test: it is never silently skipped. */
public final class Fixtures {
    private Fixtures() {}

    /**
     * @param name file name under {@code src/test/resources/fixtures}
     * @return its path
     */
    public static Path of(final String name) {
        URL url = Fixtures.class.getResource("/fixtures/" + name);
        if (url == null) {
            throw new AssertionError("missing committed fixture: src/test/resources/fixtures/" + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
