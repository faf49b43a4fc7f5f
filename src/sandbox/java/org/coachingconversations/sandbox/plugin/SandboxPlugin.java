package org.coachingconversations.sandbox.plugin;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.web.ContextProvider;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import net.java.ao.EntityManager;
import net.java.ao.RawEntity;
import org.coachingconversations.sandbox.data.Permissions;
import org.coachingconversations.sandbox.data.SandboxAttachments;
import org.coachingconversations.sandbox.data.SandboxDatabase;
import org.coachingconversations.sandbox.data.SandboxStore;
import org.coachingconversations.testing.ao.EntityManagerActiveObjects;
import org.coachingconversations.testing.ao.PluginTablePrefix;
import org.coachingconversations.testing.blueprint.MacroTemplateRendererHelper;
import org.coachingconversations.testing.descriptor.PluginDescriptor;
import org.coachingconversations.testing.event.AnnotatedEventPublisher;
import org.coachingconversations.testing.sal.FixedTimeZoneManager;
import org.coachingconversations.testing.velocity.VelocityTemplateRenderer;
import org.w3c.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The plugin, loaded the way Confluence loads it: from its {@code atlassian-plugin.xml}. Its own Spring components
 * are created in a context of their own with the host services injected by type; each module's class is created by
 * constructor injection from that context; AO entities are migrated; i18n, web and download resources are served.
 * A module type the sandbox does not run is listed as such, never silently dropped.
 */
public final class SandboxPlugin implements AutoCloseable {

    static final String SPACE_SIDEBAR = "system.space.sidebar/main-links";

    private final String key;
    private final String name;
    private final Path classesRoot;
    private final List<PluginModule> modules;
    private final Map<String, MacroModule> macros;
    private final List<BlueprintModule> blueprints;
    private final List<WebResourceModule> webResources;
    private final List<RestModule> restModules;
    private final List<StrutsModule> strutsModules;
    private final List<SpaceToolsItem> spaceToolsItems;
    private final org.coachingconversations.sandbox.data.SpaceAdministrators spaceAdministrators;
    private final TemplateRenderer templateRenderer;
    private final List<ServletModule> servletModules;
    private final List<JobConfigModule> jobConfigs;
    private final List<SidebarLink> sidebarLinks;
    private final List<DownloadResource> pluginDownloads;
    private final Map<String, List<DownloadResource>> moduleDownloads;
    private final I18nResolver i18n;
    private final EntityManager entityManager;
    private final PluginComponents components;
    private final HostEvents events;
    private final RemoteUser remoteUser;
    private final SandboxLanguages languages;
    private final SandboxAttachments attachments;

    private SandboxPlugin(Builder builder) {
        this.key = builder.key;
        this.name = builder.name;
        this.classesRoot = builder.classesRoot;
        this.modules = List.copyOf(builder.modules);
        this.macros = Map.copyOf(builder.macros);
        this.blueprints = List.copyOf(builder.blueprints);
        this.webResources = List.copyOf(builder.webResources);
        this.restModules = List.copyOf(builder.restModules);
        this.strutsModules = List.copyOf(builder.strutsModules);
        this.spaceToolsItems = builder.spaceToolsItems.stream()
                .sorted(java.util.Comparator.comparingInt(SpaceToolsItem::weight)).toList();
        this.spaceAdministrators = builder.spaceAdministrators;
        this.templateRenderer = builder.templateRenderer;
        this.servletModules = List.copyOf(builder.servletModules);
        this.jobConfigs = List.copyOf(builder.jobConfigs);
        this.sidebarLinks = List.copyOf(builder.sidebarLinks);
        this.pluginDownloads = List.copyOf(builder.pluginDownloads);
        this.moduleDownloads = Map.copyOf(builder.moduleDownloads);
        this.i18n = builder.i18n;
        this.entityManager = builder.entityManager;
        this.components = builder.components;
        this.events = builder.events;
        this.remoteUser = builder.remoteUser;
        this.languages = builder.languages;
        this.attachments = builder.attachments;
    }

    /**
     * Loads the plugin whose descriptor is on the classpath, with its AO tables in {@code database}, and the host's
     * pages and users from {@code store}; {@code siteZone}
     * is the site's default time zone (Confluence's general configuration).
     *
     * @throws PluginStartupException naming the module and what it needs when something cannot be loaded
     */
    public static SandboxPlugin load(SandboxDatabase database, SandboxStore store, ZoneId siteZone) {
        return load(database, store, siteZone, RestrictionRefusal.NONE);
    }

