package org.coachingconversations.testing.sal;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** SAL's users for a test: key, user name and full name; the remote user is whoever the test acts as. */
public final class TestUsers implements UserManager {

    private final Map<String, String[]> byKey = new LinkedHashMap<>();
    private final java.util.Set<String> administrators = new java.util.HashSet<>();
    private String remoteUser;

    public TestUsers add(String key, String username, String fullName) {
        byKey.put(key, new String[] {username, fullName});
        return this;
    }

    /** Makes this user a Confluence administrator. */
    public TestUsers administrator(String userKey) {
        administrators.add(userKey);
        return this;
    }

    /** The signed-in user from now on; null for nobody. */
    public void signIn(String userKey) {
        remoteUser = userKey;
    }

    /** As {@link #signIn}, for chaining. */
    public TestUsers actAs(String userKey) {
        signIn(userKey);
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
                // A user name may hold any character; the profile address carries it encoded, as Confluence's does.
                return URI.create("/display/~" + URLEncoder.encode(user[0], StandardCharsets.UTF_8));
            }

            /** Every test user has an address made from the user name; a test can read it back. */
            @Override
            public String getEmail() {
                return user[0] + "@school.example";
            }
        };
    }

    @Override
    public UserKey getRemoteUserKey() {
        return remoteUser == null ? null : new UserKey(remoteUser);
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && administrators.contains(userKey.getStringValue());
    }
}
