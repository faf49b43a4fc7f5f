package org.coachingconversations.testing.blueprint;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reading a filled blueprint page (storage format parsed by {@link ContentTemplates}) the way a reader sees it. */
public final class StoragePages {

    private StoragePages() {
    }

    /** The page's n-th table, counting from 0 in page order (nested tables count too). */
    public static Element table(Document page, int index) {
        return (Element) page.getElementsByTagName("table").item(index);
    }

    /** Each row of a heading/cell table as "heading: cell" (or just the heading when the cell has no text). */
    public static List<String> rows(Element table) {
        NodeList rows = table.getElementsByTagName("tr");
        List<String> result = new ArrayList<>();
        for (int index = 0; index < rows.getLength(); index++) {
            Element row = (Element) rows.item(index);
            String heading = row.getElementsByTagName("th").item(0).getTextContent().strip();
            String cell = row.getElementsByTagName("td").item(0).getTextContent().strip();
            result.add(cell.isEmpty() ? heading : heading + ": " + cell);
        }
        return result;
    }

    /** The stripped text of every element with that tag, in page order. */
    public static List<String> texts(Document page, String tag) {
        return texts(page.getDocumentElement(), tag);
    }

    public static List<String> texts(Element root, String tag) {
        return elementsIn(root, "", tag).stream().map(element -> element.getTextContent().strip()).toList();
    }

    /** The datetime of every {@code time} element (a date the page shows as a date), in page order. */
    public static List<String> datetimes(Element root) {
        return elementsIn(root, "", "time").stream().map(time -> time.getAttribute("datetime")).toList();
    }

    /** Elements below a root, in page order; namespace "" means storage format's plain XHTML elements. */
    public static List<Element> elementsIn(Element root, String namespace, String localName) {
        NodeList nodes = namespace.isEmpty() ? root.getElementsByTagName(localName)
                : root.getElementsByTagNameNS(namespace, localName);
        List<Element> result = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            result.add((Element) nodes.item(index));
        }
        return result;
    }

    /**
     * The macros in the section under the {@code h2} with this text (up to the next {@code h2}), in page order, each
     * as its name followed by its parameters ({@code name=value}), e.g. {@code coaching-action-steps role=teacher}.
     */
    public static List<String> macrosUnder(Document page, String heading) {
        NodeList all = page.getDocumentElement().getElementsByTagName("*");
        List<String> macros = new ArrayList<>();
        boolean inSection = false;
        for (int index = 0; index < all.getLength(); index++) {
            Element element = (Element) all.item(index);
            if (element.getTagName().equals("h2")) {
                inSection = element.getTextContent().strip().equals(heading);
            } else if (inSection && ContentTemplates.AC.equals(element.getNamespaceURI())
                    && element.getLocalName().equals("structured-macro")) {
                StringBuilder macro = new StringBuilder(element.getAttributeNS(ContentTemplates.AC, "name"));
                for (Element parameter : elementsIn(element, ContentTemplates.AC, "parameter")) {
                    macro.append(' ').append(parameter.getAttributeNS(ContentTemplates.AC, "name")).append('=')
                            .append(parameter.getTextContent());
                }
                macros.add(macro.toString());
            }
        }
        return macros;
    }
}
