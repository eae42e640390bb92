package io.trace62304.baseline;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
            write(node, writer);
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(final JsonNode node, final Writer out) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> writeObject(node, out);
            case ARRAY -> writeArray(node, out);
            case STRING -> writeString(node.textValue(), out);
            case NUMBER -> out.append(number(node));
            case BOOLEAN -> out.append(String.valueOf(node.booleanValue()));
            case NULL -> out.append("null");
            default -> throw new IllegalArgumentException("JSON cannot hold a " + node.getNodeType() + " node");
        }
    }

    private static void writeObject(final JsonNode node, final Writer out) throws IOException {
        List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
        members.addAll(node.properties());
        members.sort(Map.Entry.comparingByKey());
        out.append('{');
        for (int i = 0; i < members.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            writeString(members.get(i).getKey(), out);
            out.append(':');
            write(members.get(i).getValue(), out);
        }
        out.append('}');
    }

    private static void writeArray(final JsonNode node, final Writer out) throws IOException {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            write(node.get(i), out);
        }
        out.append(']');
    }

    static void writeString(final String text, final Writer out) throws IOException {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
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
