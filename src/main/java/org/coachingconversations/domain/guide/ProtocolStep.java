package org.coachingconversations.domain.guide;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of the post-conferencing protocol (seed 003): who does what, in which phase, for which
 * observation types. {@code footnoted} marks the step the seed's footnote on next steps belongs to.
 */
public record ProtocolStep(String id, ProtocolRole role, GuideText action, ProtocolPhase phase,
                           Set<ObservationType> observationTypes, boolean footnoted) implements GuideItem {

    public ProtocolStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(phase, "phase");
        if (observationTypes.isEmpty()) {
            throw new IllegalArgumentException("Protocol step " + id + " applies to no observation type");
        }
        // An EnumSet keeps the seed's order (Full, Focused, Short) when iterated.
        observationTypes = Collections.unmodifiableSet(EnumSet.copyOf(observationTypes));
    }

    public boolean appliesTo(ObservationType type) {
        return observationTypes.contains(type);
    }

    @Override
    public List<GuideText> texts() {
        List<GuideText> texts = new ArrayList<>();
        texts.add(GuideText.of(role.nameKey()));
        texts.add(action);
        texts.add(GuideText.of(phase.nameKey()));
        observationTypes.forEach(type -> texts.add(GuideText.of(type.nameKey())));
        return texts;
    }
}
