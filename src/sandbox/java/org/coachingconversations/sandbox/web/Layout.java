package org.coachingconversations.sandbox.web;

import org.coachingconversations.sandbox.data.SandboxUser;
import org.coachingconversations.sandbox.render.Html;

import java.util.List;
import java.util.Locale;

/**
 * The sandbox's page chrome: the "not Confluence" banner on every page, a header with the user switcher, an optional
 * space sidebar, and the main column. Every value goes through {@link Html#text}; only fragments this package built
 * (and the plugin's macro output inside them) are inserted as markup.
 */
final class Layout {

    static final String BANNER = "Sandbox \u2014 not Confluence";

    private Layout() {
    }

    /** What every page needs to know about the request. */
    record Chrome(String contextPath, SandboxUser user, List<SandboxUser> users, String pluginName,
                  String returnTo, Locale language) {
    }

    /**
     * A space's sidebar: its name, the page tree HTML, links to create a page and to the trash, the app's links in the
     * sidebar, and the space-tools links the user may follow (HTML, empty for none).
     */
    record Sidebar(String spaceKey, String spaceName, String treeHtml, long parentForNewPage, List<Link> appLinks,
            String toolsHtml) {

        Sidebar(String spaceKey, String spaceName, String treeHtml, long parentForNewPage) {
            this(spaceKey, spaceName, treeHtml, parentForNewPage, List.of(), "");
        }
    }

    /** A link of the app in the space sidebar: its address below the context path and its text. */
    record Link(String href, String text) {
    }

    static String page(Chrome chrome, String title, Sidebar sidebar, List<String> stylesheets, String mainHtml) {
        return page(chrome, title, sidebar, stylesheets, List.of(), mainHtml);
    }

    /** As above, with the scripts of the page's web resources, run once the page is parsed (as Confluence does). */
    static String page(Chrome chrome, String title, Sidebar sidebar, List<String> stylesheets, List<String> scripts,
                       String mainHtml) {
        String cp = chrome.contextPath();
        StringBuilder out = new StringBuilder(8192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(Html.text(title)).append(" \u2013 ").append(Html.text(BANNER)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(cp).append("/sandbox/static/sandbox.css\">");
        for (String stylesheet : stylesheets) {
            out.append("<link rel=\"stylesheet\" href=\"").append(Html.text(cp + stylesheet)).append("\">");
        }
        for (String script : scripts) {
            out.append("<script defer src=\"").append(Html.text(cp + script)).append("\"></script>");
        }
        out.append("</head><body>");
        out.append("<div class=\"sandbox-banner\" role=\"note\"><strong>").append(Html.text(BANNER))
                .append("</strong> \u00B7 a local development host for the ").append(Html.text(chrome.pluginName()))
                .append(" app; the real host is Confluence Data Center.</div>");
        header(out, chrome);
        out.append("<div class=\"sandbox-page\">");
        if (sidebar != null) {
            sidebar(out, cp, sidebar);
        }
        // The sandbox's own chrome is English; what the app renders is in the user's language.
        out.append("<main class=\"sandbox-main\" id=\"main-content\" lang=\"")
                .append(Html.text(chrome.language().toLanguageTag())).append("\">").append(mainHtml).append("</main></div>");
        out.append("</body></html>");
        return out.toString();
    }

    /**
     * A page for an answer given before the sandbox knows who is asking (the web server's own error pages, a request
     * for another host): the banner and the message, with a way back to the space directory, but no user switcher.
     */
    static String errorPage(String contextPath, String title, String message) {
        StringBuilder out = new StringBuilder(2048);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"UTF-8\">")
                .append("<title>").append(Html.text(title)).append(" \u2013 ").append(Html.text(BANNER)).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"").append(contextPath).append("/sandbox/static/sandbox.css\">")
                .append("</head><body><div class=\"sandbox-banner\" role=\"note\"><strong>").append(Html.text(BANNER))
                .append("</strong></div><header class=\"aui-header\"><a class=\"aui-header-logo\" href=\"")
                .append(contextPath).append("/spaces\">Coaching Conversations <span class=\"sandbox-tag\">sandbox</span>")
                .append("</a></header><div class=\"sandbox-page\"><main class=\"sandbox-main\" id=\"main-content\">")
                .append(messageBox(title, message)).append("<p><a href=\"").append(contextPath)
                .append("/spaces\">Go to the dashboard</a></p></main></div></body></html>");
        return out.toString();
    }

