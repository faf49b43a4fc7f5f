package org.coachingconversations.sandbox.plugin;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The host services the sandbox offers the plugin, by the type the plugin asks for (the way {@code @ComponentImport}
 * and constructor injection find them in Confluence).
 */
public final class HostServices {

    private final Map<Class<?>, Object> services = new LinkedHashMap<>();

    public <T> HostServices provide(Class<T> type, T implementation) {
        services.put(type, type.cast(implementation));
        return this;
    }

    void registerInto(ConfigurableListableBeanFactory beanFactory) {
        services.forEach((type, implementation) -> beanFactory.registerSingleton("host:" + type.getName(), implementation));
    }

    /** E.g. "TemplateRenderer, I18nResolver, ActiveObjects", for error messages. */
    String describe() {
        return services.keySet().stream().map(Class::getName).collect(Collectors.joining(", "));
    }
}
