package org.coachingconversations.testing.event;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The host's event publisher as its javadoc describes it, for tests: {@link #publish} calls every public method
 * annotated with {@link EventListener} whose single parameter accepts the event, on every registered listener.
 * Like the host, it refuses to register an object without such methods; unlike it, a listener's exception reaches
 * the test instead of being logged.
 */
public final class AnnotatedEventPublisher implements EventPublisher {

    private final List<Object> listeners = new ArrayList<>();

    @Override
    public void register(Object listener) {
        Objects.requireNonNull(listener, "listener");
        if (listenerMethods(listener).isEmpty()) {
            throw new IllegalArgumentException(listener.getClass().getName() + " has no public @EventListener method");
        }
        if (!isRegistered(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.removeIf(registered -> registered == listener);
    }

    @Override
    public void publish(Object event) {
        Objects.requireNonNull(event, "event");
        for (Object listener : List.copyOf(listeners)) {
            for (Method method : listenerMethods(listener)) {
                if (method.getParameterTypes()[0].isInstance(event)) {
                    invoke(listener, method, event);
                }
            }
        }
    }

    public boolean isRegistered(Object listener) {
        return listeners.stream().anyMatch(registered -> registered == listener);
    }

    private static List<Method> listenerMethods(Object listener) {
        List<Method> methods = new ArrayList<>();
        for (Method method : listener.getClass().getMethods()) {
            if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                    && !Modifier.isStatic(method.getModifiers())) {
                methods.add(method);
            }
        }
        return methods;
    }

    private static void invoke(Object listener, Method method, Object event) {
        try {
            method.invoke(listener, event);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
