package org.coachingconversations.domain.guide;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * All five seed guides, with the lookups guide macros and blueprints need: a guide, a section, and
 * the post-conferencing protocol filtered by role, phase and observation type. Immutable.
 */
public final class GuideCatalogue {

    private final List<Guide> guides;

    /** The catalogue of the five seeds, in seed order. */
    public GuideCatalogue() {
        this(List.of(SpsGuide.guide(), ConversationQualitiesGuide.guide(), CoachingGuide.guide(),
                PostConferenceGuide.guide(), MqiGuide.guide()));
    }

    GuideCatalogue(List<Guide> guides) {
        this.guides = List.copyOf(guides);
        Set<String> ids = new HashSet<>();
        for (Guide guide : this.guides) {
            if (!ids.add(guide.id())) {
                throw new IllegalArgumentException("Two guides have the id " + guide.id());
            }
        }
    }

    public List<Guide> guides() {
        return guides;
    }

    public List<String> guideIds() {
        return guides.stream().map(Guide::id).toList();
    }

    /** A guide by id, ignoring case and surrounding blanks. */
    public Optional<Guide> guide(String guideId) {
        if (guideId == null) {
            return Optional.empty();
        }
        String wanted = guideId.trim().toLowerCase(Locale.ROOT);
        return guides.stream().filter(guide -> guide.id().equals(wanted)).findFirst();
    }

    /** A section by its full id, e.g. {@code coaching/components}. */
    public Optional<GuideSection> section(String sectionId) {
        if (sectionId == null || !sectionId.contains("/")) {
            return Optional.empty();
        }
        String guideId = sectionId.substring(0, sectionId.indexOf('/'));
        return guide(guideId).flatMap(guide -> guide.section(sectionId));
    }

    /** Every section id, guide by guide in seed order. */
    public List<String> sectionIds() {
        return guides.stream().flatMap(guide -> guide.sectionIds().stream()).toList();
    }

    /** The post-conferencing protocol steps that match the filter, in the seed's order. */
    public List<ProtocolStep> protocolSteps(ProtocolFilter filter) {
        return section(PostConferenceGuide.PROTOCOL).orElseThrow()
                .itemsOf(ProtocolStep.class).stream()
                .filter(filter::matches)
                .toList();
    }

    /** Every bundle key the catalogue shows, once each, in reading order. */
    public Set<String> referencedKeys() {
        Set<String> keys = new LinkedHashSet<>();
        guides.forEach(guide -> guide.texts().forEach(text -> keys.add(text.key())));
        for (GuideArgument argument : GuideArgument.values()) {
            keys.add(argument.labelKey());
            keys.add(argument.exampleKey());
        }
        return keys;
    }
}
