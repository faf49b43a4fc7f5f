package org.coachingconversations.sandbox.plugin;

import com.atlassian.beehive.ClusterLockService;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.testing.host.InMemoryClusterLocks;
import org.coachingconversations.testing.host.RecordingMailQueue;

/**
 * The host services the daily job, its status page and the digest subscription page need: a one-node cluster's
 * locks, Confluence's mail queue (each mail lands in the sandbox's Outbox instead of being sent), websudo (the
 * sandbox has no passwords, so every administrator's request counts as a secure session) and form XSRF tokens
 * (one random token per browser, in a cookie; a form must post it back as {@code atl_token}).
 */
final class SandboxJobHost {

    static final String XSRF_COOKIE = "sandbox.atl_token";
    static final String XSRF_FIELD = "atl_token";

    private final InMemoryClusterLocks locks = new InMemoryClusterLocks();
    private final RecordingMailQueue mailQueue;
    private final SecureRandom random = new SecureRandom();

    SandboxJobHost(SandboxStore store) {
        this.mailQueue = new RecordingMailQueue(mail -> store.queueMail(mail.to(), mail.subject(), mail.body(),
                mail.mimeType()));
    }

    HostServices provideInto(HostServices services) {
        return services.provide(ClusterLockService.class, locks)
                .provide(MultiQueueTaskManager.class, mailQueue)
                .provide(WebSudoManager.class, new WebSudoManager() {
                    @Override
                    public boolean canExecuteRequest(HttpServletRequest request) {
                        return true;
                    }

                    @Override
                    public void enforceWebSudoProtection(HttpServletRequest request, HttpServletResponse response) {
                        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
                    }

                    @Override
                    public void willExecuteWebSudoRequest(HttpServletRequest request) {
                    }
                })
                .provide(XsrfTokenAccessor.class, this::token)
                .provide(XsrfTokenValidator.class, request -> {
                    String posted = request.getParameter(XSRF_FIELD);
                    return posted != null && !posted.isEmpty() && cookie(request).filter(posted::equals).isPresent();
                });
    }

    private String token(HttpServletRequest request, HttpServletResponse response, boolean create) {
        Optional<String> existing = cookie(request);
        if (existing.isPresent() || !create) {
            return existing.orElse(null);
        }
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        String token = HexFormat.of().formatHex(bytes);
        Cookie cookie = new Cookie(XSRF_COOKIE, token);
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
        return token;
    }

    private static Optional<String> cookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return Optional.empty();
        }
        for (Cookie cookie : request.getCookies()) {
            if (cookie.getName().equals(XSRF_COOKIE) && cookie.getValue().matches("[0-9a-f]{40}")) {
                return Optional.of(cookie.getValue());
            }
        }
        return Optional.empty();
    }
}
