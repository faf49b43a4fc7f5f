package org.coachingconversations.confluence.blueprint;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Builds Confluence storage-format fragments for blueprint pages. Structure comes only from this class; every
 * text and attribute value passes through {@link #escape}, so a value typed into a wizard (markup, a macro, a
 * CDATA end, a script) ends up as the characters the user typed. No CDATA sections are written.
 * <p>
 * One instance per page: it numbers the page's tasks, which must have distinct {@code ac:task-id}s.
 */
public final class StorageFormat {

    /** The panel macros Confluence ships, by their storage-format name. */
    public enum Panel {
        INFO("info"), NOTE("note"), WARNING("warning"), TIP("tip");

        private final String macroName;

        Panel(String macroName) {
            this.macroName = macroName;
        }

        public String macroName() {
            return macroName;
        }
    }

    private int lastTaskId;

    /** Plain text, escaped. */
    public StorageXhtml text(String text) {
        return new StorageXhtml(escape(text));
    }

    public StorageXhtml join(StorageXhtml... parts) {
        return join(List.of(parts));
    }

    public StorageXhtml join(List<StorageXhtml> parts) {
        StringBuilder markup = new StringBuilder();
        parts.forEach(part -> markup.append(part.markup()));
        return new StorageXhtml(markup.toString());
    }

