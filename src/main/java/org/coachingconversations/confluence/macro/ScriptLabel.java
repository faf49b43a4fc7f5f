package org.coachingconversations.confluence.macro;

/**
 * One word or sentence a control's script shows: a fixed name (lower-case words joined by dashes) and its translated
 * text, rendered as a {@code data-label-<name>} attribute that the script reads as text.
 */
public final class ScriptLabel {

    private final String name;
    private final String text;

    public ScriptLabel(String name, String text) {
        if (!name.matches("[a-z]+(-[a-z]+)*")) {
            throw new IllegalArgumentException("A label name is lower-case words joined by dashes: " + name);
        }
        this.name = name;
        this.text = text;
    }

    public String getName() {
        return name;
    }

    public String getText() {
        return text;
    }
}
