package org.coachingconversations.testing.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** SAL's users as a test lists them (key, user name, full name); the remote user is whoever the test acts as. */
public final class DirectoryUsers implements UserManager {

    private final Map<String, String[]> byKey = new HashMap<>();
    private String remoteUser;

    public DirectoryUsers add(String key, String username, String fullName) {
        byKey.put(key, new String[] {username, fullName});
        return this;
    }

    /** @param userKey null for an anonymous request */
    public DirectoryUsers actAs(String userKey) {
        this.remoteUser = userKey;
        return this;
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return byKey.entrySet().stream().filter(entry -> entry.getValue()[0].equals(username)).findFirst()
                .map(entry -> getUserProfile(new UserKey(entry.getKey()))).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        String[] user = byKey.get(userKey.getStringValue());
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
                return URI.create("/display/~" + URLEncoder.encode(user[0], StandardCharsets.UTF_8));
            }
        };
    }

    @Override
    public UserKey getRemoteUserKey() {
        return remoteUser == null ? null : new UserKey(remoteUser);
    }
}