    /** {@code <h1>}…{@code <h6>}. */
    public StorageXhtml heading(int level, String text) {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("Heading levels go from 1 to 6, not " + level);
        }
        return element("h" + level, text(text));
    }

    public StorageXhtml paragraph(String text) {
        return paragraph(text(text));
    }

    public StorageXhtml paragraph(StorageXhtml content) {
        return element("p", content);
    }

    public StorageXhtml strong(String text) {
        return element("strong", text(text));
    }

    /** {@code <ul>} with one {@code <li>} per item. */
    public StorageXhtml bulletList(List<StorageXhtml> items) {
        requireNotEmpty(items, "A list");
        return element("ul", join(items.stream().map(item -> element("li", item)).toList()));
    }

    /**
     * A table with a heading row; every row has one cell per heading.
     *
     * @throws IllegalArgumentException naming the row whose cell count differs
     */
    public StorageXhtml table(List<String> headings, List<List<StorageXhtml>> rows) {
        requireNotEmpty(headings, "A table");
        StringBuilder body = new StringBuilder("<tr>");
        headings.forEach(heading -> body.append(element("th", paragraph(heading)).markup()));
        body.append("</tr>");
        for (int index = 0; index < rows.size(); index++) {
            List<StorageXhtml> cells = rows.get(index);
            if (cells.size() != headings.size()) {
                throw new IllegalArgumentException("Row " + (index + 1) + " has " + cells.size() + " cells, but the table has "
                        + headings.size() + " columns");
            }
            body.append("<tr>");
            cells.forEach(cell -> body.append(element("td", cell).markup()));
            body.append("</tr>");
        }
        return new StorageXhtml("<table><tbody>" + body + "</tbody></table>");
    }

    /** Confluence tasks, not done yet; an assignee is a {@link #userMention} and a due date a {@link #date} in the body. */
    public StorageXhtml taskList(List<StorageXhtml> taskBodies) {
        requireNotEmpty(taskBodies, "A task list");
        StringBuilder tasks = new StringBuilder();
        for (StorageXhtml body : taskBodies) {
            lastTaskId++;
            tasks.append("<ac:task><ac:task-id>").append(lastTaskId).append("</ac:task-id>")
                    .append("<ac:task-status>incomplete</ac:task-status>")
                    .append(element("ac:task-body", body).markup())
                    .append("</ac:task>");
        }
        return new StorageXhtml("<ac:task-list>" + tasks + "</ac:task-list>");
    }

    public StorageXhtml panel(Panel panel, StorageXhtml body) {
        return panel(panel, null, body);
    }

    /** An info, note, warning or tip macro; {@code title} may be null for none. */
    public StorageXhtml panel(Panel panel, String title, StorageXhtml body) {
        Objects.requireNonNull(panel, "panel");
        String parameter = title == null ? ""
                : "<ac:parameter ac:name=\"title\">" + escape(title) + "</ac:parameter>";
        return new StorageXhtml("<ac:structured-macro ac:name=\"" + panel.macroName() + "\" ac:schema-version=\"1\">"
                + parameter + element("ac:rich-text-body", body).markup() + "</ac:structured-macro>");
    }

    /**
     * A macro without a body, e.g. one of this app's macros that renders live for each viewer. Parameter values are
     * escaped like any text.
     */
    public StorageXhtml macro(String name, Map<String, String> parameters) {
        requireNotBlank(name, "name");
        Objects.requireNonNull(parameters, "parameters");
        StringBuilder markup = new StringBuilder("<ac:structured-macro ac:name=\"").append(escape(name))
                .append("\" ac:schema-version=\"1\">");
        parameters.forEach((parameter, value) -> markup.append("<ac:parameter ac:name=\"").append(escape(parameter))
                .append("\">").append(escape(value)).append("</ac:parameter>"));
        return new StorageXhtml(markup.append("</ac:structured-macro>").toString());
    }

    /** Instruction text the editor shows in grey and removes as soon as the user types there. */
    public StorageXhtml placeholder(String instruction) {
        return element("ac:placeholder", text(instruction));
    }

    /** An @-mention of a user, by user key (stable across renames). */
    public StorageXhtml userMention(String userKey) {
        requireNotBlank(userKey, "userKey");
        return new StorageXhtml("<ac:link><ri:user ri:userkey=\"" + escape(userKey) + "\" /></ac:link>");
    }

    /** A date Confluence shows as a date lozenge (and as a task's due date inside a task). */
    public StorageXhtml date(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new StorageXhtml("<time datetime=\"" + String.format(Locale.ROOT, "%04d-%02d-%02d",
                date.getYear(), date.getMonthValue(), date.getDayOfMonth()) + "\" />");
    }

    /** A link to a page of the same space, by title, shown with {@code linkText}. */
    public StorageXhtml pageLink(String pageTitle, String linkText) {
        requireNotBlank(pageTitle, "pageTitle");
        return new StorageXhtml("<ac:link><ri:page ri:content-title=\"" + escape(pageTitle) + "\" />"
                + element("ac:link-body", text(linkText)).markup() + "</ac:link>");
    }

    /**
     * A link to a page (or other content) by its id, shown with {@code linkText}: it keeps working when the page is
     * renamed or moved to another space ({@code ri:content-entity}, a resource identifier of the storage format).
     */
    public StorageXhtml contentLink(long contentId, String linkText) {
        if (contentId <= 0) {
            throw new IllegalArgumentException("contentId must be positive, not " + contentId);
        }
        return new StorageXhtml("<ac:link><ri:content-entity ri:content-id=\"" + contentId + "\" />"
                + element("ac:link-body", text(linkText)).markup() + "</ac:link>");
    }

    /**
     * A link to a web address outside Confluence, shown with {@code linkText}.
     *
     * @throws IllegalArgumentException for anything but an absolute http or https address: a {@code javascript:} or
     *                                  {@code data:} address typed into a wizard must never become a link
     */
    public StorageXhtml webLink(URI address, String linkText) {
        Objects.requireNonNull(address, "address");
        String scheme = address.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || address.getHost() == null) {
            throw new IllegalArgumentException("Only absolute http(s) addresses become links, not " + address);
        }
        return new StorageXhtml("<a href=\"" + escape(address.toString()) + "\">" + escape(linkText) + "</a>");
    }

    /**
     * Text made safe as XML character data or attribute value: {@code & < > " '} become references, and characters
     * XML 1.0 cannot carry (most control characters, unpaired surrogates, U+FFFE, U+FFFF) become U+FFFD.
     */
    public static String escape(String text) {
        Objects.requireNonNull(text, "text");
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); ) {
            int codePoint = text.codePointAt(index);
            index += Character.charCount(codePoint);
            switch (codePoint) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.appendCodePoint(isXmlCharacter(codePoint) ? codePoint : 0xFFFD);
            }
        }
        return escaped.toString();
    }

    private static boolean isXmlCharacter(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }

    private static StorageXhtml element(String name, StorageXhtml content) {
        return new StorageXhtml("<" + name + ">" + content.markup() + "</" + name + ">");
    }

    private static void requireNotEmpty(List<?> list, String what) {
        if (list.isEmpty()) {
            throw new IllegalArgumentException(what + " needs at least one entry");
        }
    }

    private static void requireNotBlank(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
