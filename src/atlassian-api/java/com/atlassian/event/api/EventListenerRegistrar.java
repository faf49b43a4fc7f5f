package com.atlassian.event.api;

/**
 * Compile-only stand-in with the members the plugin calls. Checked against
 * https://docs.atlassian.com/atlassian-event/2.3.0/com/atlassian/event/api/EventListenerRegistrar.html
 * (newest readable page; {@code EventPublisher} extends it in Confluence 6.x-8.x javadoc, e.g.
 * https://docs.atlassian.com/ConfluenceServer/javadoc/7.20.0/com/atlassian/confluence/event/NoOpEventPublisher.html).
 */
public interface EventListenerRegistrar {

    void register(Object listener);

    void unregister(Object listener);
}
