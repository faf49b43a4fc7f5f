package org.coachingconversations.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.domain.conversation.SpacePageTitles;
import org.coachingconversations.domain.form.CoachingConversationForm;
import org.coachingconversations.domain.form.CoachingConversationInput;
import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.people.UserDirectory;

/**
 * The coaching-conversation page (seed 002): teacher and coach, titled by the conversation date. Nothing of another
 * page is written into this one: the follow-up section holds the action-steps macro, which shows the previous
 * conversation's open steps when the page is viewed, to viewers who may view that conversation.
 */
public class CoachingConversationContextProvider extends CoachingBlueprintContextProvider<CoachingConversationInput> {

    private final CoachingConversationPage page;

    public CoachingConversationContextProvider(I18nResolver i18nResolver, SpacePageTitles spacePageTitles,
            UserDirectory users, TemplateRendererHelper templateRendererHelper) {
        super(new CoachingConversationForm(), "coaching-conversation", i18nResolver, spacePageTitles, users,
                templateRendererHelper);
        this.page = new CoachingConversationPage(new GuideCatalogue(), messages());
    }

    @Override
    protected Optional<UserField> partner(CoachingConversationInput input) {
        return Optional.of(new UserField(FormField.COACH, input.coach()));
    }

    @Override
    protected String titlePeriod(CoachingConversationInput input) {
        return input.conversationDate().toString();
    }

    @Override
    protected Map<String, String> variables(CoachingConversationInput input, Participants people, String spaceKey) {
        return page.variables(input, people.teacher(), people.partner());
    }

    @Override
    protected Map<String, String> facts(CoachingConversationInput input, Participants people) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(BlueprintFacts.COACH_USER_KEY, people.partner().userKey());
        facts.put(BlueprintFacts.CONVERSATION_DATE, input.conversationDate().toString());
        input.nextConversationDate().ifPresent(next -> facts.put(BlueprintFacts.NEXT_CONVERSATION_DATE, next.toString()));
        return facts;
    }
}
