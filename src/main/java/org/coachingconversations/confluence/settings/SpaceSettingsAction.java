package org.coachingconversations.confluence.settings;

import com.atlassian.confluence.spaces.actions.SpaceAdminAction;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import java.util.Optional;
import org.apache.struts2.interceptor.parameter.StrutsParameter;
import org.coachingconversations.application.settings.EditSpaceSettings;
import org.coachingconversations.application.settings.SpaceSettingsNotFoundException;

/**
 * The space settings page (space tools → Coaching): shows the space's settings in a form; the form saves through the
 * settings REST resource ({@code settings/space-settings.js}), so there is one way to save and one place that checks.
 * Only the space's administrators see the page; anyone else, and any address naming no space, gets the
 * {@value #NOT_FOUND} result, Confluence's "page not found", so the page never tells whether a space exists.
 */
public class SpaceSettingsAction extends SpaceAdminAction {

    /** The result for anyone who does not administer the space, and for a space that does not exist. */
    public static final String NOT_FOUND = "notfound";

    private final EditSpaceSettings edit;
    private final UserManager userManager;
    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;
    private String spaceKey;
    private SpaceSettingsPage page;

    public SpaceSettingsAction(EditSpaceSettings edit, UserManager userManager, I18nResolver i18nResolver,
            ApplicationProperties applicationProperties) {
        this.edit = edit;
        this.userManager = userManager;
        this.i18n = i18nResolver;
        this.applicationProperties = applicationProperties;
    }

    /** The space, from the {@code key} request parameter, as every space action takes it. */
    @Override
    @StrutsParameter
    public void setKey(String key) {
        super.setKey(key);
        this.spaceKey = key;
    }

    /**
     * The host's own space-admin check would answer a non-administrator with its "not permitted" page, which tells
     * that the space exists; {@link #doDefault()} checks first instead and answers {@value #NOT_FOUND}.
     */
    @Override
    public boolean isPermitted() {
        return true;
    }

    @Override
    public String doDefault() {
        Optional<String> caller = Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
        try {
            page = new SpaceSettingsPage(spaceKey, applicationProperties.getBaseUrl(UrlMode.RELATIVE),
                    edit.show(caller, spaceKey), i18n);
            return INPUT;
        } catch (SpaceSettingsNotFoundException e) {
            page = null;
            return NOT_FOUND;
        }
    }

    /** The page's view model; null unless {@link #doDefault()} answered the form. */
    public SpaceSettingsPage getPage() {
        return page;
    }
}
