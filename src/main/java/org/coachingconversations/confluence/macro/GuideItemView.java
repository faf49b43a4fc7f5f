package org.coachingconversations.confluence.macro;

import java.util.List;

/**
 * One item of a shown guide section, every text translated. {@code kind} is the item's kind ({@code line},
 * {@code topic}, {@code quality}, {@code protocol-step}, {@code task}, {@code agenda-step}); the getters a kind does
 * not use answer empty text or empty lists. Immutable; built with {@link #builder}.
 */
public final class GuideItemView {

    private final String kind;
    private final String id;
    private final String text;
    private final String title;
    private final String detail;
    private final String marker;
    private final String timeBox;
    private final boolean optional;
    private final List<String> paragraphs;
    private final List<String> goals;
    private final List<String> cells;
    private final List<PromptGroupView> groups;

    private GuideItemView(Builder builder) {
        this.kind = builder.kind;
        this.id = builder.id;
        this.text = builder.text;
        this.title = builder.title;
        this.detail = builder.detail;
        this.marker = builder.marker;
        this.timeBox = builder.timeBox;
        this.optional = builder.optional;
        this.paragraphs = List.copyOf(builder.paragraphs);
        this.goals = List.copyOf(builder.goals);
        this.cells = List.copyOf(builder.cells);
        this.groups = List.copyOf(builder.groups);
    }

    static Builder builder(String kind, String id) {
        return new Builder(kind, id);
    }

    public String getKind() {
        return kind;
    }

    public String getId() {
        return id;
    }

    /** The line, the quality's statement, the protocol step's action, the task. */
    public String getText() {
        return text;
    }

    /** A topic's or agenda step's title, the quality's term, the protocol step's role. */
    public String getTitle() {
        return title;
    }

    /** The quality's explanation, the task's resource tool, the agenda step's goal label ("Goal:"). */
    public String getDetail() {
        return detail;
    }

    /** A footnote marker after the text, or the agenda step's number. The agenda step's text is "(Optional)". */
    public String getMarker() {
        return marker;
    }

    /** An agenda step's length, e.g. "3 min". */
    public String getTimeBox() {
        return timeBox;
    }

    public boolean isOptional() {
        return optional;
    }

    public List<String> getParagraphs() {
        return paragraphs;
    }

    public List<String> getGoals() {
        return goals;
    }

    /** Whether the goals are a list (more than one) rather than one line after the label. */
    public boolean isGoalList() {
        return goals.size() > 1;
    }

    /** A protocol step's cells under the phase columns: the observation types under its phase, else empty. */
    public List<String> getCells() {
        return cells;
    }

    public List<PromptGroupView> getGroups() {
        return groups;
    }

    static final class Builder {
        private final String kind;
        private final String id;
        private String text = "";
        private String title = "";
        private String detail = "";
        private String marker = "";
        private String timeBox = "";
        private boolean optional;
        private List<String> paragraphs = List.of();
        private List<String> goals = List.of();
        private List<String> cells = List.of();
        private List<PromptGroupView> groups = List.of();

        private Builder(String kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        Builder text(String value) {
            this.text = value;
            return this;
        }

        Builder title(String value) {
            this.title = value;
            return this;
        }

        Builder detail(String value) {
            this.detail = value;
            return this;
        }

        Builder marker(String value) {
            this.marker = value;
            return this;
        }

        Builder timeBox(String value) {
            this.timeBox = value;
            return this;
        }

        Builder optional(boolean value) {
            this.optional = value;
            return this;
        }

        Builder paragraphs(List<String> value) {
            this.paragraphs = value;
            return this;
        }

        Builder goals(List<String> value) {
            this.goals = value;
            return this;
        }

        Builder cells(List<String> value) {
            this.cells = value;
            return this;
        }

        Builder groups(List<PromptGroupView> value) {
            this.groups = value;
            return this;
        }

        GuideItemView build() {
            return new GuideItemView(this);
        }
    }
}