    /** As {@link #load(SandboxDatabase, SandboxStore, ZoneId)}, with a content permission manager that refuses. */
    public static SandboxPlugin load(SandboxDatabase database, SandboxStore store, ZoneId siteZone,
                                     RestrictionRefusal restrictionRefusal) {
        PluginDescriptor descriptor = PluginDescriptor.load();
        Builder builder = new Builder(descriptor, database, store, siteZone, restrictionRefusal);
        try {
            builder.load();
            return new SandboxPlugin(builder);
        } catch (RuntimeException e) {
            builder.closeQuietly();
            throw e;
        }
    }

    public String key() {
        return key;
    }

    public String name() {
        return name;
    }

    public List<PluginModule> modules() {
        return modules;
    }

    public Optional<Macro> macro(String macroName) {
        return Optional.ofNullable(macros.get(macroName)).map(MacroModule::macro);
    }

    public I18nResolver i18n() {
        return i18n;
    }

    /** The key the plugin's {@code UserManager} gives this user (opaque, as in Confluence). */
    public String userKey(String username) {
        return SandboxUserManager.userKeyOf(username);
    }

    /** The blueprints of the create dialog, in descriptor order. */
    public List<BlueprintModule> blueprints() {
        return blueprints;
    }

    public Optional<BlueprintModule> blueprint(String webItemKey) {
        return blueprints.stream().filter(blueprint -> blueprint.webItemKey().equals(webItemKey)).findFirst();
    }

    /** A file of the plugin (as its jar would hold it), e.g. a content template. */
    public Path pluginFile(String location) {
        Path file = classesRoot.resolve(location).normalize();
        if (!file.startsWith(classesRoot) || !Files.isRegularFile(file)) {
            throw new PluginStartupException("The plugin has no file " + location);
        }
        return file;
    }

    /** Who the current request is for, as the host tells the plugin (SAL's remote user). */
    public RemoteUser remoteUser() {
        return remoteUser;
    }

    /** The language each sandbox user reads the app in; the plugin's I18nResolver follows it. */
    public SandboxLanguages languages() {
        return languages;
    }

    /** The files attached to pages, which the plugin reads through the host's {@code AttachmentManager}. */
    public SandboxAttachments attachments() {
        return attachments;
    }

    /** The host's page events, to publish when the sandbox trashes, restores or purges a page. */
    public HostEvents events() {
        return events;
    }

    /** One of the plugin's own Spring components, e.g. a repository, by a type it implements. */
    public <T> T component(Class<T> type) {
        return components.component(type);
    }

    /** Addresses (below the context path) of the stylesheets of every web resource in the given context. */
    public List<String> stylesheets(String webResourceContext) {
        return downloads(webResourceContext, ".css");
    }

    /** Addresses (below the context path) of the scripts of every web resource in the given context, in order. */
    public List<String> scripts(String webResourceContext) {
        return downloads(webResourceContext, ".js");
    }

    private List<String> downloads(String webResourceContext, String extension) {
        List<String> urls = new ArrayList<>();
        for (WebResourceModule module : webResources) {
            if (module.contexts().contains(webResourceContext)) {
                for (DownloadResource resource : module.resources()) {
                    if (resource.name().endsWith(extension)) {
                        urls.add("/download/resources/" + key + ":" + module.key() + "/" + resource.name());
                    }
                }
            }
        }
        return urls;
    }

    /** The app's links in the space sidebar ({@code system.space.sidebar/main-links}). */
    public List<SidebarLink> sidebarLinks() {
        return sidebarLinks;
    }

    /** The plugin's {@code rest} modules, their resources created. */
    public List<RestModule> restModules() {
        return restModules;
    }

    /** The plugin's {@code struts} modules. */
    public List<StrutsModule> strutsModules() {
        return strutsModules;
    }

    /**
     * Runs the action at this path (below the context path) for the current remote user; empty when no struts
     * module declares it.
     */
    public Optional<StrutsModule.Outcome> runAction(String path, Map<String, String[]> parameters) {
        for (StrutsModule module : strutsModules) {
            Optional<StrutsModule.Action> action = module.action(path);
            if (action.isPresent()) {
                Object instance = components.create(action.get().type(), "struts action " + path);
                return Optional.of(action.get().run(instance, parameters, templateRenderer));
            }
        }
        return Optional.empty();
    }

