package org.coachingconversations.domain.people;

import java.util.Locale;
import java.util.Objects;
import org.coachingconversations.domain.text.TextRules;

/**
 * A user named in a form, by user key or user name as the host gave it. Resolving it to a person
 * (and to a display name) is the adapter's job; here it is only checked to be a plausible name.
 */
public record UserReference(String value) {

    public UserReference {
        Objects.requireNonNull(value, "value");
        if (value.isBlank() || value.codePoints().anyMatch(UserReference::isForbidden)) {
            throw new IllegalArgumentException("Not a user name or user key: " + value);
        }
    }

    public static boolean isForbidden(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || Character.isISOControl(codePoint) || TextRules.isNeverAllowed(codePoint);
    }

    /** User names are case-insensitive in Confluence, so "Alice" and "alice" are one person. */
    public boolean isSameUserAs(UserReference other) {
        return value.toLowerCase(Locale.ROOT).equals(other.value.toLowerCase(Locale.ROOT));
    }
}
