package org.coachingconversations.domain.guide;

import java.util.List;
import java.util.Objects;

/** The answer to a {@link GuideRequest}: what to show, or every reason it cannot be shown. */
public sealed interface GuideSelection {

    /**
     * The parts of a guide to show, in the guide's order.
     *
     * @param whole    whether the whole guide was asked for (then its introduction is shown too)
     * @param sections each shown section with the items that passed the filters
     * @param filter   the protocol filter the items passed (all when none was asked for)
     */
    record Shown(Guide guide, boolean whole, List<ShownSection> sections, ProtocolFilter filter)
            implements GuideSelection {
        public Shown {
            Objects.requireNonNull(guide, "guide");
            Objects.requireNonNull(filter, "filter");
            sections = List.copyOf(sections);
        }
    }

    /** The request cannot be shown; at least one problem, one per parameter at most. */
    record Refused(List<GuideProblem> problems) implements GuideSelection {
        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("A refusal needs a reason");
            }
        }
    }

    /**
     * A section as shown: its items after the filters (possibly none, when no protocol step matches) and the notes
     * that still apply (the protocol's footnote only while the step it belongs to is shown).
     *
     * @param filtered whether a filter left items out, so that an empty result can say why
     */
    record ShownSection(GuideSection section, List<GuideItem> items, List<GuideText> notes, boolean filtered) {
        public ShownSection {
            Objects.requireNonNull(section, "section");
            items = List.copyOf(items);
            notes = List.copyOf(notes);
        }
    }
}
