package org.coachingconversations.domain.guide;

import java.util.Objects;
import java.util.Optional;

/**
 * Which protocol steps to show: any combination of role, phase and observation type; an empty part
 * does not filter. A role filter follows {@link ProtocolRole#concerns}, so "teacher" includes the
 * steps teacher and observer share.
 */
public record ProtocolFilter(Optional<ProtocolRole> role, Optional<ProtocolPhase> phase,
                             Optional<ObservationType> observationType) {

    public ProtocolFilter {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(observationType, "observationType");
    }

    public static ProtocolFilter all() {
        return new ProtocolFilter(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public ProtocolFilter withRole(ProtocolRole wanted) {
        return new ProtocolFilter(Optional.of(wanted), phase, observationType);
    }

    public ProtocolFilter withPhase(ProtocolPhase wanted) {
        return new ProtocolFilter(role, Optional.of(wanted), observationType);
    }

    public ProtocolFilter withObservationType(ObservationType wanted) {
        return new ProtocolFilter(role, phase, Optional.of(wanted));
    }

    public boolean matches(ProtocolStep step) {
        return role.map(step.role()::concerns).orElse(true)
                && phase.map(wanted -> step.phase() == wanted).orElse(true)
                && observationType.map(step::appliesTo).orElse(true);
    }
}