    /** The space-tools links (label, address below the context path) the current remote user sees in a space. */
    public List<Map.Entry<String, String>> spaceTools(String spaceKey) {
        List<Map.Entry<String, String>> links = new ArrayList<>();
        for (SpaceToolsItem item : spaceToolsItems) {
            item.href(spaceKey).ifPresent(href -> links.add(Map.entry(i18n.getText(item.labelKey()), href)));
        }
        return links;
    }

    /** Who administers which space (the sandbox's "Admin" space permission). */
    public org.coachingconversations.sandbox.data.SpaceAdministrators spaceAdministrators() {
        return spaceAdministrators;
    }

    /** The plugin's {@code servlet} modules, their servlets created. */
    public List<ServletModule> servletModules() {
        return servletModules;
    }

    /** The plugin's {@code job-config} modules (the sandbox has no scheduler; see {@link JobConfigModule}). */
    public List<JobConfigModule> jobConfigs() {
        return jobConfigs;
    }

    /** Serves the rest modules with this plugin's remote user. */
    public RestHosting restHosting() {
        return new RestHosting(remoteUser);
    }

    /**
     * A downloadable file the descriptor declares, as addressed by Confluence: {@code <plugin key>/<name>} for the
     * plugin's own resources, {@code <plugin key>:<module key>/<name>} for a module's. Anything else, or a path that
     * tries to leave the plugin's files, is not found.
     */
    public Optional<Path> download(String owner, String resourceName) {
        List<DownloadResource> candidates;
        if (owner.equals(key)) {
            candidates = pluginDownloads;
        } else if (owner.startsWith(key + ":")) {
            candidates = moduleDownloads.getOrDefault(owner.substring(key.length() + 1), List.of());
        } else {
            return Optional.empty();
        }
        if (resourceName.contains("\\") || List.of(resourceName.split("/")).contains("..")) {
            return Optional.empty();
        }
        return candidates.stream()
                .map(resource -> resource.locate(resourceName))
                .flatMap(Optional::stream)
                .map(location -> classesRoot.resolve(location).normalize())
                .filter(file -> file.startsWith(classesRoot) && Files.isRegularFile(file))
                .findFirst();
    }

    /** Stops the plugin's components ({@code @PreDestroy}) and releases its AO connection provider. */
    @Override
    public void close() {
        components.close();
        entityManager.getProvider().dispose();
    }

    private static final class Builder {
        private final PluginDescriptor descriptor;
        private final SandboxDatabase database;
        private final Element root;
        private final String key;
        private final String name;
        private final Path classesRoot;
        private final List<PluginModule> modules = new ArrayList<>();
        private final Map<String, MacroModule> macros = new LinkedHashMap<>();
        private final List<BlueprintModule> blueprints = new ArrayList<>();
        private final Map<String, Element> blueprintElements = new LinkedHashMap<>();
        private final Map<String, Element> contentTemplates = new LinkedHashMap<>();
        private final List<Element> createDialogItems = new ArrayList<>();
        private final List<WebResourceModule> webResources = new ArrayList<>();
        private final List<RestModule> restModules = new ArrayList<>();
        private final List<StrutsModule> strutsModules = new ArrayList<>();
        private final List<Element> spaceToolsElements = new ArrayList<>();
        private final List<SpaceToolsItem> spaceToolsItems = new ArrayList<>();
        private org.coachingconversations.sandbox.data.SpaceAdministrators spaceAdministrators;
        private TemplateRenderer templateRenderer;
        private final List<ServletModule> servletModules = new ArrayList<>();
        private final List<JobConfigModule> jobConfigs = new ArrayList<>();
        private final List<SidebarLink> sidebarLinks = new ArrayList<>();
        private final List<DownloadResource> pluginDownloads = new ArrayList<>();
        private final Map<String, List<DownloadResource>> moduleDownloads = new LinkedHashMap<>();
        private I18nResolver i18n;
        private EntityManager entityManager;
        private final ZoneId siteZone;
        private final SandboxStore store;
        private PluginComponents components;
        private HostServices hostServices;
        private HostEvents events;
        private final RemoteUser remoteUser = new RemoteUser();
        private final SandboxLanguages languages = new SandboxLanguages(remoteUser);
        private final RestrictionRefusal restrictionRefusal;
        private SandboxAttachments attachments;

        Builder(PluginDescriptor descriptor, SandboxDatabase database, SandboxStore store, ZoneId siteZone,
                RestrictionRefusal restrictionRefusal) {
            this.descriptor = descriptor;
            this.restrictionRefusal = restrictionRefusal;
            this.database = database;
            this.store = store;
            this.siteZone = siteZone;
            this.root = descriptor.root();
            this.key = descriptor.pluginKey();
            this.name = root.getAttribute("name");
            this.classesRoot = classesRoot();
        }

