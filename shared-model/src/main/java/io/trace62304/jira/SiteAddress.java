package io.trace62304.jira;

import io.trace62304.jira.SiteAddressException.Problem;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The address of a Jira site (or of Atlassian's API gateway) as a user gives it: an absolute {@code https} URL (or
 * {@code http}, see {@link #checkTransport}) with a host, no user info, no query and no fragment. Credentials never
 * travel in the URL: a user name or password there would be printed, logged and written into every output that
 * names the item source. Messages about a refused address never repeat its user info.
 */
public final class SiteAddress {
    private static final Pattern USER_INFO = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*:/*)?[^/?#]*@");
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    private static final int SHOWN = 120;
    private static final int MAX_PORT = 65_535;

    private SiteAddress() {}

    /** The site's URL, without a trailing slash, or why it cannot be used. */
    public static URI parse(final String text) throws SiteAddressException {
        String given = text.strip();
        if (USER_INFO.matcher(given).find()) {
            throw new SiteAddressException(
                    Problem.USER_INFO,
                    "the Jira URL " + shown(given) + " carries a user name or password (user:password@); "
                            + "credentials are never given in the URL");
        }
        URI uri;
        try {
            uri = new URI(given);
        } catch (URISyntaxException e) {
            throw malformed(given, "it is not a URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"https".equals(scheme) && !"http".equals(scheme)) {
            throw malformed(given, scheme.isEmpty() ? "it has no scheme" : "its scheme is " + scheme);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw malformed(given, "it names no host (or a host name that is not valid)");
        }
        if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
            throw malformed(given, "its port " + uri.getPort() + " is not between 1 and " + MAX_PORT);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw malformed(given, "it has a query or a fragment; give the site's base URL");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
        try {
            return new URI(scheme + "://" + uri.getRawAuthority() + path);
        } catch (URISyntaxException e) {
            throw malformed(given, "it is not a URL (" + e.getReason() + ")");
        }
    }

    /** {@link #parse(String)} for a URL already parsed elsewhere (e.g. a host's configuration). */
    public static URI parse(final URI uri) throws SiteAddressException {
        return parse(uri.toString());
    }

    /**
     * Plain {@code http} sends the token in clear text: it is refused unless the host is this machine (loopback)
     * or the user allowed it explicitly; then the warning to show. {@code https} needs no warning.
     */
    public static Optional<String> checkTransport(final URI site, final boolean allowInsecureHttp)
            throws SiteAddressException {
        if (!"http".equalsIgnoreCase(site.getScheme()) || isLoopback(site)) {
            return Optional.empty();
        }
        if (!allowInsecureHttp) {
            throw new SiteAddressException(
                    Problem.INSECURE,
                    "the Jira URL " + site + " is plain http to another machine: the token would cross the network "
                            + "in clear text; use https");
        }
        return Optional.of("warning: the Jira URL " + site
                + " is plain http: the token crosses the network in clear text and can be read by anyone on the way");
    }

    /** Whether the host is this machine: {@code localhost}, 127.0.0.0/8 or {@code ::1}; no name is looked up. */
    public static boolean isLoopback(final URI site) {
        String host = site.getHost() == null ? "" : site.getHost().toLowerCase(Locale.ROOT);
        if ("localhost".equals(host) || IPV4_LOOPBACK.matcher(host).matches()) {
            return true;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            try {
                // an IPv6 literal: parsed, never resolved
                return InetAddress.getByName(host.substring(1, host.length() - 1))
                        .isLoopbackAddress();
            } catch (UnknownHostException e) {
                return false;
            }
        }
        return false;
    }

    private static SiteAddressException malformed(final String given, final String reason) {
        return new SiteAddressException(
                Problem.MALFORMED,
                "the Jira URL " + shown(given) + " cannot be used: " + reason
                        + "; give the site as https://HOST[:PORT][/CONTEXT]");
    }

    /** The address as given, for a message: user info masked, control characters shown as '?', bounded. */
    private static String shown(final String given) {
        String masked = USER_INFO.matcher(given).replaceFirst(m -> (m.group(1) == null ? "" : m.group(1)) + "***@");
        String visible = masked.replaceAll("\\p{Cntrl}", "?");
        return "'" + (visible.length() > SHOWN ? visible.substring(0, SHOWN) + "…" : visible) + "'";
    }
}
