package org.coachingconversations.confluence.rest;

import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.coachingconversations.application.actionstep.ActionStepChangeForbiddenException;
import org.coachingconversations.application.actionstep.ActionStepsNotFoundException;
import org.coachingconversations.application.actionstep.StaleActionStepException;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.domain.actionstep.ActionStepFieldException;

/**
 * The answer of every action-steps call: 401 without a signed-in caller, a path id that is not a positive number is
 * 404 like any id that names nothing, and each refusal of the use case becomes its status code.
 */
final class ActionStepAnswers {

    private final UserManager userManager;
    private final ActionStepViews views;
    private final ActionStepMessages messages;
    private final I18nResolver i18n;

    ActionStepAnswers(UserManager userManager, ActionStepViews views, I18nResolver i18n, ReaderDates dates) {
        this.userManager = userManager;
        this.views = views;
        this.messages = new ActionStepMessages(i18n, dates);
        this.i18n = i18n;
    }

    /** Runs {@code call} with the caller's user key and the id from the path, and maps what it throws. */
    Response answer(String pathId, CallerCall call) {
        UserKey caller = userManager.getRemoteUserKey();
        if (caller == null) {
            return RestResponses.unauthorized(i18n);
        }
        Optional<Long> id = positiveId(pathId);
        if (id.isEmpty()) {
            return RestResponses.notFound(i18n);
        }
        try {
            return call.run(caller.getStringValue(), id.get());
        } catch (ActionStepsNotFoundException nothingToShow) {
            return RestResponses.notFound(i18n);
        } catch (ActionStepChangeForbiddenException forbidden) {
            return RestResponses.forbidden(messages.forbidden(forbidden));
        } catch (JsonBodies.MalformedBodyException malformed) {
            return RestResponses.badRequest(JsonBodies.BODY, i18n.getText(JsonBodies.MALFORMED_KEY));
        } catch (ActionStepFieldException invalid) {
            return RestResponses.badRequest(invalid.field(), messages.field(invalid));
        } catch (StaleActionStepException stale) {
            String message = messages.conflict(stale.lastChange(),
                    stale.changedByUserKey().flatMap(views::displayName), stale.zone(), stale.today());
            return RestResponses.conflict(message, views.step(stale.current()));
        }
    }

    private static Optional<Long> positiveId(String value) {
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        long id = Long.parseLong(value);
        return id > 0 ? Optional.of(id) : Optional.empty();
    }

    /** One use-case call for a signed-in caller and the id in the path. */
    @FunctionalInterface
    interface CallerCall {
        Response run(String callerKey, long id);
    }
}
