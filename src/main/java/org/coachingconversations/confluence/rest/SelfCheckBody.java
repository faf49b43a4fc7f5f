package org.coachingconversations.confluence.rest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The body of {@code PUT /pages/{id}/self-check}, read from the request text here rather than by the host's JSON
 * provider, so that a body that is no JSON, or a field of the wrong kind, gets a 400 naming that field like every
 * other bad input (the host's provider would answer in its own words, naming nothing). Fields other than
 * {@code version}, {@code present} and {@code notes} are ignored.
 *
 * @param version the version the caller saw; empty for the first save
 */
record SelfCheckBody(OptionalLong version, List<String> present, Map<String, String> notes) {

    /** Longer than seven notes at their limit, with every character escaped, ever needs. */
    static final int MAX_BODY_LENGTH = 100_000;

    /**
     * A body that cannot be read; {@link #field()} names the field at fault, or {@code body}; {@link #problem()} the
     * message key after {@code coaching.messages.self-check.body.}, with its {@link #facts()}.
     */
    static final class Malformed extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;
        private final String problem;
        private final String[] facts;

        Malformed(String field, String problem, String... facts) {
            super(field + ": " + problem);
            this.field = field;
            this.problem = problem;
            this.facts = facts;
        }

        String field() {
            return field;
        }

        String problem() {
            return problem;
        }

        String[] facts() {
            return facts.clone();
        }
    }

    static SelfCheckBody parse(String text) {
        if (text == null || text.isBlank()) {
            throw new Malformed("body", "missing");
        }
        if (text.length() > MAX_BODY_LENGTH) {
            throw new Malformed("body", "too-long", String.valueOf(text.length()), String.valueOf(MAX_BODY_LENGTH));
        }
        Object parsed;
        try {
            parsed = new Json(text).document();
        } catch (IllegalArgumentException e) {
            throw new Malformed("body", "not-json");
        }
        if (!(parsed instanceof Map<?, ?> object)) {
            throw new Malformed("body", "not-an-object");
        }
        return new SelfCheckBody(version(object.get("version")), present(object.get("present")),
                notes(object.get("notes")));
    }

    private static OptionalLong version(Object value) {
        if (value == null) {
            return OptionalLong.empty();
        }
        if (value instanceof BigDecimal number) {
            try {
                long version = number.longValueExact();
                if (version >= 0) {
                    return OptionalLong.of(version);
                }
            } catch (ArithmeticException e) {
                // not a whole number: refused below
            }
        }
        throw new Malformed("version", "version");
    }

    private static List<String> present(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> items) {
            List<String> ids = new ArrayList<>();
            for (Object item : items) {
                if (!(item instanceof String id)) {
                    throw new Malformed("present", "present");
                }
                ids.add(id);
            }
            return ids;
        }
        throw new Malformed("present", "present");
    }

    private static Map<String, String> notes(Object value) {
        if (value == null) {
            return Map.of();
        }
        if (value instanceof Map<?, ?> entries) {
            Map<String, String> notes = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : entries.entrySet()) {
                if (entry.getValue() != null && !(entry.getValue() instanceof String)) {
                    throw new Malformed("notes", "notes");
                }
                notes.put((String) entry.getKey(), (String) entry.getValue());
            }
            return notes;
        }
        throw new Malformed("notes", "notes");
    }

    /**
     * A strict reader of one JSON document (RFC 8259): objects become maps, arrays lists, numbers
     * {@link BigDecimal}, and {@code null} null. A duplicate key is refused, since which one counts would be a guess.
     */
    private static final class Json {
        private static final int MAX_DEPTH = 16;
        private final String text;
        private int position;

        Json(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value(0);
            skipWhitespace();
            if (position < text.length()) {
                throw error("unexpected text after the JSON value");
            }
            return value;
        }

        private Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw error("nested too deeply");
            }
            skipWhitespace();
            if (position >= text.length()) {
                throw error("the body ends too early");
            }
            char next = text.charAt(position);
            switch (next) {
                case '{':
                    return object(depth);
                case '[':
                    return array(depth);
                case '"':
                    return string();
                case 't':
                    return literal("true", Boolean.TRUE);
                case 'f':
                    return literal("false", Boolean.FALSE);
                case 'n':
                    return literal("null", null);
                default:
                    if (next == '-' || (next >= '0' && next <= '9')) {
                        return number();
                    }
                    throw error("unexpected character '" + next + "'");
            }
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> object = new LinkedHashMap<>();
            position++;
            skipWhitespace();
            if (peek('}')) {
                position++;
                return object;
            }
            while (true) {
                skipWhitespace();
                if (!peek('"')) {
                    throw error("expected a field name in double quotes");
                }
                String key = string();
                skipWhitespace();
                expect(':');
                if (object.containsKey(key)) {
                    throw error("the field \"" + key + "\" appears twice");
                }
                object.put(key, value(depth + 1));
                skipWhitespace();
                if (peek(',')) {
                    position++;
                } else {
                    expect('}');
                    return object;
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> array = new ArrayList<>();
            position++;
            skipWhitespace();
            if (peek(']')) {
                position++;
                return array;
            }
            while (true) {
                array.add(value(depth + 1));
                skipWhitespace();
                if (peek(',')) {
                    position++;
                } else {
                    expect(']');
                    return array;
                }
            }
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            position++;
            while (position < text.length()) {
                char c = text.charAt(position++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    if (position >= text.length()) {
                        break;
                    }
                    char escaped = text.charAt(position++);
                    switch (escaped) {
                        case '"', '\\', '/' -> out.append(escaped);
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'n' -> out.append('\n');
                        case 'r' -> out.append('\r');
                        case 't' -> out.append('\t');
                        case 'u' -> {
                            if (position + 4 > text.length()) {
                                throw error("an incomplete \\u escape");
                            }
                            try {
                                out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                            } catch (NumberFormatException e) {
                                throw error("an invalid \\u escape");
                            }
                            position += 4;
                        }
                        default -> throw error("an invalid escape \\" + escaped);
                    }
                } else if (c < 0x20) {
                    throw error("a control character inside a string (escape it)");
                } else {
                    out.append(c);
                }
            }
            throw error("a string is not closed");
        }

        private BigDecimal number() {
            int start = position;
            while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
            String candidate = text.substring(start, position);
            if (!candidate.matches("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?") || candidate.length() > 40) {
                throw error("an invalid number " + candidate);
            }
            return new BigDecimal(candidate);
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, position)) {
                throw error("unexpected text");
            }
            position += word.length();
            return value;
        }

        private boolean peek(char expected) {
            return position < text.length() && text.charAt(position) == expected;
        }

        private void expect(char expected) {
            if (!peek(expected)) {
                throw error("expected '" + expected + "'");
            }
            position++;
        }

        private void skipWhitespace() {
            while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
                position++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at character " + (position + 1) + ".");
        }
    }
}
