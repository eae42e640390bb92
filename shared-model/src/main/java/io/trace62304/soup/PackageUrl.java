package io.trace62304.soup;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * A package URL reduced to what identifies a component: type, namespace and name (the coordinates) and the
 * version. Qualifiers and subpath are dropped, percent-escapes decoded, scheme and type lower-cased. A valid
 * package URL is read by packageurl-java, which also applies the type's own normalisation (e.g. PyPI names in
 * lower case, {@code _} as {@code -}); text it refuses but that still has the {@code pkg:type/name} shape (an
 * upper-case scheme, a leading slash, as some scanners write) is read leniently.
 */
public record PackageUrl(String coordinates, String version) {
    /** Parses {@code pkg:type/namespace/name@version?qualifiers#subpath}; anything else is empty. */
    public static Optional<PackageUrl> parse(final String text) {
        String value = text.strip();
        if (value.startsWith("pkg:")) {
            try {
                PackageURL purl = new PackageURL(value);
                String version = purl.getVersion() == null ? "" : purl.getVersion();
                String namespace = purl.getNamespace() == null ? "" : purl.getNamespace() + "/";
                return Optional.of(new PackageUrl("pkg:" + purl.getType() + "/" + namespace + purl.getName(), version));
            } catch (MalformedPackageURLException e) {
                // fall through to the lenient reading below
            }
        }
        return lenient(value);
    }

    private static Optional<PackageUrl> lenient(final String text) {
        String value = text;
        if (!value.regionMatches(true, 0, "pkg:", 0, 4)) {
            return Optional.empty();
        }
        value = cut(cut(value.substring(4), '#'), '?');
        while (value.startsWith("/")) {
            value = value.substring(1);
        }
        int slash = value.indexOf('/');
        if (slash <= 0 || slash == value.length() - 1) {
            return Optional.empty();
        }
        String type = value.substring(0, slash).toLowerCase(Locale.ROOT);
        String rest = value.substring(slash + 1);
        int at = rest.lastIndexOf('@');
        String version = "";
        if (at > rest.lastIndexOf('/')) {
            version = decode(rest.substring(at + 1));
            rest = rest.substring(0, at);
        }
        return Optional.of(new PackageUrl("pkg:" + type + "/" + decode(rest), version));
    }

    /** The canonical text: coordinates, and the version when there is one. */
    public String text() {
        return version.isEmpty() ? coordinates : coordinates + "@" + version;
    }

    /** The last path segment of the coordinates: the package name. */
    public String name() {
        return coordinates.substring(coordinates.lastIndexOf('/') + 1);
    }

    private static String cut(final String value, final char at) {
        int index = value.indexOf(at);
        return index < 0 ? value : value.substring(0, index);
    }

    private static String decode(final String value) {
        if (value.indexOf('%') < 0) {
            return value;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%' && i + 2 < value.length() && isHex(value.charAt(i + 1)) && isHex(value.charAt(i + 2))) {
                bytes.write(Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(final char c) {
        return Character.digit(c, 16) >= 0;
    }
}