        void load() {
            i18n = languages.resolver();
            templateRenderer = VelocityTemplateRenderer.forPlugin();
            spaceAdministrators = new org.coachingconversations.sandbox.data.SpaceAdministrators(database, store);
            spaceAdministrators.createTable();
            ActiveObjects activeObjects = activeObjects();
            EventPublisher eventPublisher = new AnnotatedEventPublisher();
            events = new HostEvents(eventPublisher, store);
            attachments = new SandboxAttachments(database, java.time.Clock.systemUTC());
            hostServices = new HostServices()
                    .provide(TemplateRenderer.class, templateRenderer)
                    .provide(I18nResolver.class, i18n)
                    .provide(LocaleResolver.class, languages.localeResolver(store))
                    .provide(ActiveObjects.class, activeObjects)
                    .provide(EventPublisher.class, eventPublisher)
                    .provide(TimeZoneManager.class, new FixedTimeZoneManager(siteZone))
                    .provide(PageManager.class, new SandboxPageManager(store, events))
                    .provide(UserManager.class, new SandboxUserManager(store, remoteUser))
                    .provide(UserAccessor.class, new SandboxUserAccessor(store))
                    .provide(TemplateRendererHelper.class, new MacroTemplateRendererHelper())
                    .provide(ContentPermissionManager.class, new SandboxContentPermissionManager(store,
                            restrictionRefusal, events))
                    .provide(PermissionManager.class, new SandboxPermissionManager(new Permissions(store),
                            spaceAdministrators))
                    .provide(com.atlassian.confluence.spaces.SpaceManager.class, new SandboxSpaceManager(store))
                    .provide(ApplicationProperties.class, new SandboxApplicationProperties())
                    .provide(AttachmentManager.class, new SandboxAttachmentManager(attachments));
            new SandboxJobHost(store).provideInto(hostServices);
            components = PluginComponents.start(hostServices, classesRoot, basePackages());
            for (Element module : childElements(root)) {
                loadModule(module);
            }
            for (Element item : createDialogItems) {
                blueprints.add(blueprint(item));
            }
            for (Element item : spaceToolsElements) {
                spaceToolsItems.add(SpaceToolsModules.item(item, className -> components.create(
                        pluginClass(className, "web-item " + item.getAttribute("key")),
                        "web-item " + item.getAttribute("key") + " condition " + className)));
            }
        }

