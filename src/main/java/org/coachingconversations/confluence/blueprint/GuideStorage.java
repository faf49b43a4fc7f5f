package org.coachingconversations.confluence.blueprint;

import org.coachingconversations.domain.guide.GuideItem;
import org.coachingconversations.domain.guide.GuideSection;
import org.coachingconversations.domain.guide.TextItem;

import java.util.ArrayList;
import java.util.List;

/** Guide sections written into a blueprint page, worded as in the seed. */
final class GuideStorage {

    static final String NOTES_PLACEHOLDER_KEY = "coaching.blueprint.page.notes-placeholder";

    private final StorageFormat storage;
    private final BlueprintMessages messages;

    GuideStorage(StorageFormat storage, BlueprintMessages messages) {
        this.storage = storage;
        this.messages = messages;
    }

    /**
     * Every line of a section of questions or prompts, in the seed's order, each with room for the answers.
     *
     * @throws IllegalArgumentException for a section with structured items (topics, protocol steps …), which
     *                                  need a layout of their own
     */
    StorageXhtml questionsWithNotes(GuideSection section) {
        String notes = messages.text(NOTES_PLACEHOLDER_KEY);
        List<StorageXhtml> items = new ArrayList<>();
        for (GuideItem item : section.items()) {
            if (!(item instanceof TextItem line)) {
                throw new IllegalArgumentException("Section " + section.id() + " holds a " + item.getClass().getSimpleName()
                        + "; only sections of plain lines are written as questions");
            }
            items.add(storage.join(
                    storage.paragraph(storage.strong(messages.text(line.text()))),
                    storage.paragraph(storage.placeholder(notes))));
        }
        return storage.bulletList(items);
    }
}
