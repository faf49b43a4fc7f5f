package org.coachingconversations.domain.text;

import java.util.Optional;

/**
 * Which characters typed text may hold. Markup characters are fine (the renderer escapes them);
 * control characters are not: XML 1.0, and so Confluence's storage format, cannot carry most of
 * them, and the rest are invisible and never meant. The one rule for every text a user types: form
 * fields, acknowledgements, user references and space settings.
 */
public final class TextRules {

    /** A character that breaks the rule, or none. */
    public record Offence(int codePoint, int position, boolean lineBreak) {
        public String codePointLabel() {
            return String.format("U+%04X", codePoint);
        }
    }

    private TextRules() {
    }

    /** Surrogates (only ever unpaired here) and the two non-characters XML forbids. */
    public static boolean isNeverAllowed(int codePoint) {
        return Character.getType(codePoint) == Character.SURROGATE || codePoint == 0xFFFE || codePoint == 0xFFFF;
    }

    private static boolean isLineBreak(int codePoint) {
        return codePoint == '\n' || codePoint == '\r' || codePoint == 0x2028 || codePoint == 0x2029;
    }

    /**
     * The first character not allowed, its position counted in characters from 1. Multi-line text
     * may hold line breaks and tabs; a single line may hold neither.
     */
    public static Optional<Offence> firstOffence(String text, boolean multiLine) {
        int position = 0;
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            position++;
            boolean lineBreak = isLineBreak(codePoint);
            boolean allowedWhitespace = multiLine && (lineBreak || codePoint == '\t');
            if (!allowedWhitespace && (lineBreak || Character.isISOControl(codePoint) || isNeverAllowed(codePoint))) {
                return Optional.of(new Offence(codePoint, position, lineBreak));
            }
            index += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /** Whether the text holds only allowed characters; a single line holds no line break (U+2028 and U+2029 included). */
    public static boolean allows(String text, boolean multiLine) {
        return firstOffence(text, multiLine).isEmpty();
    }

    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