        private void loadModule(Element module) {
            String type = module.getTagName();
            String moduleKey = module.getAttribute("key");
            List<DownloadResource> downloads = downloads(module);
            if (!moduleKey.isEmpty() && !downloads.isEmpty()) {
                moduleDownloads.put(moduleKey, downloads);
            }
            switch (type) {
                case "plugin-info":
                    return;
                case "resource":
                    topLevelResource(module);
                    return;
                case "xhtml-macro":
                    macro(module);
                    return;
                case "rest":
                    rest(module);
                    return;
                case "servlet":
                    servlet(module);
                    return;
                case "job-config":
                    jobConfig(module);
                    return;
                case "web-resource":
                    List<String> contexts = PluginDescriptor.children(module, "context").stream()
                            .map(context -> context.getTextContent().trim()).collect(Collectors.toList());
                    webResources.add(new WebResourceModule(moduleKey, contexts, downloads));
                    modules.add(new PluginModule(type, moduleKey, module.getAttribute("name"), true,
                            downloads.size() + " file(s) served; contexts: " + String.join(", ", contexts)));
                    return;
                case "struts":
                    StrutsModule struts = StrutsModule.parse(module, className -> pluginClass(className,
                            "struts " + moduleKey));
                    strutsModules.add(struts);
                    modules.add(new PluginModule(type, moduleKey, module.getAttribute("name"), true,
                            "actions served at " + String.join(", ", struts.paths()) + " (GET; see docs/sandbox.md)"));
                    return;
                case "web-item":
                    if (SpaceToolsModules.SECTION.equals(module.getAttribute("section"))) {
                        spaceToolsElements.add(module);
                        modules.add(new PluginModule(type, moduleKey, module.getAttribute("i18n-name-key"), true,
                                "a link in each space's sidebar under Space tools, where its conditions allow"));
                        return;
                    }
                    if (SPACE_SIDEBAR.equals(module.getAttribute("section"))) {
                        Element link = PluginDescriptor.children(module, "link").stream().findFirst()
                                .orElseThrow(() -> new PluginStartupException("web-item " + moduleKey
                                        + ": a sidebar item needs a link"));
                        Element label = PluginDescriptor.children(module, "label").stream().findFirst()
                                .orElseThrow(() -> new PluginStartupException("web-item " + moduleKey
                                        + ": a sidebar item needs a label"));
                        sidebarLinks.add(new SidebarLink(moduleKey, i18n.getText(label.getAttribute("key")),
                                link.getTextContent().trim()));
                        modules.add(new PluginModule(type, moduleKey, module.getAttribute("i18n-name-key"), true,
                                "in every space's sidebar"));
                    } else if ("system.create.dialog/content".equals(module.getAttribute("section"))) {
                        createDialogItems.add(module);
                        modules.add(new PluginModule(type, moduleKey, module.getAttribute("i18n-name-key"), true,
                                "in the create dialog (/sandbox/create)"));
                    } else {
                        modules.add(new PluginModule(type, moduleKey, module.getAttribute("i18n-name-key"), false,
                                "section " + module.getAttribute("section") + " is not run by the sandbox"));
                    }
                    return;
                case "blueprint":
                    blueprintElements.put(moduleKey, module);
                    modules.add(new PluginModule(type, moduleKey, module.getAttribute("i18n-name-key"), true,
                            dialogPages(module).size() + " wizard page(s), rendered from Soy; create-result "
                                    + module.getAttribute("create-result")));
                    return;
                case "content-template":
                    contentTemplates.put(moduleKey, module);
                    modules.add(new PluginModule(type, moduleKey, module.getAttribute("i18n-name-key"), true,
                            "filled with its context provider's values"));
                    return;
                case "velocity-allowlist":
                    modules.add(new PluginModule(type, moduleKey, "", true,
                            PluginDescriptor.children(module, "method").size()
                                    + " methods; any other method a template calls fails the render"));
                    return;
                case "ao":
                    modules.add(new PluginModule(type, moduleKey, "", true,
                            PluginDescriptor.children(module, "entity").size() + " entities migrated into "
                                    + tablePrefix().value() + "_* tables"));
                    return;
                default:
                    modules.add(new PluginModule(type, moduleKey, module.getAttribute("name"), false,
                            "not run by the sandbox"));
            }
        }

        private void topLevelResource(Element resource) {
            String type = resource.getAttribute("type");
            String resourceName = resource.getAttribute("name");
            if (type.equals("i18n")) {
                modules.add(new PluginModule("resource", resourceName, "i18n", true,
                        "bundle " + resource.getAttribute("location") + ".properties"));
            } else if (type.equals("download")) {
                pluginDownloads.add(new DownloadResource(resourceName, resource.getAttribute("location")));
                modules.add(new PluginModule("resource", resourceName, "download", true,
                        "served at /download/resources/" + key + "/" + resourceName));
            } else {
                modules.add(new PluginModule("resource", resourceName, type, false, "not run by the sandbox"));
            }
        }

        private void macro(Element module) {
            String macroName = module.getAttribute("name");
            String moduleKey = module.getAttribute("key");
            String describe = "xhtml-macro " + moduleKey + " (" + module.getAttribute("class") + ")";
            Class<?> type = pluginClass(module.getAttribute("class"), describe);
            if (!Macro.class.isAssignableFrom(type)) {
                throw new PluginStartupException(describe + ": the class does not implement " + Macro.class.getName());
            }
            Macro macro = (Macro) components.create(type, describe);
            macros.put(macroName, new MacroModule(macroName, moduleKey, macro));
            modules.add(new PluginModule("xhtml-macro", moduleKey, macroName, true,
                    "runs in pages as ac:structured-macro ac:name=\"" + macroName + "\""));
        }

