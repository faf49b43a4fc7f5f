package org.coachingconversations.sandbox.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.sandbox.data.SandboxUser;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a request is signed in as. The sandbox has no passwords: the user switcher's cookie names the user, and a
 * script may name one with HTTP basic authentication ({@code curl -u ana.ruiz:any}), whose password is not checked.
 * A request with neither, or naming nobody the sandbox knows, is anonymous.
 */
public final class SignedInUser {

    private SignedInUser() {
    }

    public static Optional<SandboxUser> of(HttpServletRequest request, SandboxStore store) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(SandboxServlet.USER_COOKIE)) {
                    Optional<SandboxUser> chosen = store.user(cookie.getValue());
                    if (chosen.isPresent()) {
                        return chosen;
                    }
                }
            }
        }
        return basicAuthenticationUsername(request.getHeader("Authorization")).flatMap(store::user);
    }

    static Optional<String> basicAuthenticationUsername(String header) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String username = colon < 0 ? decoded : decoded.substring(0, colon);
            return username.isBlank() ? Optional.empty() : Optional.of(username);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
