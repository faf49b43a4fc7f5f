package org.coachingconversations.sandbox.plugin;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.sandbox.data.SandboxUser;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SAL's user manager over the sandbox's users. As in Confluence, a user's key is an opaque string that is not the
 * user name, so code that mixes the two up fails here too. The remote user is the one the current request is for.
 */
final class SandboxUserManager implements UserManager {

    private final SandboxStore store;
    private final RemoteUser remoteUser;

    SandboxUserManager(SandboxStore store, RemoteUser remoteUser) {
        this.store = store;
        this.remoteUser = remoteUser;
    }

    @Override
    public UserKey getRemoteUserKey() {
        return remoteUser.username().filter(name -> store.user(name).isPresent())
                .map(name -> new UserKey(userKeyOf(name))).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(String username) {
        if (username == null) {
            return null;
        }
        return store.user(username).map(Profile::new).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        if (userKey == null || userKey.getStringValue() == null) {
            return null;
        }
        return store.users().stream().filter(user -> userKeyOf(user.username()).equals(userKey.getStringValue()))
                .findFirst().<UserProfile>map(Profile::new).orElse(null);
    }

    /** A member of the demo school's site administrators' group is a Confluence administrator. */
    @Override
    public boolean isAdmin(UserKey userKey) {
        if (userKey == null) {
            return false;
        }
        return store.users().stream().filter(user -> userKeyOf(user.username()).equals(userKey.getStringValue()))
                .anyMatch(user -> store.groupsOf(user.username()).contains(DemoSchool.ADMINISTRATORS_GROUP));
    }

    /** A stable key for a user name, shaped like Confluence's (32 hex digits). */
    static String userKeyOf(String username) {
        try {
            byte[] digest = MessageDigest.getInstance("MD5")
                    .digest(("sandbox:" + username).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides MD5", e);
        }
    }

    private static final class Profile implements UserProfile {
        private final SandboxUser user;

        Profile(SandboxUser user) {
            this.user = user;
        }

        @Override
        public UserKey getUserKey() {
            return new UserKey(userKeyOf(user.username()));
        }

        @Override
        public String getUsername() {
            return user.username();
        }

        @Override
        public String getFullName() {
            return user.fullName();
        }

        /** Confluence's address of a profile, relative to the base URL; the sandbox has no profile pages. */
        @Override
        public URI getProfilePageUri() {
            return URI.create("/display/~" + java.net.URLEncoder.encode(user.username(), StandardCharsets.UTF_8));
        }

        @Override
        public String getEmail() {
            return user.email();
        }
    }
}
