package org.coachingconversations.sandbox.plugin;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.InjectionPoint;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.NoUniqueBeanDefinitionException;
import org.springframework.beans.factory.UnsatisfiedDependencyException;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.ClassPathBeanDefinitionScanner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;

/**
 * The plugin's Spring context, as Confluence gives each plugin one: the plugin's own {@code @Component} classes (what
 * the Spring Scanner would index in its jar) plus the host services, all injected by type. Module classes
 * ({@code xhtml-macro class="..."}) are created from it by constructor injection.
 */
public final class PluginComponents implements AutoCloseable {

    private final AnnotationConfigApplicationContext context;
    private final HostServices hostServices;

    private PluginComponents(AnnotationConfigApplicationContext context, HostServices hostServices) {
        this.context = context;
        this.hostServices = hostServices;
    }

    /**
     * Creates and starts the plugin's components found under {@code basePackages}, taking only classes from
     * {@code classesRoot} (the plugin's build output; never the sandbox's or the tests' classes).
     *
     * @throws PluginStartupException naming the component and the type nobody provides
     */
    public static PluginComponents start(HostServices hostServices, Path classesRoot, Collection<String> basePackages) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        hostServices.registerInto(context.getBeanFactory());
        if (!basePackages.isEmpty()) {
            ClassPathBeanDefinitionScanner scanner = new ClassPathBeanDefinitionScanner(context);
            scanner.addExcludeFilter((reader, factory) -> {
                try {
                    return !reader.getResource().isFile()
                            || !reader.getResource().getFile().toPath().toRealPath().startsWith(classesRoot);
                } catch (IOException e) {
                    return true;
                }
            });
            scanner.scan(basePackages.toArray(new String[0]));
        }
        PluginComponents components = new PluginComponents(context, hostServices);
        try {
            context.refresh();
        } catch (BeansException e) {
            throw new PluginStartupException(components.explain("A Spring component of the plugin", e), e);
        }
        return components;
    }

    /**
     * Creates a module's class the way Confluence does: its constructor's parameters are filled by type from the
     * host services and the plugin's components.
     *
     * @param describe the module, for the error message, e.g. {@code xhtml-macro coaching-quality-macro (...)}
     * @throws PluginStartupException naming the module and the parameter type nobody provides
     */
    public <T> T create(Class<T> type, String describe) {
        try {
            return context.getAutowireCapableBeanFactory().createBean(type);
        } catch (BeansException e) {
            throw new PluginStartupException(explain(describe, e), e);
        }
    }

    /** The plugin's component of that type. */
    public <T> T component(Class<T> type) {
        return context.getBean(type);
    }

    /** The plugin's component with this Spring bean name. */
    public Object bean(String name) {
        return context.getBean(name);
    }

    /** Stops the components ({@code @PreDestroy}). */
    @Override
    public void close() {
        if (context.isActive()) {
            context.close();
        }
    }

    private String explain(String describe, BeansException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof UnsatisfiedDependencyException) {
                InjectionPoint point = ((UnsatisfiedDependencyException) cause).getInjectionPoint();
                if (point != null && cause.getCause() instanceof NoUniqueBeanDefinitionException) {
                    return describe + " cannot be created: " + owner(point) + " asks for a "
                            + point.getDeclaredType().getName() + ", and there is more than one: "
                            + cause.getCause().getMessage();
                }
                if (point != null && cause.getCause() instanceof NoSuchBeanDefinitionException) {
                    return describe + " cannot be created: " + owner(point) + " asks for a "
                            + point.getDeclaredType().getName() + ", which neither the sandbox nor the plugin"
                            + " provides. The sandbox provides: " + hostServices.describe()
                            + "; the plugin provides its own @Component classes.";
                }
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return describe + " cannot be created: " + root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static String owner(InjectionPoint point) {
        if (point.getMethodParameter() != null) {
            return point.getMethodParameter().getDeclaringClass().getName() + " (parameter "
                    + (point.getMethodParameter().getParameterIndex() + 1) + " of its constructor)";
        }
        return point.getMember().getDeclaringClass().getName();
    }
}
