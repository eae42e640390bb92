package io.trace62304.jiraapp.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Evaluates the subset of Jira expressions {@link ExpressionCompiler} writes, over JSON shaped like Jira's
 * expression context ({@code issue}, {@code user}): literals, {@code == != && || ! ? :}, member access, and the
 * list methods {@code includes}, {@code some}, {@code every} with arrow functions. Anything else is an error, so
 * the compiler cannot drift outside what this checks.
 */
final class ExpressionEvaluator {
    private final String text;
    private int at;
    private final Map<String, Object> variables = new HashMap<>();

    private ExpressionEvaluator(final String text, final Map<String, Object> variables) {
        this.text = text;
        this.variables.putAll(variables);
    }

    /** The value of {@code expression} with {@code issue} and {@code user} bound. */
    static Object evaluate(final String expression, final JsonNode issue, final JsonNode user) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("issue", issue);
        variables.put("user", user);
        ExpressionEvaluator evaluator = new ExpressionEvaluator(expression, variables);
        Function<Map<String, Object>, Object> compiled = evaluator.ternary();
        evaluator.skip();
        if (evaluator.at != expression.length()) {
            throw evaluator.error("unexpected text");
        }
        return compiled.apply(variables);
    }

    private Function<Map<String, Object>, Object> ternary() {
        Function<Map<String, Object>, Object> condition = or();
        if (!take("?")) {
            return condition;
        }
        Function<Map<String, Object>, Object> yes = ternary();
        expect(":");
        Function<Map<String, Object>, Object> no = ternary();
        return env -> truthy(condition.apply(env)) ? yes.apply(env) : no.apply(env);
    }

    private Function<Map<String, Object>, Object> or() {
        Function<Map<String, Object>, Object> left = and();
        while (take("||")) {
            Function<Map<String, Object>, Object> first = left;
            Function<Map<String, Object>, Object> right = and();
            left = env -> truthy(first.apply(env)) || truthy(right.apply(env));
        }
        return left;
    }

    private Function<Map<String, Object>, Object> and() {
        Function<Map<String, Object>, Object> left = unary();
        while (take("&&")) {
            Function<Map<String, Object>, Object> first = left;
            Function<Map<String, Object>, Object> right = unary();
            left = env -> truthy(first.apply(env)) && truthy(right.apply(env));
        }
        return left;
    }

    private Function<Map<String, Object>, Object> unary() {
        if (take("!")) {
            Function<Map<String, Object>, Object> operand = unary();
            return env -> !truthy(operand.apply(env));
        }
        Function<Map<String, Object>, Object> left = postfix();
        if (take("==")) {
            Function<Map<String, Object>, Object> right = postfix();
            return env -> Objects.equals(plain(left.apply(env)), plain(right.apply(env)));
        }
        if (take("!=")) {
            Function<Map<String, Object>, Object> right = postfix();
            return env -> !Objects.equals(plain(left.apply(env)), plain(right.apply(env)));
        }
        return left;
    }

    private Function<Map<String, Object>, Object> postfix() {
        Function<Map<String, Object>, Object> value = primary();
        while (take(".")) {
            String member = identifier();
            if (take("(")) {
                Function<Map<String, Object>, Object> target = value;
                value = call(target, member);
                expect(")");
            } else {
                Function<Map<String, Object>, Object> target = value;
                value = env -> member(target.apply(env), member);
            }
        }
        return value;
    }

    private Function<Map<String, Object>, Object> call(
            final Function<Map<String, Object>, Object> target, final String method) {
        if ("includes".equals(method)) {
            Function<Map<String, Object>, Object> argument = ternary();
            return env -> list(target.apply(env)).stream()
                    .map(ExpressionEvaluator::plain)
                    .toList()
                    .contains(plain(argument.apply(env)));
        }
        String parameter = identifier();
        expect("=>");
        Function<Map<String, Object>, Object> body = ternary();
        return switch (method) {
            case "some" ->
                env -> list(target.apply(env)).stream().anyMatch(e -> truthy(body.apply(with(env, parameter, e))));
            case "every" ->
                env -> list(target.apply(env)).stream().allMatch(e -> truthy(body.apply(with(env, parameter, e))));
            default -> throw error("method '" + method + "' is outside the subset");
        };
    }

    private Function<Map<String, Object>, Object> primary() {
        skip();
        if (take("(")) {
            Function<Map<String, Object>, Object> inner = ternary();
            expect(")");
            return inner;
        }
        if (take("[")) {
            List<Function<Map<String, Object>, Object>> elements = new ArrayList<>();
            if (!take("]")) {
                do {
                    elements.add(ternary());
                } while (take(","));
                expect("]");
            }
            return env -> elements.stream().map(e -> e.apply(env)).toList();
        }
        if (peek() == '\'') {
            String literal = string();
            return env -> literal;
        }
        String name = identifier();
        return switch (name) {
            case "true" -> env -> true;
            case "false" -> env -> false;
            case "null" -> env -> null;
            default ->
                env -> {
                    if (!env.containsKey(name)) {
                        throw error("unknown variable '" + name + "'");
                    }
                    return env.get(name);
                };
        };
    }

    private String string() {
        StringBuilder value = new StringBuilder();
        at++;
        while (text.charAt(at) != '\'') {
            if (text.charAt(at) == '\\') {
                at++;
            }
            value.append(text.charAt(at++));
        }
        at++;
        return value.toString();
    }

    private String identifier() {
        skip();
        int start = at;
        while (at < text.length() && (Character.isLetterOrDigit(text.charAt(at)) || text.charAt(at) == '_')) {
            at++;
        }
        if (start == at) {
            throw error("an identifier was expected");
        }
        return text.substring(start, at);
    }

    private boolean take(final String token) {
        skip();
        if (text.startsWith(token, at) && !(token.equals("!") && text.startsWith("!=", at))) {
            at += token.length();
            return true;
        }
        return false;
    }

    private void expect(final String token) {
        if (!take(token)) {
            throw error("'" + token + "' was expected");
        }
    }

    private char peek() {
        skip();
        return at < text.length() ? text.charAt(at) : 0;
    }

    private void skip() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }

    private IllegalArgumentException error(final String reason) {
        return new IllegalArgumentException(reason + " at " + at + ": " + text);
    }

    private static Object member(final Object target, final String name) {
        if (!(target instanceof JsonNode node) || !node.isObject()) {
            throw new IllegalArgumentException("member '" + name + "' of " + target + " (not an object)");
        }
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value;
    }

    private static List<Object> list(final Object value) {
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof JsonNode node && node.isArray()) {
            List<Object> elements = new ArrayList<>();
            node.forEach(elements::add);
            return elements;
        }
        throw new IllegalArgumentException(value + " is not a list");
    }

    private static Object plain(final Object value) {
        if (value instanceof JsonNode node && node.isValueNode()) {
            return node.isTextual() ? node.asText() : node.isBoolean() ? node.asBoolean() : node.asText();
        }
        return value;
    }

    private static boolean truthy(final Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        throw new IllegalArgumentException(value + " is not a boolean");
    }

    private static Map<String, Object> with(final Map<String, Object> env, final String name, final Object value) {
        Map<String, Object> inner = new HashMap<>(env);
        inner.put(name, value);
        return inner;
    }
}
