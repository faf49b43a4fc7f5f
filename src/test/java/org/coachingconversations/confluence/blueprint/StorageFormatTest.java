package org.coachingconversations.confluence.blueprint;

import static org.coachingconversations.testing.blueprint.ContentTemplates.AC;
import static org.coachingconversations.testing.blueprint.ContentTemplates.RI;
import static org.coachingconversations.testing.blueprint.ContentTemplates.elements;
import static org.coachingconversations.testing.blueprint.ContentTemplates.parse;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.coachingconversations.testing.blueprint.ContentTemplates;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

public class StorageFormatTest {

    /** Markup, a storage-format macro, a CDATA end and a script, as a user might type them into a wizard. */
    private static final String HOSTILE = "Tom & \"Jerry\" <b>bold</b> ]]> <ac:structured-macro ac:name=\"html\">"
            + "<ac:plain-text-body><![CDATA[<script>alert('x')</script>]]></ac:plain-text-body></ac:structured-macro>";

    private final StorageFormat target = new StorageFormat();

    @Test
    public void everyTextMethod_shouldKeepTypedMarkupAsText() {
        // Given
        List<StorageXhtml> fragments = List.of(
                target.text(HOSTILE),
                target.heading(2, HOSTILE),
                target.paragraph(HOSTILE),
                target.strong(HOSTILE),
                target.placeholder(HOSTILE),
                target.bulletList(List.of(target.text(HOSTILE))),
                target.table(List.of(HOSTILE), List.of(List.of(target.text(HOSTILE)))),
                target.taskList(List.of(target.text(HOSTILE))),
                target.panel(StorageFormat.Panel.WARNING, HOSTILE, target.paragraph(HOSTILE)),
                target.pageLink("Plan", HOSTILE),
                target.contentLink(4242L, HOSTILE));

        for (StorageXhtml fragment : fragments) {
            // When
            Document parsed = parse(fragment.markup());

            // Then
            assertTrue(fragment.markup(), parsed.getDocumentElement().getTextContent().contains(HOSTILE));
            assertEquals("no macro but our own in " + fragment, 
                    fragment.markup().contains("ac:name=\"warning\"") ? 1 : 0,
                    elements(parsed, AC, "structured-macro").size());
            assertTrue(elements(parsed, AC, "plain-text-body").isEmpty());
            assertTrue(parsed.getElementsByTagName("script").getLength() == 0);
            assertTrue(parsed.getElementsByTagName("b").getLength() == 0);
        }
    }

    @Test
    public void macro_shouldNameTheMacroAndKeepParameterValuesAsText() {
        // When
        Document page = parse(target.macro("coaching-action-steps", Map.of("mode", HOSTILE)).markup());

        // Then
        List<Element> macros = elements(page, AC, "structured-macro");
        assertEquals(1, macros.size());
        assertEquals("coaching-action-steps", macros.get(0).getAttributeNS(AC, "name"));
        List<Element> parameters = elements(page, AC, "parameter");
        assertEquals("mode", parameters.get(0).getAttributeNS(AC, "name"));
        assertEquals(HOSTILE, parameters.get(0).getTextContent());
    }

    @Test
    public void attributes_shouldKeepQuotesAndMarkupInsideTheValue() {
        // When
        Document mention = parse(target.userMention("key\" ri:username=\"admin").markup());
        Document link = parse(target.pageLink("A \"quoted\" <title> & 'more'", "text").markup());

        // Then
        Element user = elements(mention, RI, "user").get(0);
        assertEquals("key\" ri:username=\"admin", user.getAttributeNS(RI, "userkey"));
        assertEquals("", user.getAttributeNS(RI, "username"));
        assertEquals("A \"quoted\" <title> & 'more'", elements(link, RI, "page").get(0).getAttributeNS(RI, "content-title"));
    }

    @Test
    public void contentLink_shouldLinkByPageId_soARenamedPageStaysLinked() {
        // When
        Document link = parse(target.contentLink(98304L, "Coaching conversation of 2026-02-09").markup());

        // Then
        assertEquals("98304", elements(link, RI, "content-entity").get(0).getAttributeNS(RI, "content-id"));
        assertEquals("Coaching conversation of 2026-02-09", elements(link, AC, "link-body").get(0).getTextContent());
        assertTrue(elements(link, RI, "page").isEmpty());
    }

