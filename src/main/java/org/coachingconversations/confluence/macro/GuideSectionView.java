package org.coachingconversations.confluence.macro;

import java.util.List;

/**
 * One shown section of a guide. {@code layout} tells the template how its items are laid out: {@code lines},
 * {@code topics}, {@code qualities}, {@code protocol} and {@code tasks} (tables), {@code agenda}. Immutable.
 */
public final class GuideSectionView {

    private final String id;
    private final String title;
    private final String layout;
    private final List<String> introduction;
    private final List<String> columns;
    private final List<GuideItemView> items;
    private final List<String> notes;
    private final String emptyMessage;

    public GuideSectionView(String id, String title, String layout, List<String> introduction, List<String> columns,
                            List<GuideItemView> items, List<String> notes, String emptyMessage) {
        this.id = id;
        this.title = title;
        this.layout = layout;
        this.introduction = List.copyOf(introduction);
        this.columns = List.copyOf(columns);
        this.items = List.copyOf(items);
        this.notes = List.copyOf(notes);
        this.emptyMessage = emptyMessage;
    }

    public String getId() {
        return id;
    }

    /** The section's heading; empty when the seed gives it none. */
    public String getTitle() {
        return title;
    }

    public boolean isTitled() {
        return !title.isEmpty();
    }

    public String getLayout() {
        return layout;
    }

    public List<String> getIntroduction() {
        return introduction;
    }

    /** Column headings of a table layout, in order. */
    public List<String> getColumns() {
        return columns;
    }

    public List<GuideItemView> getItems() {
        return items;
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    /** What to say when a filter left no item. */
    public String getEmptyMessage() {
        return emptyMessage;
    }

    public List<String> getNotes() {
        return notes;
    }
}
