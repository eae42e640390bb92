package io.trace62304.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes JSON in the canonical form of RFC 8785 (JCS): no whitespace, object members sorted by their UTF-16 code
 * units, strings with the minimal escapes, numbers as ECMAScript prints them. Baselines only hold integers and
 * short decimals; a number JCS would print in exponent form, or that a double cannot hold exactly as written,
 * is refused rather than printed in a form another implementation would not reproduce.
 */
public final class CanonicalJson {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final int MAX_DIGITS = 15;

    private CanonicalJson() {}

    public static byte[] bytes(final JsonNode node) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        write(node, out);
        return out.toByteArray();
    }

    /** Streams the canonical form as UTF-8, so large baselines are never held as one string. */
    public static void write(final JsonNode node, final OutputStream stream) {
        write(node, Map.of(), stream);
    }

    /**
     * Streams the canonical form of a tree whose large arrays are left empty in it and given apart, by JSON
     * pointer ({@code /tests/results}): their elements are written one at a time as the iterable yields them, so
     * the tree of the whole document never exists. Each pointer must name an array of the tree.
     *
     * @throws IllegalStateException if a pointer does not name an array of the tree
     */
    public static void write(
            final JsonNode node, final Map<String, Iterable<JsonNode>> streamed, final OutputStream stream) {
        try {
            Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
            CharSink sink = new CharSink(writer);
            Canonical canonical = new Canonical(sink, streamed);
            canonical.write(node, streamed.isEmpty() ? null : "");
            sink.flush();
            writer.flush();
            if (canonical.met != streamed.size()) {
                throw new IllegalStateException(
                        "streamed arrays " + streamed.keySet() + " are not all arrays of the document");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One canonical rendering; {@code path} is the pointer of the node while it may lead to a streamed array. */
    private static final class Canonical {
        private final CharSink out;
        private final Map<String, Iterable<JsonNode>> streamed;
        private final Set<String> prefixes = new HashSet<>();
        private int met;

        Canonical(final CharSink out, final Map<String, Iterable<JsonNode>> streamed) {
            this.out = out;
            this.streamed = streamed;
            for (String pointer : streamed.keySet()) {
                for (int slash = pointer.indexOf('/', 1); slash > 0; slash = pointer.indexOf('/', slash + 1)) {
                    prefixes.add(pointer.substring(0, slash));
                }
            }
        }

        void write(final JsonNode node, final String path) throws IOException {
            switch (node.getNodeType()) {
                case OBJECT -> writeObject(node, path);
                case ARRAY -> writeArray(node, path);
                case STRING -> writeString(node.textValue(), out);
                case NUMBER -> out.append(number(node));
                case BOOLEAN -> out.append(String.valueOf(node.booleanValue()));
                case NULL -> out.append("null");
                default -> throw new IllegalArgumentException("JSON cannot hold a " + node.getNodeType() + " node");
            }
        }

        private void writeObject(final JsonNode node, final String path) throws IOException {
            List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
            members.addAll(node.properties());
            members.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < members.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                String key = members.get(i).getKey();
                writeString(key, out);
                out.append(':');
                write(members.get(i).getValue(), path == null ? null : child(path, key));
            }
            out.append('}');
        }

        private String child(final String path, final String key) {
            String pointer = path + "/" + key;
            return prefixes.contains(pointer) || streamed.containsKey(pointer) ? pointer : null;
        }

        private void writeArray(final JsonNode node, final String path) throws IOException {
            Iterable<JsonNode> elements = node;
            if (path != null && streamed.containsKey(path)) {
                if (!node.isEmpty()) {
                    throw new IllegalStateException("the streamed array " + path + " is not empty in the tree");
                }
                elements = streamed.get(path);
                met++;
            }
            out.append('[');
            boolean first = true;
            for (JsonNode element : elements) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                write(element, null);
            }
            out.append(']');
        }
    }

    /**
     * A character buffer without the per-character lock of {@link java.io.BufferedWriter}; it hands whole chunks to
     * the UTF-8 encoder, which carries a surrogate pair split between chunks over.
     */
    private static final class CharSink {
        private final Writer out;
        private final char[] buffer = new char[1 << 14];
        private int size;

        CharSink(final Writer out) {
            this.out = out;
        }

        CharSink append(final char c) throws IOException {
            if (size == buffer.length) {
                flush();
            }
            buffer[size++] = c;
            return this;
        }

        CharSink append(final String text) throws IOException {
            return append(text, 0, text.length());
        }

        CharSink append(final String text, final int from, final int to) throws IOException {
            int at = from;
            while (at < to) {
                if (size == buffer.length) {
                    flush();
                }
                int n = Math.min(to - at, buffer.length - size);
                text.getChars(at, at + n, buffer, size);
                size += n;
                at += n;
            }
            return this;
        }

        void flush() throws IOException {
            out.write(buffer, 0, size);
            size = 0;
        }
    }

    private static void writeString(final String text, final CharSink out) throws IOException {
        out.append('"');
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(text, run, i);
            run = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, run, text.length());
        out.append('"');
    }

    static String number(final JsonNode node) {
        if (node.isIntegralNumber()) {
            BigDecimal value = new BigDecimal(node.bigIntegerValue());
            requireExact(value);
            return value.toPlainString();
        }
        BigDecimal value = node.decimalValue().stripTrailingZeros();
        if (value.signum() == 0) {
            return "0";
        }
        requireExact(value);
        if (value.abs().compareTo(new BigDecimal("1e-6")) < 0 || value.abs().compareTo(new BigDecimal("1e21")) >= 0) {
            throw new IllegalArgumentException("the number " + value + " would need exponent notation");
        }
        return value.scale() <= 0 ? value.toBigInteger().toString() : value.toPlainString();
    }

    private static void requireExact(final BigDecimal value) {
        if (value.stripTrailingZeros().precision() > MAX_DIGITS && value.scale() > 0
                || value.abs().compareTo(BigDecimal.valueOf(1L << 53)) > 0) {
            throw new IllegalArgumentException("the number " + value + " has no exact canonical form");
        }
    }
}