        /** Creates the module's servlet by constructor injection, as Confluence does, to serve at its URL pattern. */
        private void servlet(Element module) {
            String moduleKey = module.getAttribute("key");
            String describe = "servlet " + moduleKey + " (" + module.getAttribute("class") + ")";
            Class<?> type = pluginClass(module.getAttribute("class"), describe);
            if (!jakarta.servlet.http.HttpServlet.class.isAssignableFrom(type)) {
                throw new PluginStartupException(describe + ": the class does not extend "
                        + jakarta.servlet.http.HttpServlet.class.getName());
            }
            List<Element> patterns = PluginDescriptor.children(module, "url-pattern");
            if (patterns.size() != 1 || !patterns.get(0).getTextContent().trim().startsWith("/")) {
                throw new PluginStartupException(describe + ": the sandbox serves exactly one <url-pattern>"
                        + " starting with /");
            }
            ServletModule servlet = new ServletModule(moduleKey, module.getAttribute("name"),
                    patterns.get(0).getTextContent().trim(),
                    (jakarta.servlet.http.HttpServlet) components.create(type, describe));
            servletModules.add(servlet);
            modules.add(new PluginModule("servlet", moduleKey, servlet.name(), true,
                    "served at " + servlet.mountPoint()));
        }

        /**
         * A job the host's scheduler would run. The sandbox has no scheduler: it checks that the runner bean exists
         * and lists the schedule; the job runs when an administrator chooses "Run now" on its status page.
         */
        private void jobConfig(Element module) {
            String moduleKey = module.getAttribute("key");
            String describe = "job-config " + moduleKey;
            Element job = PluginDescriptor.children(module, "job").stream().findFirst()
                    .orElseThrow(() -> new PluginStartupException(describe + ": no <job key=\"...\">"));
            String runnerBean = job.getAttribute("key");
            Object runner;
            try {
                runner = components.bean(runnerBean);
            } catch (RuntimeException e) {
                throw new PluginStartupException(describe + ": no Spring bean named " + runnerBean
                        + " (the <job key> names the JobRunner component)", e);
            }
            if (!(runner instanceof com.atlassian.scheduler.JobRunner)) {
                throw new PluginStartupException(describe + ": bean " + runnerBean + " is not a JobRunner");
            }
            String cron = PluginDescriptor.children(module, "schedule").stream()
                    .map(schedule -> schedule.getAttribute("cron-expression")).findFirst().orElse("");
            JobConfigModule config = new JobConfigModule(moduleKey, module.getAttribute("name"), runnerBean, cron,
                    Boolean.parseBoolean(job.getAttribute("perClusterJob")));
            jobConfigs.add(config);
            modules.add(new PluginModule("job-config", moduleKey, config.name(), true, "schedule \"" + cron
                    + "\"" + (config.perClusterJob() ? ", once per cluster" : "") + "; the sandbox has no scheduler:"
                    + " run it with Run now at /plugins/servlet/coaching/admin/follow-up-job"));
        }

        /**
         * Creates every resource class ({@code @Path} on the class) of the module's packages, from the plugin's own
         * classes. A resource without a platform access annotation on the class or on each resource method is
         * refused, as the platform's secure-by-default REST layer would leave it closed.
         */
        private void rest(Element module) {
            String moduleKey = module.getAttribute("key");
            String path = module.getAttribute("path").replaceFirst("^/+", "");
            String version = module.getAttribute("version");
            String describe = "rest " + moduleKey;
            if (path.isEmpty() || version.isEmpty()) {
                throw new PluginStartupException(describe + ": the module needs a path and a version");
            }
            List<Object> resources = new ArrayList<>();
            for (Element packageElement : PluginDescriptor.children(module, "package")) {
                String packageName = packageElement.getTextContent().trim();
                for (Class<?> type : classesOf(packageName, describe)) {
                    if (!type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        continue;
                    }
                    String describeResource = describe + " resource " + type.getName();
                    checkAccessAnnotated(type, describeResource);
                    resources.add(components.create(type, describeResource));
                }
            }
            if (resources.isEmpty()) {
                modules.add(new PluginModule("rest", moduleKey, "/" + path + "/" + version, false,
                        "no resource class (@Path) in its packages yet"));
                return;
            }
            RestModule rest = new RestModule(moduleKey, path, version, List.copyOf(resources));
            restModules.add(rest);
            modules.add(new PluginModule("rest", moduleKey, "/" + path + "/" + version, true, "served at "
                    + rest.mountPoint() + " (" + resources.size() + " resource class(es); access annotations and"
                    + " the XSRF header checked)"));
        }

