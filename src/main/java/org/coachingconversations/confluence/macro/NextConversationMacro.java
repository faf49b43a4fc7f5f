package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.application.calendar.ShowNextConversation.NextConversation;
import org.coachingconversations.application.calendar.ShowNextConversation;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.conversation.ConversationStore;
import org.coachingconversations.platform.SiteLinks;

/**
 * The next coaching conversation of the page being rendered, with an "Add to calendar" link to its .ics download.
 * The date is the one this app stored for the page ({@link ShowNextConversation}), not the wizard's text: the
 * coaching-conversation blueprint writes this macro instead of the date. A viewer who may not view the page sees
 * nothing.
 */
public class NextConversationMacro implements Macro {

    static final String TEMPLATE = "calendar/next-conversation.vm";
    private static final String PREFIX = "coaching.next-conversation.";

    private final MacroTemplates templates;
    private final I18nResolver i18n;
    private final UserManager userManager;
    private final SiteLinks links;
    private final ShowNextConversation nextConversations;
    private final ReaderDates dates;

    public NextConversationMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver,
            UserManager userManager, ApplicationProperties applicationProperties, PagePermissions pagePermissions,
            ConversationStore conversations, ReaderDates dates) {
        this(templateRenderer, i18nResolver, userManager, new SiteLinks(applicationProperties),
                new ShowNextConversation(pagePermissions, conversations), dates);
    }

    NextConversationMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, UserManager userManager,
            SiteLinks links, ShowNextConversation nextConversations, ReaderDates dates) {
        this.templates = new MacroTemplates(templateRenderer);
        this.dates = dates;
        this.i18n = i18nResolver;
        this.userManager = userManager;
        this.links = links;
        this.nextConversations = nextConversations;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ContentEntityObject page = context == null ? null : context.getEntity();
        Optional<String> viewer = Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
        Optional<NextConversation> next = page == null || page.getId() <= 0 ? Optional.empty()
                : nextConversations.show(page.getId(), viewer);
        return templates.render(TEMPLATE, "view", next.map(shown -> view(shown, viewer.isPresent()))
                .orElseGet(NextConversationView::nothing));
    }

    private NextConversationView view(NextConversation next, boolean signedIn) {
        if (next.date().isEmpty()) {
            return NextConversationView.undated(i18n.getText(PREFIX
                    + (next.conversationPage() ? "none" : "not-a-conversation")));
        }
        LocalDate date = next.date().get();
        // The download answers signed-in users only, so an anonymous reader gets the date without a dead link.
        CalendarLinkView link = signedIn ? new CalendarLinkView(links.baseUrl()
                + "/rest/coaching/1.0/calendar/pages/" + next.pageId() + "/next-conversation.ics",
                i18n.getText("coaching.calendar.link")) : null;
        return NextConversationView.dated(i18n.getText(PREFIX + "date"), date.toString(), dates.date(date), link);
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
