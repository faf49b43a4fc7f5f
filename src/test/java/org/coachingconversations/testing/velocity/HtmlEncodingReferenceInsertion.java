package org.coachingconversations.testing.velocity;

import org.apache.velocity.app.event.ReferenceInsertionEventHandler;

/**
 * Confluence's rule for plugin templates: every reference is HTML-encoded when inserted, unless its name ends in
 * {@code Html} (the value is then trusted as markup).
 */
public final class HtmlEncodingReferenceInsertion implements ReferenceInsertionEventHandler {

    @Override
    public Object referenceInsert(String reference, Object value) {
        if (value == null || isHtmlSafe(reference)) {
            return value;
        }
        return encode(value.toString());
    }

    static boolean isHtmlSafe(String reference) {
        String name = reference.replace("{", "").replace("}", "").replace("!", "");
        int paren = name.indexOf('(');
        if (paren >= 0) {
            name = name.substring(0, paren);
        }
        return name.endsWith("Html");
    }

    public static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&': out.append("&amp;"); break;
                case '<': out.append("&lt;"); break;
                case '>': out.append("&gt;"); break;
                case '"': out.append("&quot;"); break;
                case '\'': out.append("&#39;"); break;
                default: out.append(c);
            }
        }
        return out.toString();
    }
}
