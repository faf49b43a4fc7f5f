package com.atlassian.event.api;

/**
 * Compile-only stand-in with the members the plugin calls or a test publisher implements. Checked against
 * https://docs.atlassian.com/atlassian-event/2.1.1/com/atlassian/event/api/EventPublisher.html and, for the
 * {@link EventListenerRegistrar} super-interface that declares {@code register}/{@code unregister} since then,
 * https://docs.atlassian.com/ConfluenceServer/javadoc/8.0.0-m90/com/atlassian/confluence/event/NoOpEventPublisher.html
 */
public interface EventPublisher extends EventListenerRegistrar {

    void publish(Object event);
}
