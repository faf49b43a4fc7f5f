package org.coachingconversations.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.coachingconversations.sandbox.data.InvalidInputException;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.coachingconversations.sandbox.plugin.StrutsModule;
import org.coachingconversations.sandbox.render.Html;

/**
 * The pages of the plugin's {@code struts} actions ({@code /plugins/...action}), in the sandbox's layout: with the
 * space's sidebar when the request names a space the user may view ({@code key}, as space actions take it), and the
 * scripts and styles of the web-resource contexts the template asks for. An action that answers 404 gets the
 * sandbox's own "Page not found", the same page as for an address that names nothing; a number parameter that is no
 * number is a 400. The space-tools links of the sidebar are built here too.
 */
final class StrutsActionPages {

    /** Answers the request with the sandbox's "Page not found". */
    interface NotFound {
        void answer() throws IOException;
    }

    /** Writes a page with a status. */
    interface PageWriter {
        void write(int status, String html) throws IOException;
    }

    private final SandboxPlugin plugin;

    StrutsActionPages(SandboxPlugin plugin) {
        this.plugin = plugin;
    }

    static boolean handles(String path) {
        return path.startsWith("/plugins/") && path.endsWith(".action");
    }

    void serve(HttpServletRequest request, String path, Layout.Chrome chrome,
            Function<String, Optional<Layout.Sidebar>> sidebarOfSpace, NotFound notFound, PageWriter writer)
            throws IOException {
        Map<String, String[]> parameters = request.getParameterMap();
        Optional<StrutsModule.Outcome> outcome;
        try {
            outcome = plugin.runAction(path, parameters);
        } catch (StrutsModule.StrutsParameterException e) {
            throw new InvalidInputException(e.getMessage());
        }
        if (outcome.isEmpty() || outcome.get().status() == 404) {
            notFound.answer();
            return;
        }
        StrutsModule.Outcome page = outcome.get();
        if (page.status() != 200) {
            writer.write(page.status(), Layout.page(chrome, ErrorPages.title(page.status()), null, List.of(),
                    Layout.messageBox(ErrorPages.title(page.status()), "The action answered status "
                            + page.status() + ".")));
            return;
        }
        String spaceKey = request.getParameter("key");
        Layout.Sidebar sidebar = spaceKey == null ? null : sidebarOfSpace.apply(spaceKey).orElse(null);
        List<String> stylesheets = new ArrayList<>();
        List<String> scripts = new ArrayList<>();
        for (String context : page.resourceContexts()) {
            stylesheets.addAll(plugin.stylesheets(context));
            scripts.addAll(plugin.scripts(context));
        }
        writer.write(200, Layout.page(chrome, page.title(), sidebar, stylesheets, scripts, page.bodyHtml()));
    }

    /** The space-tools links the user sees in this space, as sidebar markup; empty when there are none. */
    String spaceToolsHtml(String contextPath, String spaceKey) {
        List<Map.Entry<String, String>> links = plugin.spaceTools(spaceKey);
        if (links.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("<h3>Space tools</h3><ul class=\"sandbox-space-tools\">");
        for (Map.Entry<String, String> link : links) {
            out.append("<li><a href=\"").append(Html.text(contextPath + link.getValue())).append("\">")
                    .append(Html.text(link.getKey())).append("</a></li>");
        }
        return out.append("</ul>").toString();
    }
}
