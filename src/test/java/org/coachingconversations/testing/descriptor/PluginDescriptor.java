package org.coachingconversations.testing.descriptor;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The filtered plugin descriptor as the build puts it at the jar root, read the way tests need it. */
public final class PluginDescriptor {

    public static final String RESOURCE = "atlassian-plugin.xml";

    private final Document document;

    private PluginDescriptor(Document document) {
        this.document = document;
    }

    public static PluginDescriptor load() {
        try (InputStream in = PluginDescriptor.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath; run the build's process-resources phase");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new PluginDescriptor(factory.newDocumentBuilder().parse(in));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    public Element root() {
        return document.getDocumentElement();
    }

    public String pluginKey() {
        return root().getAttribute("key");
    }

    /** Every element of the given name anywhere in the descriptor. */
    public List<Element> elements(String name) {
        NodeList nodes = document.getElementsByTagName(name);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** Every element anywhere in the descriptor, in document order. */
    public List<Element> allElements() {
        return elements("*");
    }

    /** Direct children of an element with the given name. */
    public static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element && ((Element) nodes.item(i)).getTagName().equals(name)) {
                result.add((Element) nodes.item(i));
            }
        }
        return result;
    }

    /** Entries of every velocity-allowlist module, as {@code fully.qualified.Class#method(param.Types)}. */
    public Set<String> allowlistedMethods() {
        Set<String> methods = new LinkedHashSet<>();
        for (Element allowlist : elements("velocity-allowlist")) {
            for (Element method : children(allowlist, "method")) {
                methods.add(method.getTextContent().trim());
            }
        }
        return methods;
    }

    /** Classpath base names of the i18n bundles, e.g. {@code i18n/coaching}. */
    public List<String> i18nBundles() {
        List<String> bundles = new ArrayList<>();
        for (Element resource : elements("resource")) {
            if ("i18n".equals(resource.getAttribute("type"))) {
                bundles.add(resource.getAttribute("location"));
            }
        }
        return bundles;
    }
}
