package org.coachingconversations.sandbox.render;

import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import org.jsoup.nodes.Entities;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's storage format into view HTML the way Confluence's renderer would for the elements pages commonly
 * hold, and runs the plugin's macros through {@link Macro#execute}.
 * <p>
 * Safety: the body is parsed as XML (with the {@code ac:}, {@code ri:} and {@code at:} namespaces) and every piece of
 * output is written by this class: text and attribute values escaped, only allowlisted HTML elements and attributes
 * kept, links limited to safe schemes. The one thing passed through as markup is what a plugin macro returns, as in
 * Confluence.
 */
public final class StorageFormatRenderer {

    public static final String AC = "http://atlassian.com/content";
    public static final String RI = "http://atlassian.com/resource/identifier";
    public static final String AT = "http://atlassian.com/template";

    /** What the renderer asks of the host: macros, pages, users. */
    public interface Host {
        Optional<Macro> pluginMacro(String name);

        /** The address of the page with this title, if it exists and the viewer may see it. */
        Optional<String> pageUrl(String spaceKey, String title, String viewer);

        Optional<String> userFullName(String username);

        /** The user name of the user with this key (pages made by the app mention users by key, as Confluence's). */
        Optional<String> usernameOfKey(String userKey);
    }

    private static final int MAX_MACRO_DEPTH = 8;

