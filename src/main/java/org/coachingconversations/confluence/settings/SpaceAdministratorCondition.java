package org.coachingconversations.confluence.settings;

import com.atlassian.confluence.spaces.Space;
import com.atlassian.plugin.web.Condition;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.domain.access.SpaceAdministration;

/**
 * Shows the space tools link to the settings page only to the space's administrators: the same check the page
 * makes, on the {@code space} of the web-item's context. No space, no signed-in user, or a check that fails: hidden.
 */
public class SpaceAdministratorCondition implements Condition {

    /** The context key under which Confluence hands a space-tools web-item its space. */
    static final String SPACE = "space";

    private final SpaceAdministration administration;
    private final UserManager userManager;

    public SpaceAdministratorCondition(SpaceAdministration administration, UserManager userManager) {
        this.administration = administration;
        this.userManager = userManager;
    }

    @Override
    public void init(Map<String, String> params) {
        // no parameters
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        if (context == null || !(context.get(SPACE) instanceof Space space) || space.getKey() == null) {
            return false;
        }
        Optional<String> user = Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
        try {
            return user.isPresent() && administration.mayAdminister(user, space.getKey());
        } catch (RuntimeException failure) {
            return false;
        }
    }
}