        private static void checkAccessAnnotated(Class<?> type, String describe) {
            if (RestAccess.accessOf(type).isPresent()) {
                return;
            }
            for (java.lang.reflect.Method method : type.getMethods()) {
                boolean resourceMethod = java.util.Arrays.stream(method.getAnnotations()).anyMatch(annotation ->
                        annotation.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
                if (resourceMethod && RestAccess.accessOf(method).isEmpty()) {
                    throw new PluginStartupException(describe + ": method " + method.getName() + " has no access"
                            + " annotation (one of " + RestAccess.ACCESS_ANNOTATIONS + " from "
                            + RestAccess.ANNOTATIONS_PACKAGE + "), on itself or its class");
                }
            }
        }

        /** The top-level classes of a package among the plugin's own classes. */
        private List<Class<?>> classesOf(String packageName, String describe) {
            Path directory = classesRoot.resolve(packageName.replace('.', '/'));
            if (!Files.isDirectory(directory)) {
                return List.of();
            }
            try (java.util.stream.Stream<Path> files = Files.list(directory)) {
                List<String> names = files.map(file -> file.getFileName().toString())
                        .filter(name -> name.endsWith(".class") && !name.contains("$")
                                && !name.equals("package-info.class"))
                        .sorted().toList();
                List<Class<?>> classes = new ArrayList<>();
                for (String name : names) {
                    classes.add(pluginClass(packageName + "." + name.substring(0, name.length() - 6), describe));
                }
                return classes;
            } catch (IOException e) {
                throw new PluginStartupException(describe + ": cannot list " + directory + ": " + e.getMessage(), e);
            }
        }

        /** Links a create-dialog web-item to its blueprint and content template, creating the context provider. */
        private BlueprintModule blueprint(Element item) {
            String describe = "web-item " + item.getAttribute("key");
            String blueprintKey = PluginDescriptor.children(item, "param").stream()
                    .filter(param -> param.getAttribute("name").equals("blueprintKey"))
                    .map(param -> param.getAttribute("value")).findFirst()
                    .orElseThrow(() -> new PluginStartupException(describe + ": no <param name=\"blueprintKey\">"));
            Element blueprint = Optional.ofNullable(blueprintElements.get(blueprintKey)).orElseThrow(() ->
                    new PluginStartupException(describe + ": no blueprint module with key " + blueprintKey));
            String templateKey = blueprint.getAttribute("content-template-key");
            if (templateKey.isEmpty()) {
                templateKey = PluginDescriptor.children(blueprint, "content-template").stream()
                        .map(ref -> ref.getAttribute("ref")).findFirst().orElse("");
            }
            String finalTemplateKey = templateKey;
            Element template = Optional.ofNullable(contentTemplates.get(templateKey)).orElseThrow(() ->
                    new PluginStartupException("blueprint " + blueprintKey + ": no content-template module with key "
                            + finalTemplateKey));
            String location = PluginDescriptor.children(template, "resource").stream()
                    .filter(resource -> resource.getAttribute("name").equals("template"))
                    .map(resource -> resource.getAttribute("location")).findFirst()
                    .orElseThrow(() -> new PluginStartupException("content-template " + finalTemplateKey
                            + ": no <resource name=\"template\">"));
            ContextProvider provider = null;
            for (Element providerElement : PluginDescriptor.children(template, "context-provider")) {
                String providerDescribe = "content-template " + finalTemplateKey + " context-provider ("
                        + providerElement.getAttribute("class") + ")";
                Class<?> type = pluginClass(providerElement.getAttribute("class"), providerDescribe);
                if (!ContextProvider.class.isAssignableFrom(type)) {
                    throw new PluginStartupException(providerDescribe + ": the class does not implement "
                            + ContextProvider.class.getName());
                }
                provider = (ContextProvider) components.create(type, providerDescribe);
            }
            String descriptionKey = PluginDescriptor.children(item, "description").stream()
                    .map(description -> description.getAttribute("key")).findFirst().orElse("");
            boolean hasIcon = PluginDescriptor.children(item, "resource").stream()
                    .anyMatch(resource -> resource.getAttribute("name").equals("icon"));
            return new BlueprintModule(item.getAttribute("key"), item.getAttribute("i18n-name-key"), descriptionKey,
                    hasIcon, blueprintKey, blueprint.getAttribute("create-result"), dialogPages(blueprint),
                    finalTemplateKey, location, provider);
        }

        private static List<BlueprintModule.DialogPage> dialogPages(Element blueprint) {
            List<BlueprintModule.DialogPage> pages = new ArrayList<>();
            for (Element wizard : PluginDescriptor.children(blueprint, "dialog-wizard")) {
                for (Element page : PluginDescriptor.children(wizard, "dialog-page")) {
                    pages.add(new BlueprintModule.DialogPage(page.getAttribute("id"), page.getAttribute("template-key"),
                            page.getAttribute("title-key"), page.getAttribute("description-header-key"),
                            page.getAttribute("description-content-key")));
                }
            }
            return pages;
        }

        private ActiveObjects activeObjects() {
            entityManager = database.entityManager(tablePrefix());
            EntityManagerActiveObjects activeObjects = new EntityManagerActiveObjects(entityManager);
            List<Class<? extends RawEntity<?>>> entities = new ArrayList<>();
            for (Element ao : PluginDescriptor.children(root, "ao")) {
                for (Element entity : PluginDescriptor.children(ao, "entity")) {
                    String className = entity.getTextContent().trim();
                    Class<?> type = pluginClass(className, "ao " + ao.getAttribute("key") + " entity " + className);
                    if (!RawEntity.class.isAssignableFrom(type)) {
                        throw new PluginStartupException("ao " + ao.getAttribute("key") + ": entity " + className
                                + " is not an Active Objects entity (it must extend net.java.ao.Entity or RawEntity)");
                    }
                    @SuppressWarnings("unchecked")
                    Class<? extends RawEntity<?>> entityType = (Class<? extends RawEntity<?>>) type;
                    entities.add(entityType);
                }
            }
            if (!entities.isEmpty()) {
                @SuppressWarnings("unchecked")
                Class<? extends RawEntity<?>>[] all = entities.toArray(new Class[0]);
                activeObjects.migrate(all);
            }
            return activeObjects;
        }

        /** As the AO plugin derives it: from {@code <ao namespace>}, or without one from the plugin key. */
        private PluginTablePrefix tablePrefix() {
            return PluginDescriptor.children(root, "ao").stream()
                    .map(ao -> ao.getAttribute("namespace"))
                    .filter(namespace -> !namespace.isBlank())
                    .findFirst()
                    .map(PluginTablePrefix::forNamespace)
                    .orElseGet(() -> PluginTablePrefix.forNamespace(key));
        }

        /** The top two package levels of every class the descriptor names, e.g. {@code org.coachingconversations}. */
        private Set<String> basePackages() {
            Set<String> packages = new LinkedHashSet<>();
            List<String> classNames = new ArrayList<>();
            for (Element element : descriptor.allElements()) {
                if (element.hasAttribute("class")) {
                    classNames.add(element.getAttribute("class"));
                }
                if (element.getTagName().equals("entity")) {
                    classNames.add(element.getTextContent().trim());
                }
            }
            for (String className : classNames) {
                String[] parts = className.split("\\.");
                if (parts.length > 2) {
                    packages.add(parts[0] + "." + parts[1]);
                }
            }
            return packages;
        }

        private Class<?> pluginClass(String className, String describe) {
            if (className == null || className.isBlank()) {
                throw new PluginStartupException(describe + ": no class named");
            }
            try {
                return Class.forName(className, true, SandboxPlugin.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new PluginStartupException(describe + ": class " + className + " cannot be loaded ("
                        + e + "); run mvn test-compile", e);
            }
        }

        private static List<DownloadResource> downloads(Element module) {
            return PluginDescriptor.children(module, "resource").stream()
                    .filter(resource -> resource.getAttribute("type").equals("download"))
                    .map(resource -> new DownloadResource(resource.getAttribute("name"),
                            resource.getAttribute("location")))
                    .collect(Collectors.toList());
        }

        /** The directory the descriptor was built into: the plugin's classes and resources, as its jar would hold. */
        private static Path classesRoot() {
            URL descriptorUrl = SandboxPlugin.class.getClassLoader().getResource(PluginDescriptor.RESOURCE);
            if (descriptorUrl == null || !descriptorUrl.getProtocol().equals("file")) {
                throw new PluginStartupException(PluginDescriptor.RESOURCE + " must come from the build's classes"
                        + " directory (found: " + descriptorUrl + "); run mvn test-compile");
            }
            try (InputStream ignored = descriptorUrl.openStream()) {
                return Path.of(descriptorUrl.toURI()).getParent().toRealPath();
            } catch (IOException | URISyntaxException e) {
                throw new PluginStartupException("Cannot locate the plugin's classes directory: " + e.getMessage(), e);
            }
        }

        private static List<Element> childElements(Element parent) {
            List<Element> result = new ArrayList<>();
            for (org.w3c.dom.Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Element) {
                    result.add((Element) child);
                }
            }
            return result;
        }

        void closeQuietly() {
            if (components != null) {
                components.close();
            }
            if (entityManager != null) {
                entityManager.getProvider().dispose();
            }
        }
    }
}
