package org.coachingconversations.application.actionstep;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepFieldException;
import org.coachingconversations.domain.actionstep.ActionStepForm;
import org.coachingconversations.domain.actionstep.InMemoryActionStepStore;
import org.coachingconversations.domain.calendar.SchoolCalendar;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.InMemoryConversationStore;
import org.coachingconversations.domain.conversation.StoredConversation;
import org.coachingconversations.domain.followup.FixedSpaceSettings;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.ParticipantRole;
import org.coachingconversations.domain.transaction.UnitOfWork;
import org.junit.Before;
import org.junit.Test;

/** The order of the use case's checks and its fail-closed permission answers, over in-memory fakes of its ports. */
public class EditActionStepsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T17:12:00Z"), ZoneOffset.UTC);
    private static final String SPACE = "LINCOLN";
    private static final long PAGE = 150;

    private final InMemoryActionStepStore steps = new InMemoryActionStepStore();
    private final InMemoryConversationStore conversations = new InMemoryConversationStore();
    private final Permissions permissions = new Permissions();
    private EditActionSteps target;
    private long teresasStep;

    @Before
    public void setUp() {
        UnitOfWork direct = new UnitOfWork() {
            @Override
            public <T> T run(Supplier<T> work) {
                return work.get();
            }
        };
        target = new EditActionSteps(steps, conversations, direct,
                new FixedSpaceSettings(SchoolCalendar.standard(ZoneId.of("America/Denver"))), permissions,
                reference -> reference.value().equals("tmorales")
                        ? Optional.of(new KnownUser("teresa", "Teresa Morales")) : Optional.empty(), CLOCK);
        conversations.register(new StoredConversation(PAGE, SPACE, ConversationType.CYCLE_RECORD, "teresa",
                Optional.of("ana"), LocalDate.of(2026, 11, 30), Optional.empty(), Optional.empty()));
        teresasStep = steps.addToPage(PAGE, List.of(ActionStep.open(PAGE, SPACE, "teresa", ParticipantRole.TEACHER,
                "Try exit tickets", null))).get(0).value().id();
        permissions.view("ana", PAGE).edit("ana", PAGE).view("teresa", PAGE).view("ben", PAGE);
    }

    @Test
    public void update_shouldAnswerNotFoundBeforeAnythingElse_whenTheCallerMayNotViewThePage() {
        // When: a caller who may not view the page sends a stale version and bad values
        assertThrows(ActionStepsNotFoundException.class, () -> target.update("olu", teresasStep, 7L,
                new ActionStepForm("", "nobody", "principal", "2026-02-30")));
    }

    @Test
    public void update_shouldAnswerForbiddenBeforeCheckingTheValues_whenTheCallerNeitherEditsNorOwns() {
        // Then
        assertThrows(ActionStepChangeForbiddenException.class, () -> target.update("ben", teresasStep, 7L,
                new ActionStepForm("", "nobody", "principal", "2026-02-30")));
    }

    @Test
    public void update_shouldNameTheFirstBadFieldBeforeCheckingTheVersion() {
        // When
        ActionStepFieldException refused = assertThrows(ActionStepFieldException.class, () -> target.update(
                "teresa", teresasStep, 7L, new ActionStepForm("Fine", "nobody", "principal", "2026-02-30")));

        // Then
        assertEquals("owner", refused.field());
    }

    @Test
    public void changeStatus_shouldRefuse_whenTheEditPermissionCheckFails_andTheCallerDoesNotOwnTheStep() {
        // Given
        permissions.failingEdit = true;

        // Then: Ana may edit the page, but a check that fails counts as "no"
        assertThrows(ActionStepChangeForbiddenException.class, () -> target.changeStatus("ana", teresasStep, 0L,
                "done"));
        assertEquals(0, steps.find(teresasStep).orElseThrow().version());
    }

    @Test
    public void update_shouldLeaveTheOwnerUnableToChangeTheStep_onceSheGivesItAway() {
        // When
        EditableActionStep given = target.update("teresa", teresasStep, 0L,
                new ActionStepForm("Try exit tickets", "", "observer", ""));

        // Then
        assertFalse(given.canChange());
        assertThrows(ActionStepChangeForbiddenException.class, () -> target.changeStatus("teresa", teresasStep,
                given.step().version(), "done"));
    }

    @Test
    public void list_shouldOfferAddingOnlyOnARegisteredPageTheCallerMayEdit() {
        // Given
        permissions.view("ana", 151).edit("ana", 151);

        // Then
        assertTrue(target.list("ana", PAGE).canAdd());
        assertFalse(target.list("teresa", PAGE).canAdd());
        assertFalse("not created from a blueprint", target.list("ana", 151).canAdd());
        assertThrows(ActionStepsNotFoundException.class, () -> target.add("ana", 151,
                new ActionStepForm("On an unregistered page", "", "", "")));
    }

    /** Who may view and edit which page; edit checks may fail. */
    private static final class Permissions implements PagePermissions {
        private final Map<String, Set<Long>> viewable = new HashMap<>();
        private final Map<String, Set<Long>> editable = new HashMap<>();
        boolean failingEdit;

        Permissions view(String userKey, long pageId) {
            viewable.computeIfAbsent(userKey, key -> new HashSet<>()).add(pageId);
            return this;
        }

        Permissions edit(String userKey, long pageId) {
            editable.computeIfAbsent(userKey, key -> new HashSet<>()).add(pageId);
            return this;
        }

        @Override
        public boolean canView(Optional<String> userKey, long pageId) {
            return userKey.map(key -> viewable.getOrDefault(key, Set.of()).contains(pageId)).orElse(false);
        }

        @Override
        public boolean canEdit(Optional<String> userKey, long pageId) {
            if (failingEdit) {
                throw new IllegalStateException("permission service unavailable");
            }
            return userKey.map(key -> editable.getOrDefault(key, Set.of()).contains(pageId)).orElse(false);
        }
    }
}
