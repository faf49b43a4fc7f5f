package org.coachingconversations.confluence.macro;

import org.coachingconversations.domain.guide.ProtocolFilter;
import org.junit.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.Assert.assertEquals;

/** The bound of the guide macro's page cache: the least recently read page leaves first. */
public class RenderedGuidesTest {

    private final RenderedGuides target = new RenderedGuides(2);

    @Test
    public void keep_shouldForgetTheLeastRecentlyReadPage_whenTheCacheIsFull() {
        // Given
        target.keep(key("sps"), false, "sps page");
        target.keep(key("mqi"), false, "mqi page");
        target.page(key("sps"));

        // When
        target.keep(key("coaching"), false, "coaching page");

        // Then
        assertEquals(2, target.size());
        assertEquals(Optional.of("sps page"), target.page(key("sps")));
        assertEquals(Optional.empty(), target.page(key("mqi")));
        assertEquals(Optional.of("coaching page"), target.page(key("coaching")));
    }

    @Test
    public void showsRubric_shouldAnswerWhatRenderingFound_andNothingBefore() {
        // Given
        RenderedGuides.Selection protocol = new RenderedGuides.Selection("post-conference", true, null, null,
                ProtocolFilter.all());

        // When
        Optional<Boolean> before = target.showsRubric(protocol);
        target.keep(new RenderedGuides.Key(Locale.ENGLISH, protocol, "Danielson"), true, "page");

        // Then
        assertEquals(Optional.empty(), before);
        assertEquals(Optional.of(true), target.showsRubric(protocol));
    }

    private static RenderedGuides.Key key(String guideId) {
        return new RenderedGuides.Key(Locale.ENGLISH,
                new RenderedGuides.Selection(guideId, true, null, null, ProtocolFilter.all()), null);
    }
}
