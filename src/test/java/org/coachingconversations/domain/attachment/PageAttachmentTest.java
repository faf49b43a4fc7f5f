package org.coachingconversations.domain.attachment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

import static org.junit.Assert.assertEquals;

public class PageAttachmentTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T09:00:00Z");

    @Test
    public void newestCsv_shouldChooseTheCsvAttachedLast_ignoringOtherFiles() {
        // Given
        List<PageAttachment> attached = List.of(new PageAttachment("spring.csv", 10, MONDAY),
                new PageAttachment("fall.CSV", 10, TUESDAY), new PageAttachment("notes.txt", 10, TUESDAY.plusSeconds(9)),
                new PageAttachment("csv", 10, TUESDAY.plusSeconds(10)));

        // When
        Optional<PageAttachment> target = PageAttachment.newestCsv(attached);

        // Then
        assertEquals("fall.CSV", target.orElseThrow().fileName());
    }

    @Test
    public void newestCsv_shouldChooseByName_whenTwoWereAttachedAtOnce_whateverTheHostsOrder() {
        // Given
        PageAttachment a = new PageAttachment("a.csv", 1, MONDAY);
        PageAttachment b = new PageAttachment("b.csv", 1, MONDAY);

        // When / Then
        assertEquals(b, PageAttachment.newestCsv(List.of(a, b)).orElseThrow());
        assertEquals(b, PageAttachment.newestCsv(List.of(b, a)).orElseThrow());
    }

    @Test
    public void newestCsv_shouldBeEmpty_whenNoCsvIsAttached() {
        assertEquals(Optional.empty(), PageAttachment.newestCsv(List.of(new PageAttachment("x.xlsx", 1, MONDAY))));
    }

    @Test
    public void named_shouldMatchTheExactName_only() {
        // Given
        List<PageAttachment> attached = List.of(new PageAttachment("Fall.csv", 1, MONDAY));

        // When / Then
        assertEquals(Optional.empty(), PageAttachment.named(attached, "fall.csv"));
        assertEquals("Fall.csv", PageAttachment.named(attached, "Fall.csv").orElseThrow().fileName());
    }
}
