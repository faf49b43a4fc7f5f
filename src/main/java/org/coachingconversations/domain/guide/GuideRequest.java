package org.coachingconversations.domain.guide;

/**
 * What a reader asked a guide macro to show, as typed: each value may be null, blank, stale or hostile, and
 * {@link GuideCatalogue#select} judges it. The parameter names are stable, because pages store them.
 *
 * @param guide           a guide id ({@value #GUIDE})
 * @param section         a section or part id, e.g. {@code coaching/components/successes} ({@value #SECTION})
 * @param role            a {@link ProtocolRole} id ({@value #ROLE})
 * @param phase           a {@link ProtocolPhase} id ({@value #PHASE})
 * @param observationType an {@link ObservationType} id ({@value #OBSERVATION_TYPE})
 */
public record GuideRequest(String guide, String section, String role, String phase, String observationType) {

    public static final String GUIDE = "guide";
    public static final String SECTION = "section";
    public static final String ROLE = "role";
    public static final String PHASE = "phase";
    public static final String OBSERVATION_TYPE = "observationType";

    /** The whole guide, unfiltered. */
    public static GuideRequest whole(String guide) {
        return new GuideRequest(guide, null, null, null, null);
    }
}
