package org.coachingconversations.sandbox;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser stand-in for sandbox tests: plain HTTP as one of the demo users (chosen by the switcher's cookie). */
final class SandboxClient {

    private static final Pattern PAGE_ID = Pattern.compile("pageId=(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Sandbox sandbox;

    SandboxClient(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    HttpResponse<String> get(String path, String username) {
        return send(request(path, username).GET().build());
    }

    HttpResponse<String> post(String path, Map<String, String> form, String username) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, username).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** Creates a page through the create form, as a user would, and returns its id. */
    long createPage(String username, String spaceKey, String title, String storageFormat) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("spaceKey", spaceKey);
        form.put("title", title);
        form.put("body", storageFormat);
        HttpResponse<String> response = post("/pages/createpage.action", form, username);
        if (response.statusCode() != 302) {
            throw new AssertionError("Creating \"" + title + "\" answered " + response.statusCode() + ": "
                    + response.body());
        }
        Matcher id = PAGE_ID.matcher(response.headers().firstValue("Location").orElse(""));
        if (!id.find()) {
            throw new AssertionError("No page id in " + response.headers().firstValue("Location"));
        }
        return Long.parseLong(id.group(1));
    }

    private HttpRequest.Builder request(String path, String username) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(sandbox.baseUri() + path));
        if (username != null) {
            builder.header("Cookie", "sandbox.user=" + username);
        }
        return builder;
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("Sandbox request failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted: " + request.uri(), e);
        }
    }
}
