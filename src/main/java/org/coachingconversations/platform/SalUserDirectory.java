package org.coachingconversations.platform;

import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.UserDirectory;
import org.coachingconversations.domain.people.UserReference;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The host's users through SAL: a user name from a wizard's user picker becomes a user key and a display name. */
@Component
public class SalUserDirectory implements UserDirectory {

    private final UserManager userManager;

    public SalUserDirectory(UserManager userManager) {
        this.userManager = userManager;
    }

    @Override
    public Optional<KnownUser> find(UserReference reference) {
        UserProfile profile = userManager.getUserProfile(reference.value());
        if (profile == null || profile.getUserKey() == null) {
            return Optional.empty();
        }
        String fullName = profile.getFullName();
        String displayName = fullName == null || fullName.isBlank() ? reference.value() : fullName;
        return Optional.of(new KnownUser(profile.getUserKey().getStringValue(), displayName));
    }
}
