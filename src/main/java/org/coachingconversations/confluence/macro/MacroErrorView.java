package org.coachingconversations.confluence.macro;

/** An in-page message for a macro that cannot render as asked. Immutable. */
public final class MacroErrorView {

    private final String title;
    private final String message;

    public MacroErrorView(String title, String message) {
        this.title = title;
        this.message = message;
    }

    public String getTitle() {
        return title;
    }

    public String getMessage() {
        return message;
    }
}
