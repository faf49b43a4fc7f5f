package org.coachingconversations.sandbox.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.sandbox.data.SandboxUser;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.coachingconversations.sandbox.plugin.ServletModule;

/**
 * Serves a plugin's servlet module at Confluence's address, and plays Confluence's page decorator: an HTML answer
 * that asks for one ({@code <meta name="decorator" ...>}) gets the sandbox's chrome around its {@code <body>}, as
 * Confluence puts an {@code atl.admin} page into its administration console, with the app's {@code atl.general} web
 * resources, and with the space's sidebar when the request names a space ({@code spaceKey}) the user may view. Any other answer (a redirect, a refusal,
 * plain text) passes unchanged. Only requests from this machine are served, as every sandbox screen.
 */
public final class PluginServletPages extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.DOTALL);

    private final transient ServletModule module;
    private final transient SandboxStore store;
    private final transient SandboxPlugin plugin;
    private final transient SandboxServlet screens;

    public PluginServletPages(ServletModule module, SandboxStore store, SandboxPlugin plugin, SandboxServlet screens) {
        this.module = module;
        this.store = store;
        this.plugin = plugin;
        this.screens = screens;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        if (!"127.0.0.1".equals(request.getRemoteAddr()) && !"0:0:0:0:0:0:0:1".equals(request.getRemoteAddr())) {
            response.sendError(403);
            return;
        }
        request.setCharacterEncoding("UTF-8");
        Buffered buffered = new Buffered(response);
        module.servlet().service(request, buffered);
        String body = buffered.text();
        String contentType = buffered.getContentType() == null ? "" : buffered.getContentType();
        if (buffered.getStatus() == 200 && contentType.toLowerCase(Locale.ROOT).startsWith("text/html")
                && DECORATOR.matcher(body).find()) {
            body = decorate(request, body);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    private String decorate(HttpServletRequest request, String page) {
        Matcher title = TITLE.matcher(page);
        Matcher body = BODY.matcher(page);
        SandboxUser user = SignedInUser.of(request, store).orElseThrow();
        String returnTo = request.getRequestURI();
        Layout.Chrome chrome = new Layout.Chrome(request.getContextPath(), user, store.users(), plugin.name(),
                returnTo, plugin.languages().of(user.username()));
        String spaceKey = request.getParameter("spaceKey");
        Layout.Sidebar sidebar = spaceKey == null ? null : screens.sidebarFor(request, spaceKey).orElse(null);
        return Layout.page(chrome, title.find() ? unescape(title.group(1).trim()) : module.name(), sidebar,
                plugin.stylesheets("atl.general"), plugin.scripts("atl.general"), body.find() ? body.group(1) : page);
    }

    /** The title was HTML-encoded by the template; the layout encodes it again. */
    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    /** Keeps the servlet's answer, status and headers pass through. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }
                };
            }
            return stream;
        }

        @Override
        public void setContentLength(int length) {
        }

        String text() {
            if (writer != null) {
                writer.flush();
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }
}
