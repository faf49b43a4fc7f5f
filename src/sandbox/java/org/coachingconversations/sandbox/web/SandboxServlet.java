package org.coachingconversations.sandbox.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.coachingconversations.sandbox.data.BlueprintDraft;
import org.coachingconversations.sandbox.data.DemoSchool;
import org.coachingconversations.sandbox.data.InvalidInputException;
import org.coachingconversations.sandbox.data.OutboxMessage;
import org.coachingconversations.sandbox.data.PageVersion;
import org.coachingconversations.sandbox.data.Permissions;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.sandbox.data.SandboxUser;
import org.coachingconversations.sandbox.data.Space;
import org.coachingconversations.sandbox.data.StoredPage;
import org.coachingconversations.sandbox.plugin.PluginModule;
import org.coachingconversations.sandbox.plugin.SandboxPlugin;
import org.coachingconversations.sandbox.render.Html;
import org.coachingconversations.sandbox.render.RenderRequest;
import org.coachingconversations.sandbox.render.StorageFormatRenderer;
import org.coachingconversations.testing.blueprint.DraftContextJson;
import org.eclipse.jetty.http.HttpException;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Every screen of the sandbox, at Confluence-like addresses below the context path: space directory, space home,
 * page view / edit / create / history, space trash, the user switcher, the outbox and the plugin's module list, plus
 * the plugin's downloadable resources.
 */
