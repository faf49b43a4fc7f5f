package org.coachingconversations.confluence.blueprint;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.domain.guide.Guide;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideSection;
import org.coachingconversations.domain.people.ParticipantRole;

/**
 * What the four content templates' variable builders share: the guides they quote, the bundle they word the page
 * with, and the parts every page lays out alike (a guide's introduction panel, the action-steps macro).
 */
abstract class BlueprintPage {

    /** The app's macro that lists a page's action steps for each viewer and lets editors and owners change them. */
    static final String ACTION_STEPS_MACRO = "coaching-action-steps";
    static final String ACTION_STEPS_ROLE = "role";
    /**
     * Shows the next conversation's date from what this app stored for the page, with its calendar link: the wizard's
     * date is user input, so it is not written into the page.
     */
    static final String NEXT_CONVERSATION_MACRO = "coaching-next-conversation";

    protected final GuideCatalogue guides;
    protected final BlueprintMessages messages;

    BlueprintPage(GuideCatalogue guides, BlueprintMessages messages) {
        this.guides = guides;
        this.messages = messages;
    }

    final GuideSection section(String id) {
        return guides.section(id).orElseThrow(() -> new IllegalStateException("The guide catalogue has no section " + id));
    }

    /** The guide's title and introduction, in an info panel. */
    final StorageXhtml introduction(StorageFormat storage, String guideId) {
        Guide guide = guides.guide(guideId).orElseThrow();
        return storage.panel(StorageFormat.Panel.INFO, messages.text(guide.title()),
                storage.join(guide.introduction().stream().map(line -> storage.paragraph(messages.text(line))).toList()));
    }

    /**
     * Instructions, then the action-steps macro: the page's steps live, from the app's store, where page editors and
     * each step's owner keep them up to date in place. Nothing of a step is written into the page itself, so the page
     * never holds a copy that goes stale.
     *
     * @param role when present, the macro lists only that role's steps, and new steps start with it
     */
    final StorageXhtml actionSteps(StorageFormat storage, String instructions, Optional<ParticipantRole> role) {
        Map<String, String> parameters = new LinkedHashMap<>();
        role.ifPresent(each -> parameters.put(ACTION_STEPS_ROLE, each.id()));
        return storage.join(storage.paragraph(instructions), storage.macro(ACTION_STEPS_MACRO, parameters));
    }
}
