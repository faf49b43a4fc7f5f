package org.coachingconversations.testing.velocity;

import org.apache.velocity.runtime.RuntimeServices;
import org.apache.velocity.util.RuntimeServicesAware;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Blocks every template method call that Confluence 9+ would block: a plugin class's method must be in the plugin's
 * velocity-allowlist; of the JDK only simple value methods are open. Unlike Confluence, which logs and renders
 * nothing, a blocked call fails loudly so a missing allowlist entry fails the test that renders the template.
 */
public final class AllowlistUberspector extends UberspectImpl implements RuntimeServicesAware {

    static final String ALLOWLIST_ATTRIBUTE = "coaching.velocity.allowlist";

    private static final Set<Class<?>> OPEN_JDK_TYPES = Set.of(String.class, Boolean.class, Integer.class, Long.class,
            Double.class, java.util.Collection.class, java.util.List.class, java.util.Map.class, java.util.Set.class);
    private static final Set<String> OPEN_JDK_METHODS = Set.of("size", "isEmpty", "get", "contains", "containsKey",
            "length", "toString", "equals", "intValue", "longValue", "booleanValue", "name");

    private Set<String> allowlist = Set.of();

    @Override
    @SuppressWarnings("unchecked")
    public void setRuntimeServices(RuntimeServices services) {
        Object configured = services.getApplicationAttribute(ALLOWLIST_ATTRIBUTE);
        if (configured != null) {
            allowlist = (Set<String>) configured;
        }
    }

    @Override
    public VelMethod getMethod(Object target, String methodName, Object[] args, Info info) throws Exception {
        VelMethod method = super.getMethod(target, methodName, args, info);
        if (method != null) {
            check(target, method.getMethodName(), args.length, info);
        }
        return method;
    }

    @Override
    public VelPropertyGet getPropertyGet(Object target, String identifier, Info info) throws Exception {
        VelPropertyGet getter = super.getPropertyGet(target, identifier, info);
        if (getter != null && getter.getMethodName() != null) {
            check(target, getter.getMethodName(), 0, info);
        }
        return getter;
    }

    private void check(Object target, String methodName, int arity, Info info) {
        Class<?> type = target instanceof Class ? (Class<?>) target : target.getClass();
        boolean allowed = Arrays.stream(type.getMethods())
                .filter(m -> m.getName().equals(methodName) && m.getParameterCount() == arity)
                .anyMatch(this::isAllowed);
        if (!allowed) {
            throw new IllegalStateException("Velocity method not allowlisted: " + type.getName() + "#" + methodName
                    + " at " + info + " (add it to the velocity-allowlist module in atlassian-plugin.xml)");
        }
    }

    private boolean isAllowed(Method method) {
        if (allowlist.contains(signature(method))) {
            return true;
        }
        Class<?> declaring = method.getDeclaringClass();
        boolean jdkValueType = OPEN_JDK_TYPES.stream().anyMatch(open -> open.isAssignableFrom(declaring))
                || declaring.isEnum() || declaring == Enum.class;
        return jdkValueType && declaring.getName().startsWith("java.") && OPEN_JDK_METHODS.contains(method.getName())
                && Modifier.isPublic(method.getModifiers());
    }

    static String signature(Method method) {
        return method.getDeclaringClass().getName() + "#" + method.getName() + "("
                + Arrays.stream(method.getParameterTypes()).map(Class::getName).collect(Collectors.joining(",")) + ")";
    }
}
