package org.coachingconversations.platform;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.event.api.EventListener;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coachingconversations.testing.event.AnnotatedEventPublisher;
import org.junit.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

public class HostEventListenerTest {

    private final AnnotatedEventPublisher host = new AnnotatedEventPublisher();

    @Test
    public void springLifecycle_shouldDeliverHostEventsOnlyWhileTheAppRuns() {
        // Given
        AnnotationConfigApplicationContext app = new AnnotationConfigApplicationContext();
        app.registerBean(AnnotatedEventPublisher.class, () -> host);
        app.register(GreetingListener.class);

        // When
        app.refresh();
        GreetingListener target = app.getBean(GreetingListener.class);
        host.publish("while running");
        boolean registeredWhileRunning = host.isRegistered(target);
        app.close();
        host.publish("after shutdown");

        // Then
        assertTrue(registeredWhileRunning);
        assertFalse(host.isRegistered(target));
        assertEquals(List.of("while running"), target.heard);
    }

    /** A bean with an event method that does not extend the base would never hear an event, or outlive the app. */
    @Test
    public void everyEventListenerBean_shouldExtendHostEventListener() throws ClassNotFoundException {
        // Given
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> listeners = new ArrayList<>();
        List<String> notSubscribing = new ArrayList<>();

        // When
        for (BeanDefinition bean : scanner.findCandidateComponents("org.coachingconversations")) {
            Class<?> type = Class.forName(bean.getBeanClassName());
            if (Arrays.stream(type.getMethods()).anyMatch(method -> method.isAnnotationPresent(EventListener.class))) {
                listeners.add(type.getSimpleName());
                if (!HostEventListener.class.isAssignableFrom(type)) {
                    notSubscribing.add(type.getName());
                }
            }
        }

        // Then
        assertTrue(listeners.toString(), listeners.containsAll(List.of("BlueprintPageCreatedListener",
                "CycleRecordRestrictionListener", "PageLifecycleListener")));
        assertEquals(List.of(), notSubscribing);
    }

    public static class GreetingListener extends HostEventListener {

        final List<String> heard = new ArrayList<>();

        public GreetingListener(AnnotatedEventPublisher host) {
            super(host);
        }

        @EventListener
        public void onGreeting(String greeting) {
            heard.add(greeting);
        }
    }
}
