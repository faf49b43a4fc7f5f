package org.coachingconversations.domain.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.coachingconversations.domain.guide.GuideProblem.Kind;
import org.coachingconversations.domain.guide.GuideSelection.ShownSection;

/**
 * All five seed guides, with the lookups guide macros and blueprints need: a guide, a section, and
 * the post-conferencing protocol filtered by role, phase and observation type. {@link #select} holds the rules of a
 * guide request: which parameters a guide takes, which values they may hold, and what a filter leaves. Immutable.
 */
public final class GuideCatalogue {

    /** Problems are reported in the order a reader fills in the parameters. */
    private static final List<String> PARAMETER_ORDER = List.of(GuideRequest.GUIDE, GuideRequest.SECTION,
            GuideRequest.ROLE, GuideRequest.PHASE, GuideRequest.OBSERVATION_TYPE);

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

    /**
     * What a section parameter may name in this guide, in reading order: each section id, and after a section whose
     * items are all topics (the six components of a coaching conversation, the MQI preparation steps) one
     * {@code <section id>/<topic id>} per topic with more than a title, which shows that topic alone.
     */
    public List<String> sectionChoices(Guide guide) {
        List<String> choices = new ArrayList<>();
        for (GuideSection section : guide.sections()) {
            choices.add(section.id());
            if (isTopicSection(section)) {
                section.itemsOf(Topic.class).stream().filter(GuideCatalogue::hasContent)
                        .forEach(topic -> choices.add(section.id() + "/" + topic.id()));
            }
        }
        return choices;
    }

    /** Every section choice of every guide, guide by guide: the values a section parameter may hold at all. */
    public List<String> allSectionChoices() {
        return guides.stream().flatMap(guide -> sectionChoices(guide).stream()).toList();
    }

    /** The guides whose content the protocol filters (role, phase, observation type) apply to. */
    public List<String> protocolGuideIds() {
        return guides.stream()
                .filter(guide -> guide.sections().stream().anyMatch(section -> !section.itemsOf(ProtocolStep.class).isEmpty()))
                .map(Guide::id)
                .toList();
    }

    /**
     * Judges a request and answers what to show. A blank parameter is not given (only the guide is required); a
     * value is matched ignoring case and surrounding blanks. The protocol filters apply only to a guide with protocol
     * steps; a role of teacher or observer includes the steps they share ({@link ProtocolFilter}). A protocol
     * footnote is shown only while the step it belongs to is. Every problem is reported, one per parameter.
     */
    public GuideSelection select(GuideRequest request) {
        List<GuideProblem> problems = new ArrayList<>();
        Optional<Guide> guide = Optional.empty();
        if (isBlank(request.guide())) {
            problems.add(GuideProblem.of(GuideRequest.GUIDE, Kind.MISSING, request.guide(), guideIds()));
        } else {
            guide = guide(request.guide());
            if (guide.isEmpty()) {
                problems.add(GuideProblem.of(GuideRequest.GUIDE, Kind.UNKNOWN, request.guide(), guideIds()));
            }
        }
        boolean filtersApply = guide.map(found -> protocolGuideIds().contains(found.id())).orElse(true);
        Optional<ProtocolRole> role = filter(GuideRequest.ROLE, request.role(), ProtocolRole::fromId,
                ids(ProtocolRole.values(), ProtocolRole::id), filtersApply, problems);
        Optional<ProtocolPhase> phase = filter(GuideRequest.PHASE, request.phase(), ProtocolPhase::fromId,
                ids(ProtocolPhase.values(), ProtocolPhase::id), filtersApply, problems);
        Optional<ObservationType> type = filter(GuideRequest.OBSERVATION_TYPE, request.observationType(),
                ObservationType::fromId, ids(ObservationType.values(), ObservationType::id), filtersApply, problems);
        Optional<Part> part = Optional.empty();
        if (guide.isPresent() && !isBlank(request.section())) {
            part = part(guide.get(), request.section());
            if (part.isEmpty()) {
                problems.add(GuideProblem.of(GuideRequest.SECTION, Kind.UNKNOWN, request.section(),
                        sectionChoices(guide.get())));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> Integer.compare(PARAMETER_ORDER.indexOf(a.parameter()),
                    PARAMETER_ORDER.indexOf(b.parameter())));
            return new GuideSelection.Refused(problems);
        }
        ProtocolFilter filter = new ProtocolFilter(role, phase, type);
        if (part.isPresent()) {
            return new GuideSelection.Shown(guide.get(), false, List.of(show(part.get(), filter)), filter);
        }
        return new GuideSelection.Shown(guide.get(), true, guide.get().sections().stream()
                .map(section -> show(new Part(section, Optional.empty()), filter)).toList(), filter);
    }

    /** A section, or one topic of it. */
    private record Part(GuideSection section, Optional<String> topicId) {
    }

    private <T> Optional<T> filter(String parameter, String value, Function<String, Optional<T>> parse,
                                   List<String> allowed, boolean applies, List<GuideProblem> problems) {
        if (isBlank(value)) {
            return Optional.empty();
        }
        if (!applies) {
            problems.add(new GuideProblem(parameter, Kind.NOT_APPLICABLE, value, allowed, protocolGuideIds()));
            return Optional.empty();
        }
        Optional<T> parsed = parse.apply(value);
        if (parsed.isEmpty()) {
            problems.add(GuideProblem.of(parameter, Kind.UNKNOWN, value, allowed));
        }
        return parsed;
    }

    private static Optional<Part> part(Guide guide, String requested) {
        String wanted = requested.trim().toLowerCase(Locale.ROOT);
        String fullId = wanted.startsWith(guide.id() + "/") ? wanted : guide.id() + "/" + wanted;
        Optional<GuideSection> section = guide.section(fullId);
        if (section.isPresent()) {
            return Optional.of(new Part(section.get(), Optional.empty()));
        }
        int slash = fullId.lastIndexOf('/');
        if (slash <= guide.id().length()) {
            return Optional.empty();
        }
        String topicId = fullId.substring(slash + 1);
        return guide.section(fullId.substring(0, slash))
                .filter(GuideCatalogue::isTopicSection)
                .filter(found -> found.itemsOf(Topic.class).stream()
                        .anyMatch(topic -> topic.id().equals(topicId) && hasContent(topic)))
                .map(found -> new Part(found, Optional.of(topicId)));
    }

    private static ShownSection show(Part part, ProtocolFilter filter) {
        GuideSection section = part.section();
        List<GuideItem> items = section.items().stream()
                .filter(item -> part.topicId().map(id -> item instanceof Topic topic && topic.id().equals(id)).orElse(true))
                .filter(item -> !(item instanceof ProtocolStep step) || filter.matches(step))
                .toList();
        boolean footnotedSection = section.itemsOf(ProtocolStep.class).stream().anyMatch(ProtocolStep::footnoted);
        boolean footnotedShown = items.stream().anyMatch(item -> item instanceof ProtocolStep step && step.footnoted());
        List<GuideText> notes = footnotedSection && !footnotedShown ? List.of() : section.notes();
        return new ShownSection(section, items, notes, items.size() < section.items().size());
    }

    private static boolean isTopicSection(GuideSection section) {
        return section.items().stream().allMatch(Topic.class::isInstance);
    }

    private static boolean hasContent(Topic topic) {
        return !topic.paragraphs().isEmpty() || !topic.promptGroups().isEmpty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static <E> List<String> ids(E[] values, Function<E, String> id) {
        return Arrays.stream(values).map(id).toList();
    }
}
