package org.coachingconversations.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.sandbox.data.SandboxUser;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The user search that Confluence's wizard user picker ({@code Confluence.Binder.autocompleteMultiUser}) queries:
 * {@code GET /rest/prototype/1/search/user.json?query=…&max-results=…}, answered in the shape that binder reads
 * ({@code result[]} with {@code type}, {@code username}, {@code userKey}, {@code title} and {@code thumbnailLink.href}).
 * It finds the sandbox's users whose user name, full name or a word of the full name starts with the query, ignoring
 * case. Every string is JSON-escaped, with {@code < > & '} written as {@code \\u} escapes so that the answer is inert
 * even where it were read as HTML.
 */
final class UserSearch {

    static final String PATH = "/rest/prototype/1/search/user.json";
    private static final int DEFAULT_MAX_RESULTS = 10;
    private static final int MOST_RESULTS = 50;

    private final SandboxStore store;
    private final SandboxPlugin plugin;

    UserSearch(SandboxStore store, SandboxPlugin plugin) {
        this.store = store;
        this.plugin = plugin;
    }

    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String query = request.getParameter("query");
        if (query == null || query.isBlank()) {
            refuse(response, "query: give the start of a user name or full name to search for");
            return;
        }
        int maxResults;
        try {
            maxResults = maxResults(request.getParameter("max-results"));
        } catch (IllegalArgumentException e) {
            refuse(response, e.getMessage());
            return;
        }
        String wanted = query.strip().toLowerCase(Locale.ROOT);
        List<SandboxUser> found = store.users().stream().filter(user -> matches(user, wanted)).toList();
        String base = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
                + request.getContextPath();
        StringBuilder json = new StringBuilder("{\"result\":[");
        found.stream().limit(maxResults).forEach(user -> {
            if (json.charAt(json.length() - 1) != '[') {
                json.append(',');
            }
            json.append("{\"type\":\"user\",\"username\":").append(string(user.username()))
                    .append(",\"userKey\":").append(string(plugin.userKey(user.username())))
                    .append(",\"title\":").append(string(user.fullName()))
                    .append(",\"thumbnailLink\":{\"href\":").append(string(base + "/sandbox/static/avatar.svg"))
                    .append(",\"type\":\"image/svg+xml\",\"rel\":\"thumbnail\"}}");
        });
        json.append("],\"total\":").append(found.size()).append(",\"startIndex\":0}");
        send(response, 200, json.toString());
    }

    private static boolean matches(SandboxUser user, String wanted) {
        String fullName = user.fullName().toLowerCase(Locale.ROOT);
        return user.username().toLowerCase(Locale.ROOT).startsWith(wanted) || fullName.startsWith(wanted)
                || Arrays.stream(fullName.split("\\s+")).anyMatch(word -> word.startsWith(wanted));
    }

    private static int maxResults(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_MAX_RESULTS;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= 1 && parsed <= MOST_RESULTS) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException("max-results: a whole number from 1 to " + MOST_RESULTS + ", not " + value);
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        send(response, 400, "{\"statusCode\":400,\"message\":" + string(message) + "}");
    }

    private static void send(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON string literal. */
    static String string(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.chars().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\'' || c == 0x2028 || c == 0x2029) {
                        out.append(String.format(Locale.ROOT, "\\u%04x", c));
                    } else {
                        out.append((char) c);
                    }
                }
            }
        });
        return out.append('"').toString();
    }
}
