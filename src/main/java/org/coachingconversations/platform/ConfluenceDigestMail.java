package org.coachingconversations.platform;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.confluence.pages.AbstractPage;
import com.atlassian.confluence.pages.PageManager;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.digest.Digest;
import org.coachingconversations.domain.digest.DigestLine;
import org.coachingconversations.domain.digest.DigestMail;
import org.springframework.stereotype.Component;

/**
 * The overdue digest as Confluence mail: rendered from {@value #TEMPLATE} (Velocity, every reference HTML-encoded by
 * the host), subject, text and due dates in the recipient's language (SAL's {@link LocaleResolver} for their user
 * key: the language of their Confluence profile, not that of whoever runs the job), handed to Confluence's own mail
 * queue ({@value #MAIL_QUEUE} of the {@link MultiQueueTaskManager}), which sends it through the mail server the
 * administrator configured. The recipient's address comes from their Confluence profile.
 */
@Component
public final class ConfluenceDigestMail implements DigestMail {

    static final String TEMPLATE = "digest/overdue-digest.vm";
    static final String MAIL_QUEUE = "mail";
    /** The small page where a person switches their digests on or off (a servlet module of the app). */
    public static final String SUBSCRIPTION_PATH = "/plugins/servlet/coaching/digest-subscription";

    private final UserManager userManager;
    private final PageManager pageManager;
    private final TemplateRenderer templateRenderer;
    private final I18nResolver i18n;
    private final ApplicationProperties applicationProperties;
    private final MultiQueueTaskManager taskManager;
    private final LocaleResolver localeResolver;

    public ConfluenceDigestMail(UserManager userManager, PageManager pageManager, TemplateRenderer templateRenderer,
            I18nResolver i18n, ApplicationProperties applicationProperties, MultiQueueTaskManager taskManager,
            LocaleResolver localeResolver) {
        this.localeResolver = Objects.requireNonNull(localeResolver, "localeResolver");
        this.userManager = Objects.requireNonNull(userManager, "userManager");
        this.pageManager = Objects.requireNonNull(pageManager, "pageManager");
        this.templateRenderer = Objects.requireNonNull(templateRenderer, "templateRenderer");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.applicationProperties = Objects.requireNonNull(applicationProperties, "applicationProperties");
        this.taskManager = Objects.requireNonNull(taskManager, "taskManager");
    }

    @Override
    public Optional<String> addressOf(String recipientKey) {
        UserProfile profile = userManager.getUserProfile(new UserKey(recipientKey));
        return Optional.ofNullable(profile).map(UserProfile::getEmail).map(String::strip)
                .filter(address -> !address.isEmpty());
    }

    @Override
    public void send(String address, Digest digest) {
        String subject = i18n.getText(languageOf(digest), "coaching.digest.subject", digest.lines().size());
        taskManager.addTask(MAIL_QUEUE, new ConfluenceMailQueueItem(address, subject, render(digest),
                ConfluenceMailQueueItem.MIME_TYPE_HTML));
    }

    /** The digest's HTML body; public so that its rendering can be checked on its own. */
    public String render(Digest digest) {
        Locale language = languageOf(digest);
        LocalizedDates dates = LocalizedDates.in(language);
        String base = baseUrl();
        List<DigestMailView.Line> lines = new ArrayList<>();
        for (DigestLine line : digest.lines()) {
            AbstractPage page = pageManager.getAbstractPage(line.pageId());
            if (page == null) {
                throw new IllegalStateException("Page " + line.pageId() + " of a digest line is gone.");
            }
            lines.add(new DigestMailView.Line(page.getTitle(), base + "/pages/viewpage.action?pageId=" + page.getId(),
                    line.stepText(), dates.date(line.dueOn())));
        }
        DigestMailView view = new DigestMailView(text(language, "language"), text(language, "heading"),
                text(language, "introduction", lines.size()), text(language, "page"), text(language, "step"),
                text(language, "due"), lines, text(language, "opt-out"), text(language, "opt-out-link"),
                base + SUBSCRIPTION_PATH);
        StringWriter out = new StringWriter();
        try {
            templateRenderer.render(TEMPLATE, Map.of("digest", view), out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + TEMPLATE, e);
        } catch (RenderingException e) {
            throw new IllegalStateException("Could not render " + TEMPLATE + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    /** The recipient's language; the job runs outside any request, so never the current user's. */
    private Locale languageOf(Digest digest) {
        Locale language = localeResolver.getLocale(new UserKey(digest.recipientKey()));
        return language == null ? Locale.ENGLISH : language;
    }

    private String text(Locale language, String name, Serializable... arguments) {
        return i18n.getText(language, "coaching.digest." + name, arguments);
    }

    /** The site's configured base URL: links in mail must be absolute. */
    private String baseUrl() {
        String base = applicationProperties.getBaseUrl(UrlMode.CANONICAL);
        return base == null ? "" : base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