public final class SandboxServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Where Confluence lives under {@code atlas-run}, and so where the sandbox lives. */
    public static final String CONTEXT_PATH = "/confluence";
    static final String USER_COOKIE = "sandbox.user";
    private static final Set<String> LOCAL_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Set<String> STATIC_FILES = Set.of("sandbox.css", BlueprintFlow.USER_PICKER_SCRIPT,
            "avatar.svg", MacroBrowser.SCRIPT);
    /** Page attachments are posted as multipart forms, up to the sandbox's attachment limit; larger ones get 413. */
    public static final jakarta.servlet.MultipartConfigElement ATTACHMENT_UPLOADS = new jakarta.servlet.MultipartConfigElement(
            System.getProperty("java.io.tmpdir"), AttachmentScreens.MAX_REQUEST_BYTES, AttachmentScreens.MAX_REQUEST_BYTES,
            1024 * 1024);
    /** The editor's field naming the blueprint draft it publishes. */
    static final String DRAFT_ID = "draftId";
    /** Shown in an empty editor as a hint; never part of the page. */
    static final String BODY_PLACEHOLDER = "Write the page here, in Confluence storage format, e.g. <p>Hello</p>";

    private final transient SandboxStore store;
    private final transient Permissions permissions;
    private final transient SandboxPlugin plugin;
    private final transient StorageFormatRenderer renderer;
    private final transient ZoneId zone;
    private final transient BlueprintFlow blueprints;
    private final transient UserSearch userSearch;
    private final transient StrutsActionPages actionPages;
    private final transient AttachmentScreens attachments;
    private final transient MacroBrowser macroBrowser = MacroBrowser.fromDescriptor();
    private final transient ModuleNames moduleNames = new ModuleNames(macroBrowser);
    /** The editor's macro browser in each language a user reads the app in, built when first needed. */
    private final transient Map<Locale, MacroBrowser> macroBrowsers = new ConcurrentHashMap<>();

    public SandboxServlet(SandboxStore store, Permissions permissions, SandboxPlugin plugin, ZoneId zone) {
        this.store = store;
        this.permissions = permissions;
        this.plugin = plugin;
        this.zone = zone;
        this.blueprints = new BlueprintFlow(plugin);
        this.userSearch = new UserSearch(store, plugin);
        this.actionPages = new StrutsActionPages(plugin);
        this.attachments = new AttachmentScreens(plugin.attachments(), permissions);
        this.renderer = new StorageFormatRenderer(new StorageFormatRenderer.Host() {
            @Override
            public Optional<com.atlassian.confluence.macro.Macro> pluginMacro(String name) {
                return plugin.macro(name);
            }

            @Override
            public Optional<String> pageUrl(String spaceKey, String title, String viewer) {
                return store.currentPageByTitle(spaceKey, title).filter(page -> permissions.canView(viewer, page))
                        .map(page -> CONTEXT_PATH + "/pages/viewpage.action?pageId=" + page.id());
            }

            @Override
            public Optional<String> userFullName(String username) {
                return store.user(username).map(SandboxUser::fullName);
            }

            @Override
            public Optional<String> usernameOfKey(String userKey) {
                return store.users().stream().map(SandboxUser::username)
                        .filter(username -> plugin.userKey(username).equals(userKey)).findFirst();
            }
        });
    }

    /**
     * Every answer goes through here. The plugin learns who the request is for as it does in Confluence: from the
     * host, for the whole request. Input the sandbox cannot use is a 4xx page saying which field and why, in the
     * sandbox's own page; anything else is a 500 page without details (the stack trace goes to the console).
     */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SandboxUser user = currentUser(request);
        keepSignedIn(request, response, user);
        try (var acting = plugin.remoteUser().actAs(user.username())) {
            try {
                super.service(request, response);
            } catch (InvalidInputException e) {
                refuse(request, response, 400, "Bad request", e.getMessage());
            } catch (AttachmentScreens.Refused e) {
                refuse(request, response, e.status(), e.title(), e.getMessage());
            } catch (RuntimeException | ServletException e) {
                if (e instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
                    refuse(request, response, http.getCode(), ErrorPages.title(http.getCode()),
                            "The sandbox cannot read this request: " + ErrorPages.title(http.getCode()).toLowerCase(Locale.ROOT)
                                    + " (status " + http.getCode() + ").");
                    return;
                }
                System.err.println("The sandbox failed to answer " + request.getMethod() + " " + request.getRequestURI() + ":");
                e.printStackTrace();
                if (!response.isCommitted()) {
                    response.reset();
                    response.setStatus(500);
                    response.setContentType("text/html;charset=UTF-8");
                    response.getOutputStream().write(ErrorPages.page(request.getContextPath(), 500)
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!fromThisMachine(request, response)) {
            return;
        }
        String path = path(request);
        Request r = new Request(request, response, currentUser(request));
        try {
            if (path.equals("/") || path.isEmpty()) {
                response.sendRedirect(request.getContextPath() + "/spaces");
            } else if (path.equals("/spaces")) {
                spaceDirectory(r);
            } else if (path.startsWith("/display/")) {
                spaceHome(r, path.substring("/display/".length()));
            } else if (path.equals("/pages/viewpage.action")) {
                viewPage(r, longParameter(request, "pageId"));
            } else if (path.equals("/pages/viewpreviousversions.action")) {
                history(r, longParameter(request, "pageId"));
            } else if (path.equals("/pages/createpage.action")) {
                createForm(r, request.getParameter("spaceKey"), longParameter(request, "parentPageId"),
                        "", "", null, 0);
            } else if (path.equals("/pages/editpage.action")) {
                editForm(r, longParameter(request, "pageId"), null, null, null);
            } else if (path.equals("/pages/trash.action")) {
                trash(r, request.getParameter("spaceKey"), null);
            } else if (path.equals("/sandbox/create")) {
                createDialog(r, request.getParameter("spaceKey"), longParameter(request, "parentPageId"));
            } else if (path.equals("/sandbox/blueprint")) {
                startWizard(r);
            } else if (path.equals("/sandbox/outbox")) {
                outbox(r);
            } else if (path.equals(OutboxMessageScreen.PATH)) {
                if (!OutboxMessageScreen.serve(response, store.outbox(), longParameter(request, "id"))) {
                    notFound(r);
                }
            } else if (path.equals("/sandbox/plugin")) {
                pluginModules(r);
            } else if (path.equals(UserSearch.PATH)) {
                userSearch.answer(request, response);
            } else if (path.startsWith("/sandbox/static/")) {
                staticFile(response, path.substring("/sandbox/static/".length()));
            } else if (path.startsWith(AttachmentScreens.DOWNLOAD_PREFIX)) {
                if (!attachments.download(response, r.user.username(),
                        path.substring(AttachmentScreens.DOWNLOAD_PREFIX.length()))) {
                    notFound(r);
                }
            } else if (path.startsWith("/download/resources/")) {
                download(response, path.substring("/download/resources/".length()));
            } else if (StrutsActionPages.handles(path)) {
                actionPages.serve(request, path, r.chrome(), key -> visibleSpace(r, key).map(space ->
                        sidebar(r, space, 0)), () -> notFound(r), (status, page) -> html(r, status, page));
            } else {
                notFound(r);
            }
        } catch (InvalidInputException e) {
            refuse(request, response, 400, "Bad request", e.getMessage());
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!fromThisMachine(request, response) || !sameOrigin(request, response)) {
            return;
        }
        request.setCharacterEncoding("UTF-8");
        String path = path(request);
        Request r = new Request(request, response, currentUser(request));
        switch (path) {
            case "/sandbox/switch-user":
                switchUser(request, response);
                break;
            case SandboxLanguageSwitch.PATH:
                new SandboxLanguageSwitch(plugin.languages()).choose(request, response, r.user.username());
                break;
            case "/pages/createpage.action":
                createPage(r);
                break;
            case "/pages/editpage.action":
                editPage(r);
                break;
            case "/sandbox/blueprint":
                wizardStep(r);
                break;
            case "/pages/trashpage.action":
                trashPage(r);
                break;
            case AttachmentScreens.UPLOAD_PATH:
                if (attachments.upload(request, r.user.username(), longParameter(request, "pageId")).isEmpty()) {
                    notFound(r);
                } else {
                    response.sendRedirect(r.cp() + "/pages/viewpage.action?pageId="
                            + longParameter(request, "pageId") + "#attachments");
                }
                break;
            case "/pages/restore.action":
            case "/pages/purge.action":
                restoreOrPurge(r, path.equals("/pages/restore.action"));
                break;
            default:
                notFound(r);
        }
    }

    // ---- screens ----------------------------------------------------------------------------------------------

    private void spaceDirectory(Request r) throws IOException {
        StringBuilder main = new StringBuilder("<h1>Spaces</h1>");
        List<Space> visible = store.spaces().stream()
                .filter(space -> permissions.canViewSpace(r.user.username(), space.key()))
                .collect(Collectors.toList());
        if (visible.isEmpty()) {
            main.append("<p>No space you may view.</p>");
        } else {
            main.append("<table class=\"aui\"><thead><tr><th>Space</th><th>Key</th><th>Description</th></tr></thead><tbody>");
            for (Space space : visible) {
                main.append("<tr><td><a href=\"").append(r.cp()).append("/display/").append(Html.text(space.key()))
                        .append("\">").append(Html.text(space.name())).append("</a></td><td>")
                        .append(Html.text(space.key())).append("</td><td>").append(Html.text(space.description()))
                        .append("</td></tr>");
            }
            main.append("</tbody></table>");
        }
        html(r, 200, Layout.page(r.chrome(), "Spaces", null, List.of(), main.toString()));
    }

    private void spaceHome(Request r, String spaceKey) throws IOException {
        Optional<Space> space = visibleSpace(r, spaceKey);
        if (space.isEmpty()) {
            notFound(r);
            return;
        }
        if (space.get().homePageId() != 0 && permissions.viewablePage(r.user.username(), space.get().homePageId()).isPresent()) {
            viewPage(r, space.get().homePageId());
            return;
        }
        String main = "<h1>" + Html.text(space.get().name()) + "</h1><p>This space has no home page you may view.</p>";
        html(r, 200, Layout.page(r.chrome(), space.get().name(), sidebar(r, space.get(), 0), List.of(), main));
    }

    private void viewPage(Request r, long pageId) throws IOException {
        Optional<StoredPage> found = permissions.viewablePage(r.user.username(), pageId);
        if (found.isEmpty()) {
            notFound(r);
            return;
        }
        StoredPage page = found.get();
        Space space = store.space(page.spaceKey()).orElseThrow();
        String content = renderer.render(page.body(), new RenderRequest(page.spaceKey(), page.id(), r.user.username()));
        StringBuilder main = new StringBuilder();
        breadcrumbs(main, r, space, page);
        main.append("<div class=\"sandbox-page-header\"><h1 id=\"title-text\">").append(Html.text(page.title()))
                .append("</h1><div class=\"sandbox-page-actions\">");
        if (permissions.canEdit(r.user.username(), page)) {
            main.append("<a class=\"aui-button\" href=\"").append(r.cp())
                    .append("/pages/editpage.action?pageId=").append(page.id()).append("\">Edit</a>");
        }
        main.append("<a class=\"aui-button\" href=\"").append(r.cp())
                .append("/pages/viewpreviousversions.action?pageId=").append(page.id()).append("\">Page history</a>");
        if (page.id() != space.homePageId()) {
            main.append("<form method=\"post\" action=\"").append(r.cp()).append("/pages/trashpage.action\">")
                    .append("<input type=\"hidden\" name=\"pageId\" value=\"").append(page.id()).append("\">")
                    .append("<button class=\"aui-button\" type=\"submit\">Move to trash</button></form>");
        }
        main.append("</div></div><p class=\"sandbox-byline\">").append(restrictionNote(page))
                .append("Version ").append(page.version()).append(" \u00B7 last edited by ")
                .append(Html.text(fullName(page.lastModifier()))).append(" on ")
                .append(Html.text(WHEN.format(page.lastModified().atZone(zone)))).append("</p>")
                .append("<div class=\"wiki-content\" id=\"main-content-body\">").append(content).append("</div>")
                .append(attachments.section(r.cp(), page, permissions.canEdit(r.user.username(), page)));
        html(r, 200, Layout.page(r.chrome(), page.title(), sidebar(r, space, page.id()),
                plugin.stylesheets("viewcontent"), plugin.scripts("viewcontent"), main.toString()));
    }

    private String restrictionNote(StoredPage page) {
        if (store.viewRestrictions(page.id()).isEmpty()) {
            return "";
        }
        String who = store.viewRestrictions(page.id()).stream()
                .map(entry -> entry.kind() == org.coachingconversations.sandbox.data.Restriction.Kind.USER
                        ? fullName(entry.name()) : "group " + entry.name())
                .collect(Collectors.joining(", "));
        return "<span class=\"aui-lozenge sandbox-restricted\" title=\"Only these may view it: " + Html.text(who)
                + "\">Restricted</span> ";
    }

    private void history(Request r, long pageId) throws IOException {
        Optional<StoredPage> found = permissions.viewablePage(r.user.username(), pageId);
        if (found.isEmpty()) {
            notFound(r);
            return;
        }
        StoredPage page = found.get();
        Space space = store.space(page.spaceKey()).orElseThrow();
        StringBuilder main = new StringBuilder();
        breadcrumbs(main, r, space, page);
        main.append("<h1>Page history: ").append(Html.text(page.title())).append("</h1><table class=\"aui\"><thead>")
                .append("<tr><th>Version</th><th>Title</th><th>Saved by</th><th>When</th></tr></thead><tbody>");
        for (PageVersion version : store.versions(pageId)) {
            main.append("<tr><td>v").append(version.version()).append("</td><td>").append(Html.text(version.title()))
                    .append("</td><td>").append(Html.text(fullName(version.author()))).append("</td><td>")
                    .append(Html.text(WHEN.format(version.created().atZone(zone)))).append("</td></tr>");
        }
        main.append("</tbody></table>");
        html(r, 200, Layout.page(r.chrome(), "Page history", sidebar(r, space, page.id()), List.of(), main.toString()));
    }

    /** @param draftId the blueprint draft this editor publishes, or 0 for a blank page */
    private void createForm(Request r, String spaceKey, long parentId, String title, String body, String error,
                            long draftId) throws IOException {
        Optional<Space> space = visibleSpace(r, spaceKey);
        if (space.isEmpty()) {
            notFound(r);
            return;
        }
        long chosen = parent(r, space.get(), parentId, "parentPageId");
        long parent = chosen != 0 ? chosen : space.get().homePageId();
        StringBuilder main = new StringBuilder("<h1>Create a page in ").append(Html.text(space.get().name()))
                .append("</h1>");
        errorMessage(main, error);
        main.append("<form class=\"aui sandbox-editor\" method=\"post\" action=\"").append(r.cp())
                .append("/pages/createpage.action\"><input type=\"hidden\" name=\"spaceKey\" value=\"")
                .append(Html.text(space.get().key())).append("\"><input type=\"hidden\" name=\"parentPageId\" value=\"")
                .append(parent).append("\">");
        if (draftId != 0) {
            main.append("<input type=\"hidden\" name=\"").append(DRAFT_ID).append("\" value=\"").append(draftId)
                    .append("\">");
        }
        editorFields(main, title, body);
        main.append(macroBrowsers.computeIfAbsent(r.chrome().language(), MacroBrowser::fromDescriptor).html());
        main.append("<p><button class=\"aui-button aui-button-primary\" type=\"submit\">Publish</button></p></form>");
        html(r, error == null ? 200 : 400, Layout.page(r.chrome(), "Create page", sidebar(r, space.get(), parent),
                List.of(), List.of(MacroBrowser.SCRIPT_PATH), main.toString()));
    }

    private void editForm(Request r, long pageId, String title, String body, String error) throws IOException {
        Optional<StoredPage> found = permissions.viewablePage(r.user.username(), pageId);
        if (found.isEmpty()) {
            notFound(r);
            return;
        }
        if (!permissions.canEdit(r.user.username(), found.get())) {
            notPermittedToEdit(r);
            return;
        }
        StoredPage page = found.get();
        Space space = store.space(page.spaceKey()).orElseThrow();
        StringBuilder main = new StringBuilder("<h1>Edit \u201C").append(Html.text(page.title())).append("\u201D</h1>");
        errorMessage(main, error);
        main.append("<form class=\"aui sandbox-editor\" method=\"post\" action=\"").append(r.cp())
                .append("/pages/editpage.action\"><input type=\"hidden\" name=\"pageId\" value=\"").append(page.id())
                .append("\"><input type=\"hidden\" name=\"version\" value=\"").append(page.version()).append("\">");
        editorFields(main, title == null ? page.title() : title, body == null ? page.body() : body);
        main.append(macroBrowsers.computeIfAbsent(r.chrome().language(), MacroBrowser::fromDescriptor).html());
        main.append("<p><button class=\"aui-button aui-button-primary\" type=\"submit\">Update</button> <a href=\"")
                .append(r.cp()).append("/pages/viewpage.action?pageId=").append(page.id())
                .append("\">Cancel</a></p></form>");
        html(r, error == null ? 200 : 400, Layout.page(r.chrome(), "Edit page", sidebar(r, space, page.id()),
                List.of(), List.of(MacroBrowser.SCRIPT_PATH), main.toString()));
    }

    private static void editorFields(StringBuilder main, String title, String body) {
        main.append("<div class=\"field-group\"><label for=\"content-title\">Title</label>")
                .append("<input class=\"text long-field\" id=\"content-title\" name=\"title\" maxlength=\"")
                .append(SandboxStore.MAX_TITLE_LENGTH).append("\" value=\"").append(Html.text(title)).append("\"></div>")
                .append("<div class=\"field-group\"><label for=\"content-body\">Body (storage format)</label>")
                .append("<textarea class=\"textarea\" id=\"content-body\" name=\"body\" rows=\"24\" spellcheck=\"false\"")
                .append(" placeholder=\"").append(Html.text(BODY_PLACEHOLDER)).append("\">")
                .append(Html.text(body)).append("</textarea></div>");
    }

    private void trash(Request r, String spaceKey, String message) throws IOException {
        Optional<Space> space = visibleSpace(r, spaceKey);
        if (space.isEmpty()) {
            notFound(r);
            return;
        }
        StringBuilder main = new StringBuilder("<h1>Trash of ").append(Html.text(space.get().name())).append("</h1>");
        errorMessage(main, message);
        List<StoredPage> trashed = store.trashedPages(space.get().key()).stream()
                .filter(page -> permissions.canView(r.user.username(), page))
                .collect(Collectors.toList());
        if (trashed.isEmpty()) {
            main.append("<p>The trash is empty.</p>");
        } else {
            main.append("<table class=\"aui\"><thead><tr><th>Page</th><th>Last edited by</th><th></th></tr></thead><tbody>");
            for (StoredPage page : trashed) {
                main.append("<tr><td>").append(Html.text(page.title())).append("</td><td>")
                        .append(Html.text(fullName(page.lastModifier()))).append("</td><td class=\"sandbox-row-actions\">");
                for (String action : List.of("restore", "purge")) {
                    main.append("<form method=\"post\" action=\"").append(r.cp()).append("/pages/").append(action)
                            .append(".action\"><input type=\"hidden\" name=\"pageId\" value=\"").append(page.id())
                            .append("\"><button class=\"aui-button\" type=\"submit\">")
                            .append(action.equals("restore") ? "Restore" : "Purge").append("</button></form>");
                }
                main.append("</td></tr>");
            }
            main.append("</tbody></table>");
        }
        html(r, message == null ? 200 : 400, Layout.page(r.chrome(), "Trash", sidebar(r, space.get(), 0), List.of(),
                main.toString()));
    }

    private void createDialog(Request r, String spaceKey, long parentId) throws IOException {
        Optional<Space> space = visibleSpace(r, spaceKey);
        if (space.isEmpty()) {
            notFound(r);
            return;
        }
        long chosen = parent(r, space.get(), parentId, "parentPageId");
        long parent = chosen != 0 ? chosen : space.get().homePageId();
        html(r, 200, Layout.page(r.chrome(), "Create", sidebar(r, space.get(), parent), List.of(),
                blueprints.createDialog(r.cp(), space.get().key(), space.get().name(), parent)));
    }

    private void startWizard(Request r) throws IOException {
        Optional<org.coachingconversations.sandbox.plugin.BlueprintModule> blueprint =
                plugin.blueprint(String.valueOf(r.request.getParameter(BlueprintFlow.ITEM)));
        String spaceKey = r.request.getParameter(BlueprintFlow.SPACE);
        Optional<Space> space = visibleSpace(r, spaceKey);
        if (blueprint.isEmpty() || space.isEmpty()) {
            notFound(r);
            return;
        }
        long parentId = parent(r, space.get(), longParameter(r.request, BlueprintFlow.PARENT), BlueprintFlow.PARENT);
        if (blueprint.get().dialogPages().isEmpty()) {
            finishWizard(r, blueprint.get(), space.get(), parentId, Map.of());
            return;
        }
        html(r, 200, Layout.page(r.chrome(), "Create", sidebar(r, space.get(), parentId), List.of(),
                blueprints.wizardPage(r.cp(), blueprint.get(), 0, space.get().key(), parentId, Map.of(), null)));
    }

    private void wizardStep(Request r) throws IOException {
        Optional<org.coachingconversations.sandbox.plugin.BlueprintModule> blueprint =
                plugin.blueprint(String.valueOf(r.request.getParameter(BlueprintFlow.ITEM)));
        Optional<Space> space = visibleSpace(r, r.request.getParameter(BlueprintFlow.SPACE));
        if (blueprint.isEmpty() || space.isEmpty()) {
            notFound(r);
            return;
        }
        long parentId = parent(r, space.get(), longParameter(r.request, BlueprintFlow.PARENT), BlueprintFlow.PARENT);
        int pageIndex = intParameter(r.request, BlueprintFlow.PAGE_INDEX);
        int pages = blueprint.get().dialogPages().size();
        if (pageIndex < 0 || pageIndex >= Math.max(pages, 1)) {
            throw new InvalidInputException(BlueprintFlow.PAGE_INDEX + ": this wizard has no page " + pageIndex
                    + "; start again from the create dialog.");
        }
        Map<String, String> values = new java.util.LinkedHashMap<>();
        r.request.getParameterMap().forEach((name, given) -> {
            if (!name.startsWith(BlueprintFlow.CONTROL_PREFIX) && given.length > 0) {
                values.put(name, given[0]);
            }
        });
        if (pageIndex < pages - 1) {
            html(r, 200, Layout.page(r.chrome(), "Create", sidebar(r, space.get(), parentId), List.of(),
                    blueprints.wizardPage(r.cp(), blueprint.get(), pageIndex + 1, space.get().key(), parentId,
                            values, null)));
            return;
        }
        finishWizard(r, blueprint.get(), space.get(), parentId, values);
    }

    /** As Confluence: create-result "view" saves the page at once, otherwise the editor opens with it, unsaved. */
    private void finishWizard(Request r, org.coachingconversations.sandbox.plugin.BlueprintModule blueprint,
                              Space space, long parentId, Map<String, String> values) throws IOException {
        BlueprintFlow.Outcome outcome = blueprints.finish(blueprint, space.key(), values);
        if (outcome.failed()) {
            if (blueprint.dialogPages().isEmpty()) {
                html(r, 400, Layout.page(r.chrome(), "Create", sidebar(r, space, parentId), List.of(),
                        Html.errorBox("The page was not created", outcome.error())));
            } else {
                html(r, 400, Layout.page(r.chrome(), "Create", sidebar(r, space, parentId), List.of(),
                        blueprints.wizardPage(r.cp(), blueprint, blueprint.dialogPages().size() - 1, space.key(),
                                parentId, values, outcome)));
            }
            return;
        }
        String title = outcome.title() == null ? "" : outcome.title();
        String blueprintKey = plugin.key() + ":" + blueprint.blueprintKey();
        if (blueprint.createsDirectly()) {
            try {
                long id = store.createPage(space.key(), parentId, title, outcome.body(), r.user.username());
                plugin.events().blueprintPageCreated(id, space.key(), blueprintKey, r.user.username(), outcome.context());
                if (permissions.viewablePage(r.user.username(), id).isEmpty()) {
                    createdForOthers(r, blueprint, space, id);
                    return;
                }
                r.response.sendRedirect(r.cp() + "/pages/viewpage.action?pageId=" + id);
                return;
            } catch (InvalidInputException e) {
                createForm(r, space.key(), parentId, title, outcome.body(), e.getMessage(), 0);
                return;
            }
        }
        // As the create-content plugin keeps the context with Confluence's draft: the event comes when it is published.
        long draftId = store.saveDraft(space.key(), parentId, blueprintKey, r.user.username(),
                DraftContextJson.write(outcome.context()));
        createForm(r, space.key(), parentId, title, outcome.body(), null, draftId);
    }

    /**
     * The app restricted the page it just created to people the creator is not among (a Cycle Record for a teacher
     * and observer): say what was made, for whom and why it cannot be opened, rather than "Page not found". Only the
     * blueprint's name and the restriction the app set are shown, nothing of the page itself.
     */
    private void createdForOthers(Request r, org.coachingconversations.sandbox.plugin.BlueprintModule blueprint,
                                  Space space, long pageId) throws IOException {
        if (store.page(pageId).map(StoredPage::trashed).orElse(true)) {
            // The app moved it to the trash because it could not restrict it (its log names the page).
            String main = "<div class=\"aui-message aui-message-warning sandbox-created-for-others\"><p class=\"title\"><strong>"
                    + Html.text(plugin.i18n().getText(blueprint.nameKey()) + " not created in " + space.name())
                    + "</strong></p><p>The app could not restrict the new page to the people it is for, so it moved it to"
                    + " the space's trash rather than leave it open. Ask a space administrator; the log names the page.</p></div>"
                    + waysBack(r, Optional.of(space));
            html(r, 200, Layout.page(r.chrome(), "Not created", sidebar(r, space, 0), List.of(), main));
            return;
        }
        List<String> viewers = store.viewRestrictions(pageId).stream()
                .map(entry -> entry.kind() == org.coachingconversations.sandbox.data.Restriction.Kind.USER
                        ? fullName(entry.name()) : "the group " + entry.name())
                .collect(Collectors.toList());
        String main = "<div class=\"aui-message aui-message-info sandbox-created-for-others\"><p class=\"title\"><strong>"
                + Html.text(plugin.i18n().getText(blueprint.nameKey()) + " created in " + space.name())
                + "</strong></p><p>Only " + Html.text(viewers.isEmpty() ? "the people it names"
                : String.join(", ", viewers)) + " may view it. You are not one of them, so you cannot open it: the app"
                + " restricts a new record to the people it is for when it is created.</p></div>"
                + waysBack(r, Optional.of(space));
        html(r, 200, Layout.page(r.chrome(), "Created", sidebar(r, space, 0), List.of(), main));
    }

    private void outbox(Request r) throws IOException {
        StringBuilder main = new StringBuilder("<h1>Outbox</h1><p>Mail the app would have sent. The sandbox sends"
                + " nothing; messages stay here.</p>");
        List<OutboxMessage> messages = store.outbox();
        if (messages.isEmpty()) {
            main.append("<p class=\"sandbox-empty\">No mail yet.</p>");
        }
        for (OutboxMessage message : messages) {
            main.append("<section class=\"sandbox-mail\"><h2>").append(Html.text(message.subject())).append("</h2><p>To ")
                    .append(Html.text(message.recipient())).append(" \u00B7 ")
                    .append(Html.text(WHEN.format(message.queued().atZone(zone)))).append(" \u00B7 ")
                    .append(Html.text(message.mimeType())).append("</p>")
                    .append(OutboxMessageScreen.link(r.cp(), message)).append("<pre>")
                    .append(Html.text(message.body())).append("</pre></section>");
        }
        html(r, 200, Layout.page(r.chrome(), "Outbox", null, List.of(), main.toString()));
    }

    private void pluginModules(Request r) throws IOException {
        StringBuilder main = new StringBuilder("<h1>").append(Html.text(plugin.name())).append("</h1><p>Plugin key <code>")
                .append(Html.text(plugin.key())).append("</code>, loaded from its <code>atlassian-plugin.xml</code>.</p>")
                .append("<table class=\"aui\"><thead><tr><th>Module</th><th>Key</th><th>Name</th><th>In the sandbox</th>")
                .append("</tr></thead><tbody>");
        for (PluginModule module : plugin.modules()) {
            main.append("<tr class=\"").append(module.runBySandbox() ? "sandbox-module-run" : "sandbox-module-skipped")
                    .append("\"><td>").append(Html.text(module.type())).append("</td><td>").append(Html.text(module.key()))
                    .append("</td><td>").append(Html.text(moduleNames.of(module))).append("</td><td>")
                    .append(Html.text(module.detail())).append("</td></tr>");
        }
        main.append("</tbody></table>");
        html(r, 200, Layout.page(r.chrome(), "Plugin modules", null, List.of(), main.toString()));
    }

    private void notPermittedToEdit(Request r) throws IOException {
        refuse(r.request, r.response, 403, "Not permitted", "You may view this page but not edit it: its space or"
                + " its edit restrictions do not list you. Nothing was changed.");
    }

    private void notFound(Request r) throws IOException {
        String main = "<div class=\"aui-message aui-message-warning\"><p class=\"title\"><strong>Page not found</strong>"
                + "</p><p>The page you are looking for is not found, or you do not have permission to view it.</p></div>"
                + waysBack(r, visibleSpace(r, r.request.getParameter("spaceKey")));
        html(r, 404, Layout.page(r.chrome(), "Page not found", null, List.of(), main));
    }

    /**
     * Links out of a dead end: the home of the space the request named (if the user may view it), else of every space
     * the user may view, and the dashboard. Never the space of a page that was not shown: that would tell where it is.
     */
    private String waysBack(Request r, Optional<Space> named) {
        List<Space> spaces = named.map(List::of).orElseGet(() -> store.spaces().stream()
                .filter(space -> permissions.canViewSpace(r.user.username(), space.key()))
                .collect(Collectors.toList()));
        StringBuilder links = new StringBuilder("<ul class=\"sandbox-ways-back\">");
        for (Space space : spaces) {
            links.append("<li><a href=\"").append(r.cp()).append("/display/").append(Html.text(Html.query(space.key())))
                    .append("\">Go to the home page of ").append(Html.text(space.name())).append("</a></li>");
        }
        return links.append("<li><a href=\"").append(r.cp()).append("/spaces\">Go to the dashboard</a></li></ul>")
                .toString();
    }

    // ---- actions ----------------------------------------------------------------------------------------------

    private void switchUser(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String username = request.getParameter("username");
        if (username == null || store.user(username).isEmpty()) {
            throw new InvalidInputException("username: " + quoted(username) + " is not a user of the sandbox;"
                    + " you are still signed in as before.");
        }
        String returnTo = request.getParameter("returnTo");
        if (returnTo != null && !returnTo.isEmpty() && !isLocalPath(request.getContextPath(), returnTo)) {
            throw new InvalidInputException("returnTo: " + quoted(returnTo) + " is not an address of the sandbox"
                    + " (it must be a path below " + request.getContextPath() + "/, without another host, a scheme,"
                    + " or \".\" and \"..\" segments); you are still signed in as before.");
        }
        Cookie cookie = new Cookie(USER_COOKIE, username);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Strict");
        response.addCookie(cookie);
        response.sendRedirect(returnTo == null || returnTo.isEmpty() ? request.getContextPath() + "/spaces" : returnTo);
    }

    /**
     * Whether a redirect target stays inside the sandbox: a path below the context path, with no other host
     * ({@code //host}), no scheme, no backslash or control character, and no {@code .}/{@code ..} segment, also
     * when percent-encoded, since browsers and servers resolve those before the path is matched.
     */
    static boolean isLocalPath(String contextPath, String target) {
        if (!target.startsWith(contextPath + "/") || target.length() > 2000) {
            return false;
        }
        for (char c : target.toCharArray()) {
            if (c < 0x21 || c == 0x7f || c == '\\') {
                return false;
            }
        }
        int end = target.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = target.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path;
        try {
            path = URLDecoder.decode(target.substring(0, end).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (path.contains("//") || path.contains("\\") || path.contains(":")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private void createPage(Request r) throws IOException {
        if (r.request.getParameter(DRAFT_ID) != null) {
            publishDraft(r);
            return;
        }
        String spaceKey = r.request.getParameter("spaceKey");
        long parentId = longParameter(r.request, "parentPageId");
        String title = r.request.getParameter("title");
        String body = r.request.getParameter("body");
        Optional<Space> space = visibleSpace(r, spaceKey);
        if (space.isEmpty()) {
            notFound(r);
            return;
        }
        parent(r, space.get(), parentId, "parentPageId");
        try {
            long id = store.createPage(spaceKey, parentId, title, body, r.user.username());
            r.response.sendRedirect(r.cp() + "/pages/viewpage.action?pageId=" + id);
        } catch (InvalidInputException e) {
            createForm(r, spaceKey, parentId, title, body, e.getMessage(), 0);
        }
    }

    /**
     * Publishes a blueprint page from its draft, then announces it as the create-content plugin does, with the
     * blueprint context kept with the draft (read back from its JSON). A draft is its creator's alone; one that was
     * already published, or never existed, is not found.
     */
    private void publishDraft(Request r) throws IOException {
        Optional<BlueprintDraft> draft = draftIdParameter(r.request)
                .flatMap(id -> store.draft(id, r.user.username()))
                .filter(found -> visibleSpace(r, found.spaceKey()).isPresent());
        if (draft.isEmpty()) {
            notFound(r);
            return;
        }
        String title = r.request.getParameter("title");
        String body = r.request.getParameter("body");
        long id;
        try {
            id = store.publishDraft(draft.get(), title, body);
        } catch (InvalidInputException e) {
            createForm(r, draft.get().spaceKey(), draft.get().parentId(), title, body, e.getMessage(), draft.get().id());
            return;
        }
        plugin.events().blueprintPageCreated(id, draft.get().spaceKey(), draft.get().blueprintKey(), r.user.username(),
                DraftContextJson.read(draft.get().contextJson()));
        r.response.sendRedirect(r.cp() + "/pages/viewpage.action?pageId=" + id);
    }

    private static Optional<Long> draftIdParameter(HttpServletRequest request) {
        try {
            long id = Long.parseLong(String.valueOf(request.getParameter(DRAFT_ID)).trim());
            return id > 0 ? Optional.of(id) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void editPage(Request r) throws IOException {
        long pageId = longParameter(r.request, "pageId");
        String title = r.request.getParameter("title");
        String body = r.request.getParameter("body");
        int basedOnVersion = intParameter(r.request, "version");
        Optional<StoredPage> found = permissions.viewablePage(r.user.username(), pageId);
        if (found.isEmpty()) {
            notFound(r);
            return;
        }
        if (!permissions.canEdit(r.user.username(), found.get())) {
            notPermittedToEdit(r);
            return;
        }
        try {
            store.updatePage(pageId, title, body, basedOnVersion, r.user.username());
            r.response.sendRedirect(r.cp() + "/pages/viewpage.action?pageId=" + pageId);
        } catch (InvalidInputException e) {
            editForm(r, pageId, title, body, e.getMessage());
        }
    }

    private void trashPage(Request r) throws IOException {
        long pageId = longParameter(r.request, "pageId");
        Optional<StoredPage> page = permissions.viewablePage(r.user.username(), pageId);
        if (page.isEmpty()) {
            notFound(r);
            return;
        }
        try {
            store.trash(pageId);
            plugin.events().pageTrashed(pageId, page.get().spaceKey(), r.user.username());
            r.response.sendRedirect(r.cp() + "/display/" + Html.query(page.get().spaceKey()));
        } catch (InvalidInputException e) {
            trash(r, page.get().spaceKey(), e.getMessage());
        }
    }

    private void restoreOrPurge(Request r, boolean restore) throws IOException {
        long pageId = longParameter(r.request, "pageId");
        Optional<StoredPage> page = store.page(pageId).filter(StoredPage::trashed)
                .filter(trashed -> permissions.canView(r.user.username(), trashed));
        if (page.isEmpty()) {
            notFound(r);
            return;
        }
        try {
            if (restore) {
                store.restore(pageId);
                plugin.events().pageRestored(pageId, page.get().spaceKey());
                r.response.sendRedirect(r.cp() + "/pages/viewpage.action?pageId=" + pageId);
            } else {
                store.purge(pageId);
                plugin.events().pagePurged(pageId, page.get().spaceKey());
                r.response.sendRedirect(r.cp() + "/pages/trash.action?spaceKey=" + Html.query(page.get().spaceKey()));
            }
        } catch (InvalidInputException e) {
            trash(r, page.get().spaceKey(), e.getMessage());
        }
    }

    // ---- resources --------------------------------------------------------------------------------------------

    private void download(HttpServletResponse response, String rest) throws IOException {
        int slash = rest.indexOf('/');
        Optional<Path> file = slash <= 0 ? Optional.empty()
                : plugin.download(rest.substring(0, slash), rest.substring(slash + 1));
        if (file.isEmpty()) {
            response.sendError(404, "No such resource in the plugin's descriptor");
            return;
        }
        response.setContentType(contentType(file.get().getFileName().toString()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        Files.copy(file.get(), response.getOutputStream());
    }

    /** The sandbox's own files (src/sandbox/resources/sandbox), by a fixed list: never anything else. */
    private static void staticFile(HttpServletResponse response, String name) throws IOException {
        if (!STATIC_FILES.contains(name)) {
            response.sendError(404, "No such sandbox file");
            return;
        }
        try (InputStream in = SandboxServlet.class.getClassLoader().getResourceAsStream("sandbox/" + name)) {
            if (in == null) {
                response.sendError(404, "No such sandbox file");
                return;
            }
            response.setContentType(contentType(name));
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }

    private static String contentType(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        Map<String, String> types = Map.of(".css", "text/css;charset=UTF-8", ".js", "application/javascript;charset=UTF-8",
                ".png", "image/png", ".svg", "image/svg+xml", ".gif", "image/gif", ".jpg", "image/jpeg",
                ".jpeg", "image/jpeg", ".json", "application/json", ".woff2", "font/woff2");
        return types.entrySet().stream().filter(entry -> lower.endsWith(entry.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse("application/octet-stream");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private Layout.Sidebar sidebar(Request r, Space space, long currentPageId) {
        Map<Long, StoredPage> viewable = permissions.viewablePages(r.user.username(), space.key());
        StringBuilder tree = new StringBuilder();
        List<StoredPage> roots = viewable.values().stream().filter(page -> page.parentId() == 0)
                .sorted(Comparator.comparing((StoredPage page) -> page.id() != space.homePageId())
                        .thenComparing(page -> page.title().toLowerCase(Locale.ROOT)))
                .collect(Collectors.toList());
        tree(tree, r, roots, viewable, currentPageId);
        return new Layout.Sidebar(space.key(), space.name(), tree.toString(),
                currentPageId != 0 ? currentPageId : space.homePageId(), plugin.sidebarLinks().stream()
                .map(link -> new Layout.Link(link.linkFor(space.key()), link.label())).toList(),
                actionPages.spaceToolsHtml(r.cp(), space.key()));
    }

    private void tree(StringBuilder out, Request r, List<StoredPage> pages, Map<Long, StoredPage> viewable,
                      long currentPageId) {
        if (pages.isEmpty()) {
            return;
        }
        out.append("<ul>");
        for (StoredPage page : pages) {
            out.append("<li").append(page.id() == currentPageId ? " class=\"current\"" : "").append("><a href=\"")
                    .append(r.cp()).append("/pages/viewpage.action?pageId=").append(page.id()).append("\">")
                    .append(Html.text(page.title())).append("</a>");
            List<StoredPage> children = viewable.values().stream().filter(child -> child.parentId() == page.id())
                    .sorted(Comparator.comparing(child -> child.title().toLowerCase(Locale.ROOT)))
                    .collect(Collectors.toList());
            tree(out, r, children, viewable, currentPageId);
            out.append("</li>");
        }
        out.append("</ul>");
    }

    private void breadcrumbs(StringBuilder main, Request r, Space space, StoredPage page) {
        List<StoredPage> ancestors = new ArrayList<>();
        for (long parent = page.parentId(); parent != 0 && ancestors.size() < 50; ) {
            Optional<StoredPage> ancestor = permissions.viewablePage(r.user.username(), parent);
            if (ancestor.isEmpty()) {
                break;
            }
            ancestors.add(0, ancestor.get());
            parent = ancestor.get().parentId();
        }
        main.append("<ol class=\"aui-nav-breadcrumbs\"><li><a href=\"").append(r.cp()).append("/display/")
                .append(Html.text(space.key())).append("\">").append(Html.text(space.name())).append("</a></li>");
        for (StoredPage ancestor : ancestors) {
            if (ancestor.id() != space.homePageId()) {
                main.append("<li><a href=\"").append(r.cp()).append("/pages/viewpage.action?pageId=")
                        .append(ancestor.id()).append("\">").append(Html.text(ancestor.title())).append("</a></li>");
            }
        }
        main.append("</ol>");
    }

    private static void errorMessage(StringBuilder main, String error) {
        if (error != null) {
            main.append(Html.errorBox("Not saved", error));
        }
    }

    /**
     * The sidebar of a space the signed-in user may view, for a plugin page that names it ({@code spaceKey}), as
     * Confluence's decorator shows a space page's sidebar; empty otherwise.
     */
    public Optional<Layout.Sidebar> sidebarFor(HttpServletRequest request, String spaceKey) {
        Request r = new Request(request, null, currentUser(request));
        return visibleSpace(r, spaceKey).map(space -> sidebar(r, space, 0));
    }

    private Optional<Space> visibleSpace(Request r, String spaceKey) {
        return spaceKey == null ? Optional.empty()
                : store.space(spaceKey).filter(space -> permissions.canViewSpace(r.user.username(), space.key()));
    }

    private String fullName(String username) {
        return store.user(username).map(SandboxUser::fullName).orElse(username);
    }

    /** Who is asking: the user the switcher chose, else the demo coach (or the first user there is). */
    private SandboxUser currentUser(HttpServletRequest request) {
        return SignedInUser.of(request, store).orElseGet(() -> store.user(DemoSchool.COACH)
                .or(() -> store.users().stream().findFirst())
                .orElseThrow(() -> new IllegalStateException("The sandbox has no users; start it with --reset")));
    }

    /**
     * A browser without the user cookie is signed in as the default user for good, so that the page's scripts call
     * the REST resources as the same person the page was rendered for.
     */
    private void keepSignedIn(HttpServletRequest request, HttpServletResponse response, SandboxUser user) {
        if (SignedInUser.of(request, store).isEmpty() && !"/sandbox/switch-user".equals(path(request))) {
            Cookie cookie = new Cookie(USER_COOKIE, user.username());
            cookie.setPath("/");
            cookie.setHttpOnly(true);
            cookie.setAttribute("SameSite", "Strict");
            response.addCookie(cookie);
        }
    }

    /**
     * The sandbox has no passwords, so it answers only to this machine: it listens on 127.0.0.1 and also refuses
     * requests whose Host is not local (a web page using DNS rebinding to reach it).
     */
    private static boolean fromThisMachine(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String host = request.getServerName();
        if (host == null || !LOCAL_HOSTS.contains(host.toLowerCase(Locale.ROOT))) {
            write(response, 403, Layout.errorPage(request.getContextPath(), "Not allowed",
                    "The sandbox answers requests for localhost only."));
            return false;
        }
        return true;
    }

    /** A form posted by another web site must not act as the signed-in sandbox user. */
    private static boolean sameOrigin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        String expected = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        if (!origin.equalsIgnoreCase(expected)) {
            write(response, 403, Layout.errorPage(request.getContextPath(), "Not allowed",
                    "Cross-site form posts are refused. Nothing was changed."));
            return false;
        }
        return true;
    }

    private static String path(HttpServletRequest request) {
        String path = request.getPathInfo();
        return path == null ? "/" : path;
    }

    /** An id or number from the address or a form: absent means 0; anything but a whole number is refused. */
    private static long longParameter(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + ": " + quoted(value) + " is not a number. Nothing was changed.");
        }
    }

    private static int intParameter(HttpServletRequest request, String name) {
        long value = longParameter(request, name);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new InvalidInputException(name + ": " + value + " is out of range. Nothing was changed.");
        }
        return (int) value;
    }

    /**
     * The parent a new page goes under, as the form names it: 0 for none, else a current page of this space that the
     * user may view. Any other id is refused with the same words whether the page does not exist, is in the trash or
     * is restricted, so that the answer does not tell which.
     */
    private long parent(Request r, Space space, long parentId, String field) {
        if (parentId == 0) {
            return 0;
        }
        if (permissions.viewablePage(r.user.username(), parentId)
                .filter(parent -> parent.spaceKey().equals(space.key())).isEmpty()) {
            throw new InvalidInputException(field + ": there is no page " + parentId + " in " + space.name()
                    + " that you may view, so nothing can be created under it (a page that does not exist, is in the"
                    + " trash or is restricted cannot be a parent). Nothing was created.");
        }
        return parentId;
    }

    /** A value the user sent, for a message: quoted and cut short (the page escapes it). */
    private static String quoted(String value) {
        if (value == null) {
            return "(none)";
        }
        return "\u201C" + (value.length() > 60 ? value.substring(0, 60) + "\u2026" : value) + "\u201D";
    }

    /** The sandbox's page for a refused request: nothing was changed, the message says why. */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String title,
                        String message) throws IOException {
        if (response.isCommitted()) {
            System.err.println("Cannot tell the browser (" + status + "): " + message);
            return;
        }
        response.reset();
        String page;
        try {
            Request r = new Request(request, response, currentUser(request));
            page = Layout.page(r.chrome(), title, null, List.of(), Layout.messageBox(title, message)
                    + waysBack(r, Optional.empty()));
        } catch (RuntimeException e) {
            page = Layout.errorPage(request.getContextPath(), title, message);
        }
        write(response, status, page);
    }

    private static void html(Request r, int status, String page) throws IOException {
        write(r.response, status, page);
    }

    private static void write(HttpServletResponse response, int status, String page) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:;"
                + " style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self';"
                + " frame-ancestors 'none'");
        response.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    private final class Request {
        final HttpServletRequest request;
        final HttpServletResponse response;
        final SandboxUser user;

        Request(HttpServletRequest request, HttpServletResponse response, SandboxUser user) {
            this.request = request;
            this.response = response;
            this.user = user;
        }

        String cp() {
            return request.getContextPath();
        }

        Layout.Chrome chrome() {
            String query = request.getQueryString();
            String returnTo = request.getMethod().equals("GET")
                    ? request.getRequestURI() + (query == null ? "" : "?" + query) : cp() + "/spaces";
            return new Layout.Chrome(cp(), user, store.users(), plugin.name(), returnTo,
                    plugin.languages().of(user.username()));
        }
    }
}
