package org.coachingconversations.application.cyclerecord;

import static org.junit.Assert.assertEquals;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.coachingconversations.domain.access.CreatedPageControls;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.junit.Test;

/** The policy on its own, over a page whose host calls are recorded and can be told to fail. */
public class RestrictCycleRecordTest {

    private static final ZoneId ZONE = ZoneId.of("America/Denver");
    private static final Optional<String> TEACHER = Optional.of("key-teacher");
    private static final Optional<String> OBSERVER = Optional.of("key-observer");

    private SpaceSettings settings = SpaceSettings.builder(ZONE).leadersGroup("leaders").build();
    private final RestrictCycleRecord target = new RestrictCycleRecord(new SpaceSettingsStore() {
        @Override
        public SpaceSettings get(String spaceKey) {
            if (settings == null) {
                throw new IllegalStateException("The database is unavailable");
            }
            return settings;
        }

        @Override
        public void save(String spaceKey, SpaceSettings value) {
            throw new UnsupportedOperationException();
        }
    });

    @Test
    public void restrict_shouldLetTeacherObserverAndLeadersIn() {
        // Given
        RecordedPage page = new RecordedPage();

        // When
        target.restrict(page, TEACHER, OBSERVER);

        // Then
        assertEquals(List.of("restrict [key-teacher, key-observer] Optional[leaders]"), page.calls);
    }

    @Test
    public void restrict_shouldDoNothing_whenTheSpaceTurnedTheRestrictionOff() {
        // Given
        settings = SpaceSettings.builder(ZONE).restrictCycleRecords(false).build();
        RecordedPage page = new RecordedPage();

        // When
        target.restrict(page, TEACHER, OBSERVER);

        // Then
        assertEquals(List.of(), page.calls);
    }

    @Test
    public void restrict_shouldCloseToTheCreatorWithAWarning_whenAPersonIsUnknownOrTheSettingsCannotBeRead() {
        // Given
        RecordedPage unknownObserver = new RecordedPage();
        RecordedPage noTeacher = new RecordedPage();

        // When
        target.restrict(unknownObserver, TEACHER, Optional.of("key-gone"));
        target.restrict(noTeacher, Optional.empty(), OBSERVER);
        settings = null;
        RecordedPage unreadableSettings = new RecordedPage();
        target.restrict(unreadableSettings, TEACHER, OBSERVER);

        // Then
        for (RecordedPage page : List.of(unknownObserver, noTeacher, unreadableSettings)) {
            assertEquals(List.of("creator", "warning"), page.calls);
        }
    }

    @Test
    public void restrict_shouldCloseToTheCreator_whenTheFullRestrictionFails_evenIfTheWarningFailsToo() {
        // Given
        RecordedPage page = new RecordedPage();
        page.failing = Set.of("restrict", "warning");

        // When
        target.restrict(page, TEACHER, OBSERVER);

        // Then
        assertEquals(List.of("restrict [key-teacher, key-observer] Optional[leaders]", "creator", "warning"),
                page.calls);
    }

    @Test
    public void restrict_shouldTrashThePage_whenNoRestrictionCanBeSetOrNoCreatorIsNamed() {
        // Given
        RecordedPage creatorRefused = new RecordedPage();
        creatorRefused.failing = Set.of("restrict", "creator");
        RecordedPage noCreator = new RecordedPage();
        noCreator.hasCreator = false;

        // When
        target.restrict(creatorRefused, TEACHER, OBSERVER);
        target.restrict(noCreator, TEACHER, Optional.empty());

        // Then
        assertEquals(List.of("restrict [key-teacher, key-observer] Optional[leaders]", "creator", "trash"),
                creatorRefused.calls);
        assertEquals(List.of("trash"), noCreator.calls);
    }

    @Test
    public void restrict_shouldNeverThrow_whenEvenTheTrashFails() {
        // Given
        RecordedPage page = new RecordedPage();
        page.failing = Set.of("restrict", "creator", "trash");

        // When
        target.restrict(page, TEACHER, OBSERVER);

        // Then
        assertEquals(List.of("restrict [key-teacher, key-observer] Optional[leaders]", "creator", "trash"), page.calls);
    }

    private static final class RecordedPage implements CreatedPageControls {
        private final List<String> calls = new ArrayList<>();
        private Set<String> failing = Set.of();
        private boolean hasCreator = true;

        @Override
        public long pageId() {
            return 4242;
        }

        @Override
        public String spaceKey() {
            return "LINCOLN";
        }

        @Override
        public boolean isKnownUser(String userKey) {
            return !userKey.equals("key-gone");
        }

        @Override
        public void restrictTo(List<String> userKeys, Optional<String> viewingGroup) {
            call("restrict", "restrict " + userKeys + " " + viewingGroup);
        }

        @Override
        public boolean hasCreator() {
            return hasCreator;
        }

        @Override
        public void restrictToCreator() {
            call("creator", "creator");
        }

        @Override
        public void warnOnlyCreatorCanSee() {
            call("warning", "warning");
        }

        @Override
        public void trash() {
            call("trash", "trash");
        }

        private void call(String kind, String description) {
            calls.add(description);
            if (failing.contains(kind)) {
                throw new IllegalStateException("The host refused " + kind);
            }
        }
    }
}
