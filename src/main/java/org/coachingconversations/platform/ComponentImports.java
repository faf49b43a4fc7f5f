package org.coachingconversations.platform;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.sal.api.websudo.WebSudoManager;
import com.atlassian.sal.api.xsrf.XsrfTokenAccessor;
import com.atlassian.sal.api.xsrf.XsrfTokenValidator;
import com.atlassian.confluence.core.ContentPermissionManager;
import com.atlassian.confluence.pages.AttachmentManager;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.confluence.security.PermissionManager;
import com.atlassian.confluence.spaces.SpaceManager;
import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.confluence.user.UserAccessor;
import com.atlassian.event.api.EventPublisher;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.timezone.TimeZoneManager;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.springframework.stereotype.Component;

/**
 * Every host service the plugin uses, imported in one place. The Spring Scanner turns these
 * annotations into OSGi service imports; other beans and modules receive the services through
 * their constructors.
 */
@Component
@SuppressWarnings("unused")
public class ComponentImports {

    @ComponentImport
    private ActiveObjects activeObjects;

    @ComponentImport
    private I18nResolver i18nResolver;

    /** Each user's language, which the dates and times the app shows follow (ReaderDates). */
    @ComponentImport
    private LocaleResolver localeResolver;

    @ComponentImport
    private TemplateRenderer templateRenderer;

    @ComponentImport
    private PageManager pageManager;

    @ComponentImport
    private UserManager userManager;

    @ComponentImport
    private EventPublisher eventPublisher;

    @ComponentImport
    private TimeZoneManager timeZoneManager;

    @ComponentImport
    private ContentPermissionManager contentPermissionManager;

    @ComponentImport
    private UserAccessor userAccessor;

    @ComponentImport
    private PermissionManager permissionManager;

    @ComponentImport
    private ApplicationProperties applicationProperties;

    @ComponentImport
    private SpaceManager spaceManager;

    @ComponentImport
    private AttachmentManager attachmentManager;

    /** The daily job's cluster-wide lock (beehive). */
    @ComponentImport
    private ClusterLockService clusterLockService;

    /** Confluence's task queues; its queue "mail" sends the overdue digests through the configured mail server. */
    @ComponentImport
    private MultiQueueTaskManager multiQueueTaskManager;

    @ComponentImport
    private WebSudoManager webSudoManager;

    @ComponentImport
    private XsrfTokenValidator xsrfTokenValidator;

    @ComponentImport
    private XsrfTokenAccessor xsrfTokenAccessor;

    /** The create-content plugin's service; the blueprint context providers pass it to their supported super constructor. */
    @ComponentImport
    private TemplateRendererHelper templateRendererHelper;
}
