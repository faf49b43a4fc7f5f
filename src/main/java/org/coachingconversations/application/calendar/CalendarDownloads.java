package org.coachingconversations.application.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepStatus;
import org.coachingconversations.domain.actionstep.ActionStepStore;
import org.coachingconversations.domain.calendar.CalendarEvent;
import org.coachingconversations.domain.calendar.IcsCalendar;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.domain.cyclerecord.CycleRecordStore;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.timeline.CycleRecordTimeline;
import org.coachingconversations.domain.timeline.MilestoneKind;

/**
 * The "Add to calendar" files of a page's dates: the next coaching conversation, a Cycle Record's post-conference and
 * finalization deadline, an action step's due date. Each is one all-day event on the date in the space's time zone,
 * with the page's address, and a UID made of the site, the kind of date and the page or step, so that importing the
 * file again after the date moved updates the event.
 *
 * <p>Whether the viewer may view the page is asked before anything stored is looked at (for a step, the page the
 * step is stored on); a page they may not view, one without the date, and a missing one give the same empty answer.
 */
public final class CalendarDownloads {

    /** What to call a date in a calendar; the resource passes the viewer's language. */
    public interface Labels {
        String nextConversation();

        String postConference();

        String finalizationDeadline();

        String actionStepDue(String stepDescription);
    }

    /** A page's absolute address, and the site's name for UIDs. */
    public interface PageLinks {
        String pageUrl(long pageId);

        String siteId();
    }

    private final PagePermissions pagePermissions;
    private final ConversationStore conversations;
    private final CycleRecordStore cycleRecords;
    private final ActionStepStore actionSteps;
    private final SpaceSettingsStore spaceSettings;
    private final PageLinks links;
    private final Clock clock;

    public CalendarDownloads(PagePermissions pagePermissions, ConversationStore conversations,
            CycleRecordStore cycleRecords, ActionStepStore actionSteps, SpaceSettingsStore spaceSettings,
            PageLinks links, Clock clock) {
        this.pagePermissions = Objects.requireNonNull(pagePermissions, "pagePermissions");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.cycleRecords = Objects.requireNonNull(cycleRecords, "cycleRecords");
        this.actionSteps = Objects.requireNonNull(actionSteps, "actionSteps");
        this.spaceSettings = Objects.requireNonNull(spaceSettings, "spaceSettings");
        this.links = Objects.requireNonNull(links, "links");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The next coaching conversation agreed on this conversation page, while it has one. */
    public Optional<String> nextConversation(long pageId, Optional<String> viewerKey, Labels labels) {
        if (!mayView(viewerKey, pageId)) {
            return Optional.empty();
        }
        return conversations.find(pageId).map(found -> found.value()).flatMap(conversation ->
                conversation.nextConversationOn().map(date -> file(event(conversation.pageId(),
                        conversation.spaceKey(), "next-conversation", "page-" + pageId, date,
                        labels.nextConversation(), ""))));
    }

    /**
     * The Cycle Record's post-conference: its date when one is set (held or planned), else the last day of its window
     * after the observation.
     */
    public Optional<String> postConference(long pageId, Optional<String> viewerKey, Labels labels) {
        if (!mayView(viewerKey, pageId)) {
            return Optional.empty();
        }
        return cycleRecords.find(pageId).map(found -> found.value()).map(record -> {
            LocalDate date = record.dates().conferenceOn().orElseGet(() ->
                    timeline(record).conferenceWindow(record.dates().observedOn()).latest());
            return file(event(pageId, record.spaceKey(), "post-conference", "page-" + pageId, date,
                    labels.postConference(), ""));
        });
    }

    /** The last day to finalize the Cycle Record, once its post-conference date is set and while it is not final. */
    public Optional<String> finalization(long pageId, Optional<String> viewerKey, Labels labels) {
        if (!mayView(viewerKey, pageId)) {
            return Optional.empty();
        }
        return cycleRecords.find(pageId).map(found -> found.value())
                .filter(record -> record.dates().finalizedOn().isEmpty())
                .flatMap(record -> timeline(record).window(record.dates(), MilestoneKind.RECORD_FINALIZED)
                        .map(window -> file(event(pageId, record.spaceKey(), "record-finalized", "page-" + pageId,
                                window.latest(), labels.finalizationDeadline(), ""))));
    }

    /** An action step's due date, while the step is open and has one. */
    public Optional<String> actionStep(long stepId, Optional<String> viewerKey, Labels labels) {
        Optional<ActionStep> step = actionSteps.find(stepId).map(found -> found.value());
        if (step.isEmpty() || !mayView(viewerKey, step.get().pageId())) {
            return Optional.empty();
        }
        ActionStep viewable = step.get();
        if (viewable.status() == ActionStepStatus.DROPPED) {
            return Optional.empty();
        }
        return viewable.dueOn().map(date -> file(event(viewable.pageId(), viewable.spaceKey(), "action-step",
                "step-" + stepId, date, labels.actionStepDue(viewable.description()), viewable.description())));
    }

    private boolean mayView(Optional<String> viewerKey, long pageId) {
        if (viewerKey.isEmpty()) {
            return false;
        }
        try {
            return pagePermissions.canView(viewerKey, pageId);
        } catch (RuntimeException failed) {
            return false;
        }
    }

    private CycleRecordTimeline timeline(StoredCycleRecord record) {
        SpaceSettings settings = spaceSettings.get(record.spaceKey());
        return new CycleRecordTimeline(settings.timeline(), settings.calendar());
    }

    private CalendarEvent event(long pageId, String spaceKey, String kind, String subject, LocalDate date,
            String summary, String description) {
        String uid = "coaching-" + kind + "-" + subject + "@" + links.siteId();
        return new CalendarEvent(uid, date, spaceSettings.get(spaceKey).calendar().zone(), summary, description,
                links.pageUrl(pageId));
    }

    private String file(CalendarEvent event) {
        return IcsCalendar.write(event, clock.instant());
    }
}
