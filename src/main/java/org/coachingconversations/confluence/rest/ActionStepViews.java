package org.coachingconversations.confluence.rest;

import org.coachingconversations.platform.SiteLinks;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Optional;
import org.coachingconversations.application.actionstep.ActionStepsOnPage;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.application.actionstep.EditableActionStep;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepChange;

/**
 * Turns what the use case returns into the API's JSON: labels from the i18n bundle, people by user name, the due date
 * both ISO ({@code dueOn}) and as the reader writes it ({@code dueOnLabel}).
 */
final class ActionStepViews {

    private static final String PREFIX = "coaching.actionsteps.macro.";

    private final I18nResolver i18n;
    private final UserManager userManager;
    private final SiteLinks links;
    private final ReaderDates dates;

    ActionStepViews(I18nResolver i18n, UserManager userManager, ApplicationProperties applicationProperties,
            ReaderDates dates) {
        this.i18n = i18n;
        this.dates = dates;
        this.userManager = userManager;
        this.links = new SiteLinks(applicationProperties);
    }

    ActionStepsJson.Steps steps(ActionStepsOnPage page) {
        return new ActionStepsJson.Steps(page.pageId(), page.canAdd(), page.steps().stream().map(this::step).toList());
    }

    ActionStepsJson.Step step(EditableActionStep editable) {
        ActionStep step = editable.step().value();
        String dueState = switch (editable.dueState()) {
            case OVERDUE -> "overdue";
            case DUE_SOON -> "due-soon";
            default -> null;
        };
        return new ActionStepsJson.Step(step.id(), step.pageId(), editable.step().version(), step.description(),
                step.role().id(), i18n.getText(step.role().nameKey()), step.ownerKey().map(this::person).orElse(null),
                step.dueOn().map(Object::toString).orElse(null),
                step.dueOn().map(dates::date).orElseGet(() -> i18n.getText(PREFIX + "due.none")),
                step.status().id(), i18n.getText(step.status().nameKey()), dueState,
                dueState == null ? null : i18n.getText(PREFIX + "deadline." + dueState), editable.canChange(),
                step.lastChange().map(this::lastChange).orElse(null));
    }

    /** The display name of a user key, when the host knows the user. */
    Optional<String> displayName(String userKey) {
        return Optional.ofNullable(userManager.getUserProfile(new UserKey(userKey))).map(this::displayName);
    }

    private ActionStepsJson.LastChange lastChange(ActionStepChange change) {
        return new ActionStepsJson.LastChange(person(change.byUserKey()), change.at().toString());
    }

    private ActionStepsJson.Person person(String userKey) {
        UserProfile profile = userManager.getUserProfile(new UserKey(userKey));
        if (profile == null || profile.getUsername() == null) {
            return new ActionStepsJson.Person(null, i18n.getText(PREFIX + "owner.unknown"), null);
        }
        return new ActionStepsJson.Person(profile.getUsername(), displayName(profile),
                links.profileUrl(profile.getProfilePageUri()));
    }

    private String displayName(UserProfile profile) {
        String fullName = profile.getFullName();
        return fullName == null || fullName.isBlank() ? profile.getUsername() : fullName;
    }

}
