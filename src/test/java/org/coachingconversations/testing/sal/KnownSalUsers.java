package org.coachingconversations.testing.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * SAL's users for tests: key, user name and full name, each with a profile page below the base URL; the remote user
 * is whoever the test acts as ({@link #actAs}).
 */
public final class KnownSalUsers implements UserManager {

    private final Map<String, String[]> byKey = new HashMap<>();
    private String remoteUser;

    public KnownSalUsers add(String key, String username, String fullName) {
        byKey.put(key, new String[] {username, fullName});
        return this;
    }

    /** The user key of the request's user; null for an anonymous visitor. */
    public KnownSalUsers actAs(String userKey) {
        remoteUser = userKey;
        return this;
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return byKey.entrySet().stream().filter(entry -> entry.getValue()[0].equals(username)).findFirst()
                .map(entry -> getUserProfile(new UserKey(entry.getKey()))).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        String[] user = userKey == null ? null : byKey.get(userKey.getStringValue());
        if (user == null) {
            return null;
        }
        return new UserProfile() {
            @Override
            public UserKey getUserKey() {
                return userKey;
            }

            @Override
            public String getUsername() {
                return user[0];
            }

            @Override
            public String getFullName() {
                return user[1];
            }

            @Override
            public URI getProfilePageUri() {
                return URI.create("/display/~" + user[0].replace("\"", "%22").replace(">", "%3E")
                        .replace("<", "%3C").replace(" ", "%20"));
            }
        };
    }

    @Override
    public UserKey getRemoteUserKey() {
        return remoteUser == null ? null : new UserKey(remoteUser);
    }
}
