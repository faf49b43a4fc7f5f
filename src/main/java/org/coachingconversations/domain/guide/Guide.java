package org.coachingconversations.domain.guide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One seed document as a guide: its title, the paragraphs before its first section, and its sections
 * in the seed's order.
 *
 * @param id stable id used by guide macros, e.g. {@code coaching}
 */
public record Guide(String id, GuideText title, List<GuideText> introduction, List<GuideSection> sections) {

    public Guide {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        introduction = List.copyOf(introduction);
        sections = List.copyOf(sections);
        Set<String> seen = new HashSet<>();
        for (GuideSection section : sections) {
            if (!section.guideId().equals(id)) {
                throw new IllegalArgumentException("Section " + section.id() + " does not belong to guide " + id);
            }
            if (!seen.add(section.id())) {
                throw new IllegalArgumentException("Guide " + id + " has section " + section.id() + " twice");
            }
        }
    }

    /**
     * A section by its full id ({@code coaching/components}) or by the part after the slash
     * ({@code components}); case and surrounding blanks are ignored.
     */
    public Optional<GuideSection> section(String sectionId) {
        if (sectionId == null) {
            return Optional.empty();
        }
        String wanted = sectionId.trim().toLowerCase(Locale.ROOT);
        String fullId = wanted.contains("/") ? wanted : id + "/" + wanted;
        return sections.stream().filter(section -> section.id().equals(fullId)).findFirst();
    }

    public List<String> sectionIds() {
        return sections.stream().map(GuideSection::id).toList();
    }

    /** Every text of the guide, in reading order. */
    public List<GuideText> texts() {
        List<GuideText> texts = new ArrayList<>();
        texts.add(title);
        texts.addAll(introduction);
        sections.forEach(section -> texts.addAll(section.texts()));
        return texts;
    }
}
