package org.coachingconversations.application.cyclerecord;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.access.CreatedPageControls;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Who may see a new Cycle Record (seed 003): unless the space turned {@code restrictCycleRecords} off, only the
 * teacher, the observer and the space's leaders group may view it, and only the teacher and the observer may edit it.
 *
 * <p>Fails closed. By the time this runs the page is saved and open to the whole space, so nothing may escape:
 * <ol>
 * <li>when the full restriction cannot be set (or the people are not named, or name no known user, or the space
 * settings cannot be read), the page is restricted to its creator alone and a warning at its top tells the creator
 * so;</li>
 * <li>when even that fails, or the page names no creator, it is moved to the trash.</li>
 * </ol>
 * Every fallback is logged at ERROR with the page id and space, for administrators (docs/admin-guide.md). This method
 * never throws.
 */
@Component
public class RestrictCycleRecord {

    private static final Logger LOG = LoggerFactory.getLogger(RestrictCycleRecord.class);

    private final SpaceSettingsStore spaceSettings;

    @Autowired
    public RestrictCycleRecord(SpaceSettingsStore spaceSettings) {
        this.spaceSettings = Objects.requireNonNull(spaceSettings, "spaceSettings");
    }

    /**
     * @param teacherKey the teacher's user key as our own context provider wrote it, never a wizard field
     * @param observerKey the observer's, likewise
     */
    public void restrict(CreatedPageControls page, Optional<String> teacherKey, Optional<String> observerKey) {
        try {
            close(page, List.of(new Participant("teacher", teacherKey), new Participant("observer", observerKey)));
        } catch (RuntimeException unexpected) {
            // close() handles every failure it expects; whatever is left must still not reach the host
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} may be open to the whole space;"
                    + " restrict it by hand", page.pageId(), page.spaceKey(), unexpected);
        }
    }

    private void close(CreatedPageControls page, List<Participant> participants) {
        Optional<SpaceSettings> settings = settings(page);
        if (settings.isPresent() && !settings.get().restrictCycleRecords()) {
            return;
        }
        if (settings.isPresent()) {
            Optional<List<String>> userKeys = knownUsers(page, participants);
            if (userKeys.isPresent()) {
                try {
                    page.restrictTo(userKeys.get(), settings.get().leadersGroupName());
                    return;
                } catch (RuntimeException failure) {
                    LOG.error("Coaching Conversations: the Cycle Record page {} in space {} could not be restricted to"
                            + " its teacher, observer and leaders; restricting it to its creator", page.pageId(),
                            page.spaceKey(), failure);
                }
            }
        }
        if (page.hasCreator()) {
            try {
                page.restrictToCreator();
                warnCreator(page);
                return;
            } catch (RuntimeException failure) {
                LOG.error("Coaching Conversations: the Cycle Record page {} in space {} could not be restricted to its"
                        + " creator either; moving it to the trash", page.pageId(), page.spaceKey(), failure);
            }
        } else {
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} names no creator to restrict it to;"
                    + " moving it to the trash", page.pageId(), page.spaceKey());
        }
        trash(page);
    }

    /** Empty when the settings cannot be read: the page is then closed as if its people were missing. */
    private Optional<SpaceSettings> settings(CreatedPageControls page) {
        try {
            return Optional.of(spaceSettings.get(page.spaceKey()));
        } catch (RuntimeException failure) {
            LOG.error("Coaching Conversations: the settings of space {} could not be read for the new Cycle Record page"
                    + " {}; restricting it to its creator", page.spaceKey(), page.pageId(), failure);
            return Optional.empty();
        }
    }

    /** The teacher's and the observer's user keys; empty (and logged) when either names no known user. */
    private static Optional<List<String>> knownUsers(CreatedPageControls page, List<Participant> participants) {
        List<String> userKeys = new ArrayList<>();
        for (Participant participant : participants) {
            Optional<String> known = participant.userKey().map(String::strip).filter(key -> !key.isEmpty())
                    .filter(page::isKnownUser);
            if (known.isEmpty()) {
                LOG.error("Coaching Conversations: the Cycle Record page {} in space {} has no known user as its {};"
                        + " restricting it to its creator", page.pageId(), page.spaceKey(), participant.role());
                return Optional.empty();
            }
            userKeys.add(known.get());
        }
        return Optional.of(userKeys);
    }

    /** The page stays closed whether or not the warning can be added. */
    private static void warnCreator(CreatedPageControls page) {
        try {
            page.warnOnlyCreatorCanSee();
        } catch (RuntimeException failure) {
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} is restricted to its creator, but"
                    + " the warning saying so could not be added to it", page.pageId(), page.spaceKey(), failure);
        }
    }

    private static void trash(CreatedPageControls page) {
        try {
            page.trash();
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} was moved to the trash because it"
                    + " could not be restricted", page.pageId(), page.spaceKey());
        } catch (RuntimeException failure) {
            LOG.error("Coaching Conversations: the Cycle Record page {} in space {} could not be restricted nor moved to"
                    + " the trash and is open to the whole space; restrict or delete it by hand", page.pageId(),
                    page.spaceKey(), failure);
        }
    }

    private record Participant(String role, Optional<String> userKey) {
    }
}