    /** The warning box of a refused request: a title and a message, both escaped. */
    static String messageBox(String title, String message) {
        return "<div class=\"aui-message aui-message-warning sandbox-refused\"><p class=\"title\"><strong>"
                + Html.text(title) + "</strong></p><p class=\"sandbox-refused-message\">" + Html.text(message)
                + "</p></div>";
    }

    private static void header(StringBuilder out, Chrome chrome) {
        String cp = chrome.contextPath();
        out.append("<header class=\"aui-header\"><a class=\"aui-header-logo\" href=\"").append(cp)
                .append("/spaces\">Coaching Conversations <span class=\"sandbox-tag\">sandbox</span></a>")
                .append("<nav class=\"aui-nav\"><a href=\"").append(cp).append("/spaces\">Spaces</a>")
                .append("<a href=\"").append(cp).append("/sandbox/outbox\">Outbox</a>")
                .append("<a href=\"").append(cp).append("/sandbox/plugin\">Plugin modules</a></nav>");
        out.append("<form class=\"sandbox-user-switcher\" method=\"post\" action=\"").append(cp)
                .append("/sandbox/switch-user\"><label for=\"sandbox-user\">Signed in as</label> ")
                .append("<select id=\"sandbox-user\" name=\"username\">");
        for (SandboxUser user : chrome.users()) {
            out.append("<option value=\"").append(Html.text(user.username())).append('"')
                    .append(user.username().equals(chrome.user().username()) ? " selected" : "").append('>')
                    .append(Html.text(user.fullName())).append(" (").append(Html.text(user.description()))
                    .append(")</option>");
        }
        out.append("</select><input type=\"hidden\" name=\"returnTo\" value=\"").append(Html.text(chrome.returnTo()))
                .append("\"> <button class=\"aui-button\" type=\"submit\">Switch</button></form>");
        SandboxLanguageSwitch.form(out, chrome);
        out.append("</header>");
    }

    private static void sidebar(StringBuilder out, String cp, Sidebar sidebar) {
        out.append("<nav class=\"sandbox-sidebar\" aria-label=\"Space\"><h2 class=\"sandbox-space-name\"><a href=\"")
                .append(cp).append("/display/").append(Html.text(sidebar.spaceKey())).append("\">")
                .append(Html.text(sidebar.spaceName())).append("</a></h2>")
                .append("<p><a class=\"aui-button aui-button-primary\" href=\"").append(cp)
                .append("/sandbox/create?spaceKey=").append(Html.text(Html.query(sidebar.spaceKey())));
        if (sidebar.parentForNewPage() != 0) {
            out.append("&amp;parentPageId=").append(sidebar.parentForNewPage());
        }
        out.append("\">+ Create</a></p>");
        if (!sidebar.appLinks().isEmpty()) {
            out.append("<ul class=\"sandbox-app-links\">");
            for (Link link : sidebar.appLinks()) {
                out.append("<li><a href=\"").append(cp).append(Html.text(link.href())).append("\">")
                        .append(Html.text(link.text())).append("</a></li>");
            }
            out.append("</ul>");
        }
        out.append("<h3>Pages</h3><div class=\"sandbox-page-tree\">").append(sidebar.treeHtml())
                .append("</div>").append(sidebar.toolsHtml())
                .append("<p class=\"sandbox-sidebar-footer\"><a href=\"").append(cp)
                .append("/pages/trash.action?spaceKey=").append(Html.text(Html.query(sidebar.spaceKey())))
                .append("\">Space trash</a></p></nav>");
    }
}
