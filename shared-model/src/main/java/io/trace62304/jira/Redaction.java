package io.trace62304.jira;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes every form in which a site could echo the credentials back (the {@code Authorization} header value, its
 * Base64 part with or without padding, {@code user:token}, the token itself, URL-encoded or not) from text an
 * answer carried, before it is shown, logged or kept in an exception.
 */
final class Redaction {
    static final String MARK = "[redacted]";

    private final List<String> forms;

    Redaction(final Credentials credentials) {
        Set<String> all = new LinkedHashSet<>();
        all.add(credentials.authorization());
        if (credentials instanceof Credentials.Basic basic) {
            String pair = basic.user() + ":" + basic.secret().reveal();
            byte[] bytes = pair.getBytes(StandardCharsets.UTF_8);
            all.add(pair);
            all.add(Base64.getEncoder().encodeToString(bytes));
            all.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
            all.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            all.add(URLEncoder.encode(pair, StandardCharsets.UTF_8));
            addToken(all, basic.secret());
        } else if (credentials instanceof Credentials.Bearer bearer) {
            addToken(all, bearer.token());
        }
        this.forms = all.stream()
                .filter(form -> !form.isEmpty())
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    private static void addToken(final Set<String> forms, final Secret secret) {
        forms.add(secret.reveal());
        forms.add(URLEncoder.encode(secret.reveal(), StandardCharsets.UTF_8));
    }

    /** The text with every form of the credentials replaced by {@value #MARK}. */
    String apply(final String text) {
        String redacted = text;
        for (String form : forms) {
            redacted = redacted.replace(form, MARK);
        }
        return redacted;
    }

    List<String> apply(final List<String> texts) {
        return texts.stream().map(this::apply).toList();
    }
}
