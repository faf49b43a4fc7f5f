package org.coachingconversations.sandbox.plugin;

import java.util.Optional;

/**
 * Who the current request is for, as Confluence knows the logged-in user of each request thread (what SAL's
 * {@code UserManager.getRemoteUserKey()} answers). The servlet sets it for the length of each request.
 */
public final class RemoteUser {

    private final ThreadLocal<String> username = new ThreadLocal<>();

    /** Makes {@code name} the remote user of this thread until the returned scope is closed. */
    public Scope actAs(String name) {
        String before = username.get();
        username.set(name);
        return () -> {
            if (before == null) {
                username.remove();
            } else {
                username.set(before);
            }
        };
    }

    Optional<String> username() {
        return Optional.ofNullable(username.get());
    }

    /** Ends acting as the user. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
