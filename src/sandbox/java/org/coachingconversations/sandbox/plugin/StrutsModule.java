package org.coachingconversations.sandbox.plugin;

import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.struts2.interceptor.parameter.StrutsParameter;
import org.w3c.dom.Element;

/**
 * A {@code struts} module: its packages' actions, served at {@code <namespace>/<name>.action} (GET). For each request
 * the action class is created like a module class, the request parameters are handed to its public
 * {@code @StrutsParameter} setters (String, String[], int, long, boolean; any other parameter is ignored, as Struts
 * does for a setter without the annotation), its method runs, and the result of that name is rendered: a
 * {@code velocity} result with the action as {@code $action} (the page's {@code <title>} and {@code <body>} go into the
 * sandbox's layout), an {@code httpheader} result as its {@code error} or {@code status}. No interceptors, no other
 * result types, no POST.
 */
public final class StrutsModule {

    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);
    private static final Pattern CONTENT_TAG = Pattern.compile("<content tag=\"[^\"]*\">.*?</content>", Pattern.DOTALL);
    private static final Pattern RESOURCE_CONTEXT = Pattern.compile("requireResourcesForContext\\(\"([^\"]+)\"\\)");

    private final String key;
    private final Map<String, Action> actions;

    private StrutsModule(String key, Map<String, Action> actions) {
        this.key = key;
        this.actions = Map.copyOf(actions);
    }

    /** Reads the module's packages and actions; {@code classes} loads a plugin class, naming the module on failure. */
    static StrutsModule parse(Element module, Function<String, Class<?>> classes) {
        Map<String, Action> actions = new LinkedHashMap<>();
        for (Element pack : PluginDescriptorChildren.of(module, "package")) {
            String namespace = pack.getAttribute("namespace").replaceAll("/+$", "");
            for (Element action : PluginDescriptorChildren.of(pack, "action")) {
                Map<String, Result> results = new LinkedHashMap<>();
                for (Element result : PluginDescriptorChildren.of(action, "result")) {
                    Map<String, String> params = new LinkedHashMap<>();
                    for (Element param : PluginDescriptorChildren.of(result, "param")) {
                        params.put(param.getAttribute("name"), param.getTextContent().trim());
                    }
                    String name = result.getAttribute("name").isEmpty() ? "success" : result.getAttribute("name");
                    String type = result.getAttribute("type").isEmpty() ? "velocity" : result.getAttribute("type");
                    results.put(name, new Result(type, result.getTextContent().trim(), params));
                }
                String method = action.getAttribute("method").isEmpty() ? "execute" : action.getAttribute("method");
                String path = namespace + "/" + action.getAttribute("name") + ".action";
                actions.put(path, new Action(path, classes.apply(action.getAttribute("class")), method, results));
            }
        }
        return new StrutsModule(module.getAttribute("key"), actions);
    }

    public String key() {
        return key;
    }

    /** The action paths, below the context path. */
    public List<String> paths() {
        return List.copyOf(actions.keySet());
    }

    Optional<Action> action(String path) {
        return Optional.ofNullable(actions.get(path));
    }

    /** One action of the module. */
    record Action(String path, Class<?> type, String method, Map<String, Result> results) {

        /** Runs a fresh instance with these request parameters and renders the result it names. */
        Outcome run(Object instance, Map<String, String[]> parameters, TemplateRenderer renderer) {
            setParameters(instance, parameters);
            String resultName;
            try {
                Method execute = type.getMethod(method);
                resultName = String.valueOf(execute.invoke(instance));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalStateException("Action " + path + ": no public method " + method + "()", e);
            } catch (InvocationTargetException e) {
                throw new IllegalStateException("Action " + path + " failed: " + e.getCause(), e.getCause());
            }
            Result result = results.get(resultName);
            if (result == null) {
                throw new IllegalStateException("Action " + path + " returned \"" + resultName
                        + "\", which has no <result>");
            }
            return result.render(instance, renderer, path);
        }

        private void setParameters(Object instance, Map<String, String[]> parameters) {
            for (Method setter : type.getMethods()) {
                if (!setter.isAnnotationPresent(StrutsParameter.class) || setter.getParameterCount() != 1
                        || !setter.getName().startsWith("set") || setter.getName().length() < 4
                        || Modifier.isStatic(setter.getModifiers())) {
                    continue;
                }
                String name = Character.toLowerCase(setter.getName().charAt(3)) + setter.getName().substring(4);
                String[] values = parameters.get(name);
                if (values == null || values.length == 0) {
                    continue;
                }
                try {
                    setter.invoke(instance, convert(setter.getParameterTypes()[0], values, name));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                } catch (InvocationTargetException e) {
                    throw new IllegalStateException("Action " + path + ": " + setter.getName() + " failed", e);
                }
            }
        }

        private static Object convert(Class<?> target, String[] values, String name) {
            if (target == String[].class) {
                return values.clone();
            }
            String value = values[0];
            if (target == String.class) {
                return value;
            }
            if (target == boolean.class || target == Boolean.class) {
                return Boolean.parseBoolean(value);
            }
            try {
                if (target == int.class || target == Integer.class) {
                    return Integer.parseInt(value.trim());
                }
                if (target == long.class || target == Long.class) {
                    return Long.parseLong(value.trim());
                }
            } catch (NumberFormatException e) {
                throw new StrutsParameterException(name, value);
            }
            throw new IllegalStateException("The sandbox cannot set a " + target.getName() + " parameter (" + name
                    + ")");
        }
    }

    /** A {@code <result>}: its type, its location (velocity) and its params. */
    record Result(String type, String location, Map<String, String> params) {

        Outcome render(Object action, TemplateRenderer renderer, String path) {
            switch (type) {
                case "velocity":
                    return velocity(action, renderer, path);
                case "httpheader":
                    String status = params.getOrDefault("error", params.get("status"));
                    return new Outcome(Integer.parseInt(status), "", "", List.of());
                default:
                    throw new IllegalStateException("Action " + path + ": result type \"" + type
                            + "\" is not run by the sandbox");
            }
        }

        private Outcome velocity(Object action, TemplateRenderer renderer, String path) {
            String template = location.replaceFirst("^/+", "");
            StringWriter out = new StringWriter();
            try {
                renderer.render(template, Map.of("action", action), out);
            } catch (IOException e) {
                throw new IllegalStateException("Action " + path + ": cannot render " + template, e);
            }
            String html = out.toString();
            Matcher title = TITLE.matcher(html);
            Matcher body = BODY.matcher(html);
            List<String> contexts = new ArrayList<>();
            Matcher context = RESOURCE_CONTEXT.matcher(source(template));
            while (context.find()) {
                contexts.add(context.group(1));
            }
            return new Outcome(200, title.find() ? decoded(title.group(1).trim()) : "",
                    CONTENT_TAG.matcher(body.find() ? body.group(1) : html).replaceAll(""), contexts);
        }
    }

    /** The template's text, where it asks for its web resources (a call that renders nothing). */
    private static String source(String template) {
        try (java.io.InputStream in = StrutsModule.class.getClassLoader().getResourceAsStream(template)) {
            return in == null ? "" : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot read " + template, e);
        }
    }

    /** The title as text: the template encoded it, and the sandbox's layout encodes it again. */
    private static String decoded(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /**
     * What an action answered.
     *
     * @param title the page's {@code <title>} as text
     * @param bodyHtml the page's body
     * @param resourceContexts the web-resource contexts its template asked for
     */
    public record Outcome(int status, String title, String bodyHtml, List<String> resourceContexts) {
    }

    /** A request parameter the action's setter cannot take (a number that is no number). */
    public static final class StrutsParameterException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        StrutsParameterException(String name, String value) {
            super("The parameter " + name + " must be a whole number, not \"" + value + "\".");
        }
    }

    /** The child elements of a descriptor element with this tag. */
    private static final class PluginDescriptorChildren {
        static List<Element> of(Element parent, String tag) {
            List<Element> children = new ArrayList<>();
            for (org.w3c.dom.Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element element && element.getTagName().toLowerCase(Locale.ROOT).equals(tag)) {
                    children.add(element);
                }
            }
            return children;
        }
    }
}
