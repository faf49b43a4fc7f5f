package org.coachingconversations.testing.blueprint;

import com.atlassian.sal.api.message.I18nResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Content templates as Confluence reads and fills them. Storage format declares no namespaces, so a fragment is
 * parsed inside a root that binds {@code ac}, {@code ri} and {@code at}, as the host does. Filling follows
 * Confluence's {@code XhtmlTemplateHandler.insertVariables} (read in the decompiled 8.7.2 source): declarations
 * are removed; {@code at:var} becomes the value as escaped text, each line break a {@code <br/>}, or, with
 * {@code at:rawxhtml="true"}, the value parsed as storage format (a value that does not parse fails, as in the
 * host); a missing variable is empty; {@code at:i18n} becomes the translated text. The host's sanitiser, which
 * runs on raw values first, is not modelled: it only removes markup, and ours must not need it.
 */
public final class ContentTemplates {

    public static final String AC = "http://atlassian.com/content";
    public static final String RI = "http://atlassian.com/resource/identifier";
    public static final String AT = "http://atlassian.com/template";

    private static final String ROOT = "storage-root";

    private ContentTemplates() {
    }

    public static String read(Path template) {
        try {
            return Files.readString(template, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + template, e);
        }
    }

    /**
     * Parses a storage-format fragment (several top-level nodes allowed) under a root element binding the three
     * prefixes.
     *
     * @throws IllegalArgumentException when the fragment is not well-formed, with the parser's reason
     */
    public static Document parse(String fragment) {
        String wrapped = "<" + ROOT + " xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\" xmlns:at=\"" + AT + "\">"
                + fragment + "</" + ROOT + ">";
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(wrapped)));
        } catch (Exception e) {
            throw new IllegalArgumentException("Not well-formed storage format: " + e.getMessage() + "\n" + fragment, e);
        }
    }

    /** The filled template as storage format (the page body the host would save). */
    public static String fill(String template, Map<String, ?> variables, I18nResolver i18n) {
        Document page = parse(template);
        for (Element declarations : elements(page, AT, "declarations")) {
            declarations.getParentNode().removeChild(declarations);
        }
        for (Element variable : elements(page, AT, "var")) {
            Object value = variables.get(variable.getAttributeNS(AT, "name"));
            String text = value == null ? "" : value.toString();
            Node parent = variable.getParentNode();
            if ("true".equals(variable.getAttributeNS(AT, "rawxhtml"))) {
                Document fragment = parse(text);
                for (Node node : children(fragment.getDocumentElement())) {
                    parent.insertBefore(page.importNode(node, true), variable);
                }
            } else {
                String[] lines = text.split("\n", -1);
                for (int index = 0; index < lines.length; index++) {
                    if (index > 0) {
                        parent.insertBefore(page.createElement("br"), variable);
                    }
                    parent.insertBefore(page.createTextNode(lines[index]), variable);
                }
            }
            parent.removeChild(variable);
        }
        for (Element label : elements(page, AT, "i18n")) {
            label.getParentNode().replaceChild(page.createTextNode(i18n.getText(label.getAttributeNS(AT, "key"))), label);
        }
        return serializeChildren(page.getDocumentElement());
    }

    /** Every element with that namespace and local name, in document order (a snapshot, safe to change the tree). */
    public static List<Element> elements(Document document, String namespace, String localName) {
        NodeList nodes = document.getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            result.add((Element) nodes.item(index));
        }
        return result;
    }

    /** The {@code at:i18n} key of each {@code h2} heading of an unfilled template, in page order. */
    public static List<String> headingKeys(Document template) {
        List<String> keys = new ArrayList<>();
        NodeList headings = template.getElementsByTagName("h2");
        for (int index = 0; index < headings.getLength(); index++) {
            Element label = (Element) ((Element) headings.item(index)).getElementsByTagNameNS(AT, "i18n").item(0);
            keys.add(label.getAttributeNS(AT, "key"));
        }
        return keys;
    }

    /** The names of a template's {@code at:var} elements in page order, the plain ones apart from the rawxhtml ones. */
    public record Variables(List<String> plain, List<String> raw) {
    }

    public static Variables variables(Document template) {
        List<String> plain = new ArrayList<>();
        List<String> raw = new ArrayList<>();
        for (Element variable : elements(template, AT, "var")) {
            String name = variable.getAttributeNS(AT, "name");
            ("true".equals(variable.getAttributeNS(AT, "rawxhtml")) ? raw : plain).add(name);
        }
        return new Variables(plain, raw);
    }

    /** The first element inside the template's root (where the host expects {@code at:declarations}). */
    public static Element firstElement(Document template) {
        Node node = template.getDocumentElement().getFirstChild();
        while (!(node instanceof Element)) {
            node = node.getNextSibling();
        }
        return (Element) node;
    }

    private static List<Node> children(Node parent) {
        List<Node> result = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            result.add(child);
        }
        return result;
    }

    private static String serializeChildren(Element root) {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringBuilder markup = new StringBuilder();
            for (Node child : children(root)) {
                StringWriter out = new StringWriter();
                transformer.transform(new DOMSource(child), new StreamResult(out));
                markup.append(out);
            }
            // Namespace declarations the serializer repeats on each top-level element are not part of storage format.
            return markup.toString()
                    .replace(" xmlns:ac=\"" + AC + "\"", "")
                    .replace(" xmlns:ri=\"" + RI + "\"", "")
                    .replace(" xmlns:at=\"" + AT + "\"", "");
        } catch (Exception e) {
            throw new IllegalStateException("Cannot write the filled template", e);
        }
    }
}
