package org.coachingconversations.sandbox.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coachingconversations.sandbox.data.InvalidInputException;
import org.coachingconversations.sandbox.render.Html;
import org.coachingconversations.sandbox.plugin.SandboxLanguages;

import java.io.IOException;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The language select next to the user switcher: what a Confluence user sets under Profile, Settings, Language.
 * It sets the language of the signed-in sandbox user, which the app's texts then follow.
 */
final class SandboxLanguageSwitch {

    static final String PATH = "/sandbox/switch-language";

    private final SandboxLanguages languages;

    SandboxLanguageSwitch(SandboxLanguages languages) {
        this.languages = languages;
    }

    /** Sets the signed-in user's language from the posted {@code language}, then goes back to {@code returnTo}. */
    void choose(HttpServletRequest request, HttpServletResponse response, String username) throws IOException {
        String language = request.getParameter("language");
        String returnTo = request.getParameter("returnTo");
        if (returnTo != null && !returnTo.isEmpty() && !SandboxServlet.isLocalPath(request.getContextPath(), returnTo)) {
            throw new InvalidInputException("returnTo: \u201c" + returnTo + "\u201d is not an address of the sandbox"
                    + " (it must be a path below " + request.getContextPath() + "/); the language is unchanged.");
        }
        if (language == null || languages.choose(username, language).isEmpty()) {
            throw new InvalidInputException("language: \u201c" + language + "\u201d is not a language of the app;"
                    + " choose one of " + SandboxLanguages.OFFERED.stream().map(Locale::getLanguage)
                    .collect(Collectors.joining(", ")) + ". The language is unchanged.");
        }
        response.sendRedirect(returnTo == null || returnTo.isEmpty() ? request.getContextPath() + "/spaces" : returnTo);
    }

    /** The header's form: each language named in itself, the user's own selected. */
    static void form(StringBuilder out, Layout.Chrome chrome) {
        out.append("<form class=\"sandbox-language-switcher\" method=\"post\" action=\"").append(chrome.contextPath())
                .append(PATH).append("\"><label for=\"sandbox-language\">Language</label> ")
                .append("<select id=\"sandbox-language\" name=\"language\">");
        for (Locale language : SandboxLanguages.OFFERED) {
            String name = language.getDisplayLanguage(language);
            out.append("<option value=\"").append(Html.text(language.getLanguage())).append("\" lang=\"")
                    .append(Html.text(language.getLanguage())).append('"')
                    .append(language.equals(chrome.language()) ? " selected" : "").append('>')
                    .append(Html.text(name.substring(0, 1).toUpperCase(language) + name.substring(1)))
                    .append("</option>");
        }
        out.append("</select><input type=\"hidden\" name=\"returnTo\" value=\"").append(Html.text(chrome.returnTo()))
                .append("\"> <button class=\"aui-button\" type=\"submit\">Change</button></form>");
    }
}
