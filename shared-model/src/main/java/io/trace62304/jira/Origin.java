package io.trace62304.jira;

import java.net.URI;
import java.util.Locale;

/** Scheme, host and port of a URL (RFC 6454): the only place credentials are sent is the configured site's. */
record Origin(String scheme, String host, int port) {
    static Origin of(final URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
        return new Origin(scheme, uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT), port);
    }

    @Override
    public String toString() {
        return scheme + "://" + host + (port >= 0 ? ":" + port : "");
    }
}