    @Test
    public void escape_shouldReplaceCharactersXmlCannotCarry() {
        // Given a control character, a lone surrogate and a non-character
        String text = "a\u0001b\uD800c\uFFFEd\tok\uD83D\uDE00";

        // When
        String escaped = StorageFormat.escape(text);

        // Then
        assertEquals("a\uFFFDb\uFFFDc\uFFFDd\tok\uD83D\uDE00", escaped);
        parse("<p>" + escaped + "</p>");
    }

    @Test
    public void userMentionAndDate_shouldUseConfluenceElements() {
        // When
        Document parsed = parse(target.join(target.userMention("8a7f808a6a"), target.date(LocalDate.of(2026, 3, 9))).markup());

        // Then
        Element link = elements(parsed, AC, "link").get(0);
        assertEquals("8a7f808a6a", ((Element) link.getFirstChild()).getAttributeNS(RI, "userkey"));
        assertEquals("2026-03-09", ((Element) parsed.getElementsByTagName("time").item(0)).getAttribute("datetime"));
    }

    @Test
    public void panel_shouldBeAMacroWithRichTextBodyAndOptionalTitle() {
        // When
        Document withTitle = parse(target.panel(StorageFormat.Panel.INFO, "About", target.paragraph("Body")).markup());
        Document withoutTitle = parse(target.panel(StorageFormat.Panel.NOTE, target.paragraph("Body")).markup());

        // Then
        Element macro = elements(withTitle, AC, "structured-macro").get(0);
        assertEquals("info", macro.getAttributeNS(AC, "name"));
        assertEquals("About", elements(withTitle, AC, "parameter").get(0).getTextContent());
        assertEquals("Body", elements(withTitle, AC, "rich-text-body").get(0).getTextContent());
        assertEquals("note", elements(withoutTitle, AC, "structured-macro").get(0).getAttributeNS(AC, "name"));
        assertTrue(elements(withoutTitle, AC, "parameter").isEmpty());
    }

    @Test
    public void taskList_shouldNumberTasksAcrossThePage_andLeaveThemOpen() {
        // When
        StorageXhtml first = target.taskList(List.of(target.text("one"), target.text("two")));
        StorageXhtml second = target.taskList(List.of(target.text("three")));
        Document parsed = ContentTemplates.parse(target.join(first, second).markup());

        // Then
        assertEquals(List.of("1", "2", "3"), elements(parsed, AC, "task-id").stream().map(Element::getTextContent).toList());
        assertTrue(elements(parsed, AC, "task-status").stream().allMatch(s -> s.getTextContent().equals("incomplete")));
        assertEquals("three", elements(parsed, AC, "task-body").get(2).getTextContent());
    }

    @Test
    public void table_shouldWriteHeadingRowAndCells() {
        // When
        Document parsed = parse(target.table(List.of("Owner", "Step"),
                List.of(List.of(target.text("Ana"), target.placeholder("Describe")))).markup());

        // Then
        assertEquals(2, parsed.getElementsByTagName("th").getLength());
        assertEquals("Owner", parsed.getElementsByTagName("th").item(0).getTextContent());
        assertEquals("Describe", elements(parsed, AC, "placeholder").get(0).getTextContent());
    }

    @Test(expected = IllegalArgumentException.class)
    public void table_shouldRefuseARowWithTheWrongNumberOfCells() {
        target.table(List.of("Owner", "Step"), List.of(List.of(target.text("Ana"))));
    }

    @Test
    public void webLink_shouldLinkAWebAddress_withAddressAndTextEscaped() {
        // When
        Document parsed = parse(target.webLink(URI.create("https://video.example.org/c?a=1&b=%22x%22"), HOSTILE).markup());

        // Then
        Element link = (Element) parsed.getElementsByTagName("a").item(0);
        assertEquals("https://video.example.org/c?a=1&b=%22x%22", link.getAttribute("href"));
        assertEquals(HOSTILE, link.getTextContent());
        assertTrue(elements(parsed, AC, "structured-macro").isEmpty());
    }

    @Test
    public void webLink_shouldRefuseEveryAddressButAbsoluteHttpAndHttps() {
        for (String address : List.of("javascript:alert(1)", "JAVASCRIPT://example.org/%0Aalert(1)", "data:text/html,x",
                "/wiki/spaces/X", "ftp://example.org/clip", "http:relative")) {
            try {
                // When
                target.webLink(URI.create(address), "clip");
                fail("Linked " + address);
            } catch (IllegalArgumentException expected) {
                // Then
                assertTrue(expected.getMessage(), expected.getMessage().contains(address));
            }
        }
    }
}
