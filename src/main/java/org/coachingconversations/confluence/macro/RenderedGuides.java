package org.coachingconversations.confluence.macro;

import org.coachingconversations.domain.guide.GuideSelection;
import org.coachingconversations.domain.guide.ProtocolFilter;
import org.coachingconversations.domain.guide.Topic;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The guide macro's rendered pages, so that a guide read again is not translated and rendered again: the whole MQI
 * guide's template alone takes longer than the macro's goal. Thread-safe; bounded, the least recently read page
 * leaving first.
 *
 * <p>A page is a function of its {@link Key} and of what the plugin ships (catalogue, bundles, template). What the
 * plugin ships does not change while the module runs: a plugin update or re-enable builds a new macro and with it an
 * empty cache, so nothing here goes stale with time. Nothing a page shows depends on who may see what (a guide is
 * catalogue text; the page's space is read only for its rubric name, which is part of the key).
 */
final class RenderedGuides {

    /** About 150 selections per language exist; a page is 1–37 KB, so a full cache holds at most a few MB. */
    static final int DEFAULT_CAPACITY = 256;

    /**
     * Everything a rendered guide depends on.
     *
     * @param locale     the reader's language, which the host's I18nResolver translates into
     * @param selection  what the catalogue selected, after it judged and normalized the parameters
     * @param rubricName the space's rubric name when the selection shows it (see {@link #showsRubric}), else null
     */
    record Key(Locale locale, Selection selection, String rubricName) {
    }

    /**
     * A shown selection, normalized: two requests with the same selection show the same sections, items and notes.
     * The catalogue builds a selection from the guide, the section or topic part (when not the whole guide) and the
     * protocol filter, and from nothing else.
     *
     * @param topicId the one topic shown when the part is a topic of a section, else null
     */
    record Selection(String guideId, boolean whole, String sectionId, String topicId, ProtocolFilter filter) {

        static Selection of(GuideSelection.Shown shown) {
            if (shown.whole()) {
                return new Selection(shown.guide().id(), true, null, null, shown.filter());
            }
            GuideSelection.ShownSection part = shown.sections().get(0);
            String topicId = part.filtered() && part.items().size() == 1 && part.items().get(0) instanceof Topic topic
                    ? topic.id() : null;
            return new Selection(shown.guide().id(), false, part.section().id(), topicId, shown.filter());
        }
    }

    private final int capacity;
    private final Map<Key, String> pages;
    /** Whether a selection shows the rubric name: not a question of language. Bounded by the catalogue's selections. */
    private final Map<Selection, Boolean> showsRubric = new ConcurrentHashMap<>();

    RenderedGuides() {
        this(DEFAULT_CAPACITY);
    }

    RenderedGuides(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A cache holds at least one page, not " + capacity);
        }
        this.capacity = capacity;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
                return size() > RenderedGuides.this.capacity;
            }
        };
    }

    /** Whether the selection's page shows the rubric name; empty until the selection was rendered once. */
    Optional<Boolean> showsRubric(Selection selection) {
        return Optional.ofNullable(showsRubric.get(selection));
    }

    synchronized Optional<String> page(Key key) {
        return Optional.ofNullable(pages.get(key));
    }

    /** Keeps a rendered page, and whether rendering it read the rubric name. */
    void keep(Key key, boolean readRubric, String page) {
        showsRubric.put(key.selection(), readRubric);
        synchronized (this) {
            pages.put(key, page);
        }
    }

    synchronized int size() {
        return pages.size();
    }
}
