package org.coachingconversations.sandbox.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.coachingconversations.sandbox.plugin.ServletModule;

/**
 * The app's {@code servlet} modules at {@code /plugins/servlet/...}. A page that asks for a decorator
 * ({@code <meta name="decorator" ...>}) gets the sandbox's chrome, as Confluence's decorator wraps it: its title and
 * body go into the layout, with the space sidebar when the request names a space ({@code spaceKey}) the user may
 * view, and the app's web resources of context {@code atl.general}. Any other answer is passed on as the servlet
 * wrote it.
 */
final class PluginPages {

    static final String PREFIX = "/plugins/servlet";
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private final SandboxPlugin plugin;

    PluginPages(SandboxPlugin plugin) {
        this.plugin = plugin;
    }

    /** @return false when no servlet answers the path */
    boolean serve(HttpServletRequest request, HttpServletResponse response, String path, Layout.Chrome chrome,
            Function<String, Optional<Layout.Sidebar>> sidebarOf) throws IOException {
        Optional<ServletModule> module = plugin.servlet(path.substring(PREFIX.length()));
        if (module.isEmpty()) {
            return false;
        }
        Captured captured = new Captured(response);
        try {
            module.get().servlet().service(request, captured);
        } catch (ServletException e) {
            throw new IOException(e);
        }
        String html = captured.text();
        if (captured.getStatus() != 200 || !html.contains("<meta name=\"decorator\"")) {
            response.getWriter().write(html);
            return true;
        }
        Matcher title = TITLE.matcher(html);
        Matcher body = BODY.matcher(html);
        // The title is already HTML-escaped by the app's template; the layout escapes again, so it is unescaped here.
        String titleText = title.find() ? title.group(1).replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&") : "";
        String main = body.find() ? body.group(1) : "";
        String spaceKey = request.getParameter("spaceKey");
        Layout.Sidebar sidebar = spaceKey == null ? null : sidebarOf.apply(spaceKey).orElse(null);
        response.setContentType("text/html; charset=UTF-8");
        response.getOutputStream().write(Layout.page(chrome, titleText, sidebar, plugin.stylesheets("atl.general"),
                plugin.scripts("atl.general"), main).getBytes(StandardCharsets.UTF_8));
        return true;
    }

    /** Keeps what the servlet writes, so the chrome can go around it. */
    private static final class Captured extends HttpServletResponseWrapper {

        private final StringWriter text = new StringWriter();
        private final PrintWriter writer = new PrintWriter(text);
        private int status = 200;

        Captured(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            return writer;
        }

        @Override
        public void setStatus(int sc) {
            status = sc;
            super.setStatus(sc);
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            status = sc;
            super.sendError(sc, msg);
        }

        @Override
        public void sendError(int sc) throws IOException {
            status = sc;
            super.sendError(sc);
        }

        @Override
        public int getStatus() {
            return status;
        }

        String text() {
            writer.flush();
            return text.toString();
        }
    }
}
