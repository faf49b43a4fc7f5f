package org.coachingconversations.platform;

import com.atlassian.event.api.EventPublisher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.util.Objects;

/**
 * The base of every app bean that receives host events through {@code @EventListener} methods. The
 * host's event publisher only calls beans registered with it, and keeps calling them until they are
 * unregistered — also after the app is disabled or updated, when it would hold the old app's classes.
 * So a listener registers when Spring has built it and unregisters when Spring destroys it.
 */
public abstract class HostEventListener {

    private final EventPublisher eventPublisher;

    protected HostEventListener(EventPublisher eventPublisher) {
        this.eventPublisher = Objects.requireNonNull(eventPublisher, "eventPublisher");
    }

    @PostConstruct
    public final void subscribe() {
        eventPublisher.register(this);
    }

    @PreDestroy
    public final void unsubscribe() {
        eventPublisher.unregister(this);
    }
}
