package org.coachingconversations.confluence.blueprint;

import java.util.ArrayList;
import java.util.List;
import org.coachingconversations.domain.guide.Guide;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideSection;
import org.coachingconversations.domain.people.KnownUser;

/**
 * What the four content templates' variable builders share: the guides they quote, the bundle they word the page
 * with, and the parts every page lays out alike (a guide's introduction panel, a table of owned action steps).
 */
abstract class BlueprintPage {

    private static final List<String> ACTION_STEP_COLUMNS = List.of("owner", "step", "due");

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
     * Instructions, then a table of owner, step and due date with one row per owner; each step is a Confluence task,
     * so it shows in task reports.
     *
     * @param texts the already translated instructions, column headings and placeholders
     */
    final StorageXhtml ownedSteps(StorageFormat storage, OwnedStepsText texts, List<KnownUser> owners) {
        List<List<StorageXhtml>> rows = new ArrayList<>();
        for (KnownUser owner : owners) {
            rows.add(List.of(
                    storage.userMention(owner.userKey()),
                    storage.taskList(List.of(storage.placeholder(texts.stepPlaceholder()))),
                    storage.placeholder(texts.duePlaceholder())));
        }
        return storage.join(storage.paragraph(texts.instructions()), storage.table(texts.headings(), rows));
    }

    /**
     * The action-steps table of a conversation page, worded by the keys {@code <prefix>action-steps.instructions},
     * {@code .column.owner|step|due} and {@code .step-placeholder}.
     */
    final StorageXhtml actionStepsTable(StorageFormat storage, String prefix, String duePlaceholderKey,
            List<KnownUser> owners) {
        String keys = prefix + "action-steps.";
        List<String> headings = ACTION_STEP_COLUMNS.stream().map(column -> messages.text(keys + "column." + column)).toList();
        return ownedSteps(storage, new OwnedStepsText(messages.text(keys + "instructions"), headings,
                messages.text(keys + "step-placeholder"), messages.text(duePlaceholderKey)), owners);
    }

    /** The words of an action-steps table. */
    record OwnedStepsText(String instructions, List<String> headings, String stepPlaceholder, String duePlaceholder) {
    }
}