    private static final Set<String> KEPT_ELEMENTS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "b",
            "em", "i", "u", "s", "del", "ins", "sub", "sup", "code", "pre", "blockquote", "br", "hr", "ul", "ol",
            "li", "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "colgroup", "col", "span", "div",
            "a", "small", "mark", "abbr", "cite", "q", "dl", "dt", "dd", "figure", "figcaption");
    private static final Set<String> VOID_ELEMENTS = Set.of("br", "hr", "col");
    /** Elements whose content must not reach the page at all, not even as text. */
    private static final Set<String> DROPPED_ELEMENTS = Set.of("script", "style", "iframe", "frame", "frameset",
            "object", "embed", "applet", "form", "input", "textarea", "button", "select", "option", "link", "meta",
            "base", "noscript", "template", "svg", "math", "audio", "video", "source", "img", "head", "title");
    private static final Map<String, Set<String>> KEPT_ATTRIBUTES = Map.of(
            "td", Set.of("colspan", "rowspan"),
            "th", Set.of("colspan", "rowspan"),
            "ol", Set.of("start"),
            "col", Set.of("span"),
            "abbr", Set.of("title"));
    private static final Pattern SAFE_URL = Pattern.compile("(?i)^(https?:|mailto:|/|#|[^:/?#]+(?:[/?#]|$)).*",
            Pattern.DOTALL);
    private static final Pattern NAMED_ENTITY = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    private static final Set<String> XML_ENTITIES = Set.of("amp", "lt", "gt", "quot", "apos");
    private static final Set<String> PANELS = Set.of("info", "note", "warning", "tip", "panel");
    private static final DateTimeFormatter DATE_LOZENGE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final Map<String, String> EMOTICONS = Map.ofEntries(Map.entry("smile", "\uD83D\uDE42"),
            Map.entry("sad", "\uD83D\uDE41"), Map.entry("tick", "\u2714"), Map.entry("cross", "\u2718"),
            Map.entry("warning", "\u26A0"), Map.entry("information", "\u2139"), Map.entry("plus", "\u2795"),
            Map.entry("minus", "\u2796"), Map.entry("question", "\u2753"), Map.entry("light-on", "\uD83D\uDCA1"),
            Map.entry("yellow-star", "\u2B50"), Map.entry("thumbs-up", "\uD83D\uDC4D"),
            Map.entry("thumbs-down", "\uD83D\uDC4E"));

    private final Host host;

    public StorageFormatRenderer(Host host) {
        this.host = host;
    }

    /** View HTML for a storage-format body; a body that is not well-formed shows an error box instead. */
    public String render(String storageFormat, RenderRequest request) {
        Document document;
        try {
            document = parse(storageFormat == null ? "" : storageFormat);
        } catch (SAXParseException e) {
            return Html.errorBox("This page cannot be displayed", "Its storage format is not well-formed XML (line "
                    + e.getLineNumber() + ", column " + e.getColumnNumber() + "): " + e.getMessage());
        } catch (Exception e) {
            return Html.errorBox("This page cannot be displayed", "Its storage format cannot be read: " + e.getMessage());
        }
        StringBuilder out = new StringBuilder();
        new Writer(request, 0, out).children(document.getDocumentElement());
        return out.toString();
    }

    static Document parse(String storageFormat) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setExpandEntityReferences(false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        builder.setErrorHandler(null);
        // The wrapper stays on the body's first line, so parse errors report the body's own line numbers.
        String wrapped = "<sandbox-storage xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\" xmlns:at=\"" + AT + "\">"
                + htmlEntitiesAsNumbers(storageFormat) + "</sandbox-storage>";
        return builder.parse(new org.xml.sax.InputSource(new StringReader(wrapped)));
    }

    /** Storage format may use HTML's named entities ({@code &nbsp;}, {@code &mdash;}), which XML does not know. */
    private static String htmlEntitiesAsNumbers(String text) {
        Matcher matcher = NAMED_ENTITY.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            String name = matcher.group(1);
            String replacement = matcher.group();
            if (!XML_ENTITIES.contains(name) && Entities.isNamedEntity(name)) {
                StringBuilder numeric = new StringBuilder();
                Entities.getByName(name).codePoints().forEach(cp -> numeric.append("&#").append(cp).append(';'));
                replacement = numeric.toString();
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Writes one body (a page, or a macro's rich-text body) for one request. */
    private final class Writer {
        private final RenderRequest request;
        private final int macroDepth;
        private final StringBuilder out;

        Writer(RenderRequest request, int macroDepth, StringBuilder out) {
            this.request = request;
            this.macroDepth = macroDepth;
            this.out = out;
        }

        void children(Node parent) {
            for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                node(child);
            }
        }

        private void node(Node node) {
            switch (node.getNodeType()) {
                case Node.TEXT_NODE:
                case Node.CDATA_SECTION_NODE:
                    out.append(Html.text(node.getNodeValue()));
                    break;
                case Node.ELEMENT_NODE:
                    element((Element) node);
                    break;
                default:
                    // comments and processing instructions are not content
            }
        }

        private void element(Element element) {
            String namespace = element.getNamespaceURI();
            if (AC.equals(namespace)) {
                confluenceElement(element);
            } else if (RI.equals(namespace)) {
                resourceIdentifier(element, null);
            } else if (AT.equals(namespace)) {
                // template instructions belong to content templates, never to a saved page
            } else if (namespace == null) {
                htmlElement(element);
            } else {
                children(element);
            }
        }

        private void htmlElement(Element element) {
            String name = element.getLocalName().toLowerCase(Locale.ROOT);
            if (DROPPED_ELEMENTS.contains(name)) {
                return;
            }
            if (name.equals("time")) {
                time(element);
                return;
            }
            if (!KEPT_ELEMENTS.contains(name)) {
                children(element);
                return;
            }
            out.append('<').append(name);
            for (String attribute : KEPT_ATTRIBUTES.getOrDefault(name, Set.of())) {
                if (element.hasAttribute(attribute)) {
                    out.append(' ').append(attribute).append("=\"").append(Html.text(element.getAttribute(attribute)))
                            .append('"');
                }
            }
            if (name.equals("a")) {
                String href = element.getAttribute("href").strip();
                if (!href.isEmpty() && SAFE_URL.matcher(href).matches()) {
                    out.append(" href=\"").append(Html.text(href)).append("\" rel=\"nofollow noopener\"");
                }
            }
            if (VOID_ELEMENTS.contains(name)) {
                out.append('>');
                return;
            }
            out.append('>');
            children(element);
            out.append("</").append(name).append('>');
        }

        private void time(Element element) {
            String datetime = element.getAttribute("datetime").strip();
            String shown;
            try {
                shown = DATE_LOZENGE.format(LocalDate.parse(datetime));
            } catch (DateTimeParseException e) {
                shown = datetime;
            }
            out.append("<time class=\"date-lozenge\" datetime=\"").append(Html.text(datetime)).append("\">")
                    .append(Html.text(shown)).append("</time>");
        }

        private void confluenceElement(Element element) {
            switch (element.getLocalName()) {
                case "structured-macro":
                case "macro":
                    macro(element);
                    break;
                case "task-list":
                    taskList(element);
                    break;
                case "link":
                    link(element);
                    break;
                case "placeholder":
                    // instructional text: Confluence shows it in the editor only
                    break;
                case "layout":
                    wrap(element, "<div class=\"sandbox-layout\">", "</div>");
                    break;
                case "layout-section":
                    wrap(element, "<div class=\"sandbox-layout-section sandbox-layout-"
                            + Html.text(attribute(element, AC, "type", "single")) + "\">", "</div>");
                    break;
                case "layout-cell":
                    wrap(element, "<div class=\"sandbox-layout-cell\">", "</div>");
                    break;
                case "emoticon":
                    String emoticon = attribute(element, AC, "name", "");
                    out.append("<span class=\"sandbox-emoticon\" title=\"").append(Html.text(emoticon)).append("\">")
                            .append(Html.text(EMOTICONS.getOrDefault(emoticon, "(" + emoticon + ")")))
                            .append("</span>");
                    break;
                case "image":
                    image(element);
                    break;
                case "parameter":
                case "task-id":
                case "task-status":
                    break;
                default:
                    children(element);
            }
        }

        private void wrap(Element element, String open, String close) {
            out.append(open);
            children(element);
            out.append(close);
        }

        private void taskList(Element list) {
            out.append("<ul class=\"sandbox-task-list\">");
            for (Element task : childElements(list, AC, "task")) {
                boolean complete = childElements(task, AC, "task-status").stream()
                        .anyMatch(status -> status.getTextContent().strip().equals("complete"));
                // The label names the checkbox by the task's text, as assistive technology needs it
                out.append("<li class=\"").append(complete ? "checked" : "unchecked").append("\"><label>")
                        .append("<input type=\"checkbox\" disabled").append(complete ? " checked" : "")
                        .append("> <span class=\"sandbox-task-body\">");
                childElements(task, AC, "task-body").forEach(this::children);
                out.append("</span></label></li>");
            }
            out.append("</ul>");
        }

        private void link(Element link) {
            Optional<Element> body = firstChild(link, AC, "link-body");
            Optional<Element> plainBody = firstChild(link, AC, "plain-text-link-body");
            String customText = plainBody.map(Element::getTextContent).orElse(null);
            Optional<Element> target = childElements(link).stream().filter(e -> RI.equals(e.getNamespaceURI()))
                    .findFirst();
            if (target.isEmpty()) {
                String anchor = attribute(link, AC, "anchor", "");
                out.append("<a href=\"#").append(Html.text(anchor)).append("\">");
                linkText(body, customText, anchor);
                out.append("</a>");
                return;
            }
            resourceIdentifier(target.get(), new LinkText(body, customText));
        }

        private void linkText(Optional<Element> body, String customText, String fallback) {
            if (body.isPresent()) {
                children(body.get());
            } else {
                out.append(Html.text(customText != null && !customText.isBlank() ? customText : fallback));
            }
        }

        /** A page, user, attachment, space or URL reference; with {@code text} it is a link's target. */
        private void resourceIdentifier(Element target, LinkText text) {
            Optional<Element> body = text == null ? Optional.empty() : text.body();
            String custom = text == null ? null : text.plain();
            switch (target.getLocalName()) {
                case "page": {
                    String title = attribute(target, RI, "content-title", "");
                    String spaceKey = attribute(target, RI, "space-key", request.spaceKey());
                    Optional<String> url = host.pageUrl(spaceKey, title, request.username());
                    if (url.isPresent()) {
                        out.append("<a href=\"").append(Html.text(url.get())).append("\">");
                        linkText(body, custom, title);
                        out.append("</a>");
                    } else {
                        out.append("<span class=\"sandbox-unresolved-link\" title=\"Page not found, or you may not view it\">");
                        linkText(body, custom, title);
                        out.append("</span>");
                    }
                    break;
                }
                case "user": {
                    String username = attribute(target, RI, "username", "");
                    if (username.isEmpty()) {
                        String userKey = attribute(target, RI, "userkey", "");
                        username = host.usernameOfKey(userKey).orElse(userKey);
                    }
                    String fullName = host.userFullName(username).orElse("Unknown user (" + username + ")");
                    boolean self = username.equals(request.username());
                    out.append("<span class=\"confluence-userlink user-mention").append(self ? " current-user-mention" : "")
                            .append("\" data-username=\"").append(Html.text(username)).append("\">");
                    linkText(body, custom, fullName);
                    out.append("</span>");
                    break;
                }
                case "url": {
                    String url = attribute(target, RI, "value", "");
                    if (SAFE_URL.matcher(url).matches()) {
                        out.append("<a href=\"").append(Html.text(url)).append("\" rel=\"nofollow noopener\">");
                        linkText(body, custom, url);
                        out.append("</a>");
                    } else {
                        linkText(body, custom, url);
                    }
                    break;
                }
                case "attachment":
                    out.append("<span class=\"sandbox-attachment\">");
                    linkText(body, custom, attribute(target, RI, "filename", "attachment"));
                    out.append("</span>");
                    break;
                case "space":
                    linkText(body, custom, attribute(target, RI, "space-key", ""));
                    break;
                default:
                    linkText(body, custom, target.getLocalName());
            }
        }

        private void image(Element image) {
            String name = childElements(image).stream()
                    .map(e -> attribute(e, RI, "filename", attribute(e, RI, "value", "")))
                    .filter(value -> !value.isEmpty()).findFirst().orElse("image");
            out.append("<span class=\"sandbox-image\">[image: ").append(Html.text(name)).append("]</span>");
        }

        private void macro(Element element) {
            String name = attribute(element, AC, "name", "");
            Map<String, String> parameters = new LinkedHashMap<>();
            for (Element parameter : childElements(element, AC, "parameter")) {
                parameters.put(attribute(parameter, AC, "name", ""), parameterValue(parameter));
            }
            Optional<Macro> pluginMacro = host.pluginMacro(name);
            if (pluginMacro.isPresent()) {
                pluginMacro(name, pluginMacro.get(), parameters, element);
            } else if (PANELS.contains(name)) {
                panel(name, parameters, element);
            } else if (name.equals("code") || name.equals("noformat")) {
                out.append("<pre class=\"sandbox-code\">")
                        .append(Html.text(firstChild(element, AC, "plain-text-body").map(Element::getTextContent)
                                .orElse(""))).append("</pre>");
            } else if (name.equals("expand")) {
                out.append("<details class=\"sandbox-expand\"><summary>")
                        .append(Html.text(parameters.getOrDefault("title", "Click here to expand...")))
                        .append("</summary>");
                firstChild(element, AC, "rich-text-body").ifPresent(this::children);
                out.append("</details>");
            } else if (name.equals("status")) {
                out.append("<span class=\"aui-lozenge sandbox-status-")
                        .append(Html.text(parameters.getOrDefault("colour", "grey").toLowerCase(Locale.ROOT)))
                        .append("\">").append(Html.text(parameters.getOrDefault("title", ""))).append("</span>");
            } else if (name.equals("anchor")) {
                // an anchor has no visible output
            } else {
                out.append("<div class=\"sandbox-unknown-macro\">Macro <strong>").append(Html.text(name))
                        .append("</strong> is not available in the sandbox</div>");
            }
        }

        private void pluginMacro(String name, Macro macro, Map<String, String> parameters, Element element) {
            if (macroDepth >= MAX_MACRO_DEPTH) {
                out.append(Html.errorBox("Macro " + name, "Macros are nested more than " + MAX_MACRO_DEPTH
                        + " levels deep; not rendered"));
                return;
            }
            try {
                String output = macro.execute(parameters, macroBody(macro, element), new SandboxConversionContext(request));
                out.append(output == null ? "" : output);
            } catch (MacroExecutionException e) {
                out.append(Html.errorBox("Error rendering macro '" + name + "'", String.valueOf(e.getMessage())));
            } catch (RuntimeException e) {
                // The developer sees the trace in the sandbox's console; the page shows what Confluence would.
                System.err.println("Macro " + name + " failed on page " + request.pageId() + ":");
                e.printStackTrace();
                out.append(Html.errorBox("Error rendering macro '" + name + "'",
                        e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }

        /** Confluence hands a macro its rich-text body already rendered, its plain-text body as typed. */
        private String macroBody(Macro macro, Element element) {
            switch (macro.getBodyType()) {
                case RICH_TEXT:
                    StringBuilder body = new StringBuilder();
                    firstChild(element, AC, "rich-text-body")
                            .ifPresent(rich -> new Writer(request, macroDepth + 1, body).children(rich));
                    return body.toString();
                case PLAIN_TEXT:
                    return firstChild(element, AC, "plain-text-body").map(Element::getTextContent).orElse("");
                default:
                    return "";
            }
        }

        private void panel(String name, Map<String, String> parameters, Element element) {
            out.append("<div class=\"sandbox-panel sandbox-panel-").append(name).append("\">");
            String title = parameters.get("title");
            if (title != null && !title.isBlank()) {
                out.append("<p class=\"sandbox-panel-title\"><strong>").append(Html.text(title))
                        .append("</strong></p>");
            }
            firstChild(element, AC, "rich-text-body").ifPresent(this::children);
            out.append("</div>");
        }

        /** A parameter holds text, or a reference (a user, a page) that Confluence turns into its name. */
        private String parameterValue(Element parameter) {
            for (Element reference : childElements(parameter)) {
                if (RI.equals(reference.getNamespaceURI())) {
                    switch (reference.getLocalName()) {
                        case "user":
                            return attribute(reference, RI, "username", attribute(reference, RI, "userkey", ""));
                        case "page":
                            return attribute(reference, RI, "content-title", "");
                        case "space":
                            return attribute(reference, RI, "space-key", "");
                        default:
                            break;
                    }
                }
            }
            return parameter.getTextContent();
        }
    }

    private record LinkText(Optional<Element> body, String plain) {
    }

    private static String attribute(Element element, String namespace, String name, String fallback) {
        String value = element.getAttributeNS(namespace, name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static List<Element> childElements(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element) {
                result.add((Element) child);
            }
        }
        return result;
    }

    private static List<Element> childElements(Element parent, String namespace, String localName) {
        List<Element> result = new ArrayList<>();
        for (Element child : childElements(parent)) {
            if (namespace.equals(child.getNamespaceURI()) && localName.equals(child.getLocalName())) {
                result.add(child);
            }
        }
        return result;
    }

    private static Optional<Element> firstChild(Element parent, String namespace, String localName) {
        return childElements(parent, namespace, localName).stream().findFirst();
    }
}
