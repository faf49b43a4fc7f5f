package org.coachingconversations.application.actionstep;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepDeadlines;
import org.coachingconversations.domain.actionstep.ActionStepDetails;
import org.coachingconversations.domain.actionstep.ActionStepFieldException;
import org.coachingconversations.domain.actionstep.ActionStepForm;
import org.coachingconversations.domain.actionstep.ActionStepNotFoundException;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.actionstep.ChangedBy;
import org.coachingconversations.domain.actionstep.StatusTransitionException;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.people.UserDirectory;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.transaction.UnitOfWork;
import org.coachingconversations.domain.versioning.ConcurrentUpdateException;
import org.coachingconversations.domain.versioning.Versioned;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The use case "a signed-in person reads and keeps up to date the action steps of a page": list, add, edit, change
 * the status of and delete steps, each call checked in this order, and refused with the first check that fails:
 *
 * <ol>
 *   <li>the page (for a step: the page it is on) exists and the caller may view it, else
 *       {@link ActionStepsNotFoundException}, the same for a page or step that does not exist;</li>
 *   <li>the caller may make the change ({@link ActionStep#mayBeChangedBy}: edit permission on the page, or owning
 *       the step; adding needs edit permission), else {@link ActionStepChangeForbiddenException};</li>
 *   <li>every value can be used ({@link ActionStepForm}), else {@link ActionStepFieldException} naming the field; a
 *       status move the rules refuse is a refused {@code status};</li>
 *   <li>the step is still at the version the caller saw, else {@link StaleActionStepException} with the step as it
 *       is now.</li>
 * </ol>
 *
 * <p>A refused call changes nothing. A permission check that fails counts as "no". The writes go through
 * {@link ChangeActionSteps}, so the conversation's "leads to action" flag follows in the same unit of work, and every
 * change records who made it and when.
 */
@Component
public class EditActionSteps {

    private static final System.Logger LOG = System.getLogger(EditActionSteps.class.getName());

    private final ActionStepStore steps;
    private final ConversationStore conversations;
    private final ChangeActionSteps changes;
    private final SpaceSettingsStore settings;
    private final PagePermissions permissions;
    private final UserDirectory users;
    private final Clock clock;

    @Autowired
    public EditActionSteps(ActionStepStore steps, ConversationStore conversations, UnitOfWork unitOfWork,
            SpaceSettingsStore settings, PagePermissions permissions, UserDirectory users) {
        this(steps, conversations, unitOfWork, settings, permissions, users, Clock.systemUTC());
    }

    public EditActionSteps(ActionStepStore steps, ConversationStore conversations, UnitOfWork unitOfWork,
            SpaceSettingsStore settings, PagePermissions permissions, UserDirectory users, Clock clock) {
        this.steps = Objects.requireNonNull(steps, "steps");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.changes = new ChangeActionSteps(steps, conversations, Objects.requireNonNull(unitOfWork, "unitOfWork"));
        this.settings = Objects.requireNonNull(settings, "settings");
        this.permissions = Objects.requireNonNull(permissions, "permissions");
        this.users = Objects.requireNonNull(users, "users");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Every step of the page, in the order they were added, for a caller who may view it. */
    public ActionStepsOnPage list(String callerKey, long pageId) {
        Optional<String> caller = caller(callerKey);
        requireViewable(caller, pageId);
        boolean mayEdit = mayEdit(caller, pageId);
        List<Versioned<ActionStep>> found = steps.findOnPage(pageId);
        boolean registered = conversations.find(pageId).isPresent();
        if (found.isEmpty()) {
            return new ActionStepsOnPage(pageId, mayEdit && registered, List.of());
        }
        ActionStepDeadlines deadlines = deadlines(found.get(0).value().spaceKey());
        return new ActionStepsOnPage(pageId, mayEdit && registered, found.stream()
                .map(step -> editable(step, deadlines, caller, mayEdit)).toList());
    }

    /**
     * Adds an open step to a page this app registered (one created from a blueprint); the caller needs edit
     * permission on it. On a page the caller may view that holds no conversation of this app there is no list to add
     * to: {@link ActionStepsNotFoundException}.
     */
    public EditableActionStep add(String callerKey, long pageId, ActionStepForm form) {
        Optional<String> caller = caller(callerKey);
        requireViewable(caller, pageId);
        if (!mayEdit(caller, pageId)) {
            throw new ActionStepChangeForbiddenException(ActionStepChangeForbiddenException.Refusal.ADD);
        }
        StoredConversation conversation = conversations.find(pageId).map(Versioned::value)
                .orElseThrow(ActionStepsNotFoundException::new);
        ActionStepDetails details = form.details(users);
        if (steps.findOnPage(pageId).size() >= ActionStepStore.MAX_STEPS_PER_PAGE) {
            throw new ActionStepFieldException(ActionStepForm.TEXT, ActionStepFieldException.Problem.PAGE_FULL,
                    ActionStepStore.MAX_STEPS_PER_PAGE);
        }
        ChangedBy by = new ChangedBy(caller.get(), clock.instant());
        ActionStep step = details.applyTo(ActionStep.open(pageId, conversation.spaceKey(), null,
                details.role(), details.description(), null)).withLastChange(by.added());
        Versioned<ActionStep> added = changes.addToPage(pageId, List.of(step)).get(0);
        return editable(added, deadlines(added.value().spaceKey()), caller, true);
    }

    /** Replaces the text, owner, role and due date of a step. */
    public EditableActionStep update(String callerKey, long stepId, Long version, ActionStepForm form) {
        Optional<String> caller = caller(callerKey);
        writableStep(caller, stepId);
        ActionStepDetails details = form.details(users);
        long expected = ActionStepForm.version(version);
        return written(caller, stepId, () -> changes.update(stepId, expected, details, changedBy(caller)));
    }

    /** Moves a step to open, done or dropped by the rules of {@link ActionStepStatus}. */
    public EditableActionStep changeStatus(String callerKey, long stepId, Long version, String status) {
        Optional<String> caller = caller(callerKey);
        Versioned<ActionStep> read = writableStep(caller, stepId);
        ActionStepStatus target = ActionStepForm.status(status);
        long expected = ActionStepForm.version(version);
        LocalDate today = settings.get(read.value().spaceKey()).calendar().today(clock);
        return written(caller, stepId, () -> {
            try {
                return changes.changeStatus(stepId, expected, target, today, changedBy(caller));
            } catch (StatusTransitionException refused) {
                throw new ActionStepFieldException(ActionStepForm.STATUS,
                        ActionStepFieldException.Problem.STATUS_MOVE_REFUSED, refused.from().id(), refused.to().id());
            }
        });
    }

    /** @param version the version the caller saw, as the request's query parameter carries it */
    public void delete(String callerKey, long stepId, String version) {
        Optional<String> caller = caller(callerKey);
        writableStep(caller, stepId);
        long expected = ActionStepForm.version(version);
        written(caller, stepId, () -> {
            changes.delete(stepId, expected);
            return null;
        });
    }

    private static Optional<String> caller(String callerKey) {
        if (callerKey == null || callerKey.isBlank()) {
            throw new IllegalArgumentException("Action steps are read and changed by a signed-in person only.");
        }
        return Optional.of(callerKey);
    }

    private ChangedBy changedBy(Optional<String> caller) {
        return new ChangedBy(caller.orElseThrow(), clock.instant());
    }

    /** The step, if it exists and the caller may view its page and change it. */
    private Versioned<ActionStep> writableStep(Optional<String> caller, long stepId) {
        Versioned<ActionStep> read = steps.find(stepId).orElseThrow(ActionStepsNotFoundException::new);
        long pageId = read.value().pageId();
        requireViewable(caller, pageId);
        if (!read.value().mayBeChangedBy(caller, mayEdit(caller, pageId))) {
            throw new ActionStepChangeForbiddenException(ActionStepChangeForbiddenException.Refusal.CHANGE);
        }
        return read;
    }

    /**
     * Runs a write; a version conflict becomes {@link StaleActionStepException} with the step read again after the
     * refused write was rolled back, and a step deleted meanwhile becomes {@link ActionStepsNotFoundException}.
     */
    private EditableActionStep written(Optional<String> caller, long stepId,
            Supplier<Versioned<ActionStep>> write) {
        Versioned<ActionStep> result;
        try {
            result = write.get();
        } catch (ActionStepNotFoundException gone) {
            throw new ActionStepsNotFoundException();
        } catch (ConcurrentUpdateException stale) {
            Versioned<ActionStep> current = steps.find(stepId).orElseThrow(ActionStepsNotFoundException::new);
            SpaceSettings space = settings.get(current.value().spaceKey());
            throw new StaleActionStepException(editable(current, deadlines(space), caller,
                    mayEdit(caller, current.value().pageId())), space.calendar().zone(),
                    space.calendar().today(clock), stale);
        }
        if (result == null) {
            return null;
        }
        ActionStep step = result.value();
        return editable(result, deadlines(step.spaceKey()), caller, mayEdit(caller, step.pageId()));
    }

    private EditableActionStep editable(Versioned<ActionStep> step, ActionStepDeadlines deadlines,
            Optional<String> caller, boolean mayEditPage) {
        return new EditableActionStep(step, deadlines.stateOf(step.value()),
                step.value().mayBeChangedBy(caller, mayEditPage));
    }

    private ActionStepDeadlines deadlines(String spaceKey) {
        return deadlines(settings.get(spaceKey));
    }

    private ActionStepDeadlines deadlines(SpaceSettings space) {
        return new ActionStepDeadlines(space.calendar(), clock, space.dueSoonDays());
    }

    private void requireViewable(Optional<String> caller, long pageId) {
        boolean mayView;
        try {
            mayView = pageId > 0 && permissions.canView(caller, pageId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check whether the caller may view page " + pageId
                    + "; answering as if it did not exist", e);
            mayView = false;
        }
        if (!mayView) {
            throw new ActionStepsNotFoundException();
        }
    }

    private boolean mayEdit(Optional<String> caller, long pageId) {
        try {
            return permissions.canEdit(caller, pageId);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not check whether the caller may edit page " + pageId
                    + "; answering no", e);
            return false;
        }
    }
}
