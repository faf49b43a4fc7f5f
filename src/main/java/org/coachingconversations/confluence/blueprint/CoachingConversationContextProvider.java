package org.coachingconversations.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationPageTitles;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.SpacePageTitles;
import org.coachingconversations.domain.form.CoachingConversationForm;
import org.coachingconversations.domain.form.CoachingConversationInput;
import org.coachingconversations.domain.form.FieldError;
import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.form.FormMessage;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.UserDirectory;
import org.coachingconversations.domain.people.UserReference;

/**
 * Fills the coaching-conversation page (seed 002) from its wizard: checks the input with the domain form again on the
 * server, resolves teacher and coach, picks a title no page of the space has, and hands the content template its
 * variables and the page's facts ({@link BlueprintFacts}). Nothing of another page is written into this one: the
 * follow-up section holds the action-steps macro, which shows the previous conversation's open steps when the page
 * is viewed, to viewers who may view that conversation. Invalid input is refused with
 * {@link WizardInputRejectedException} before the host creates anything.
 */
public class CoachingConversationContextProvider extends CoachingBlueprintContextProvider {

    private final BlueprintMessages messages;
    private final WizardInput wizardInput;
    private final SpacePageTitles spacePageTitles;
    private final UserDirectory users;
    private final CoachingConversationPage page;
    private final ConversationPageTitles titles = new ConversationPageTitles();

    public CoachingConversationContextProvider(I18nResolver i18nResolver, SpacePageTitles spacePageTitles,
            UserDirectory users, TemplateRendererHelper templateRendererHelper) {
        super(templateRendererHelper);
        this.messages = new BlueprintMessages(i18nResolver);
        this.wizardInput = new WizardInput(messages);
        this.spacePageTitles = Objects.requireNonNull(spacePageTitles, "spacePageTitles");
        this.users = Objects.requireNonNull(users, "users");
        this.page = new CoachingConversationPage(new GuideCatalogue(), messages);
    }

    @Override
    protected BlueprintContext fill(BlueprintContext context) {
        CoachingConversationInput input = wizardInput.validate(new CoachingConversationForm(), context.getMap());
        Optional<KnownUser> teacher = users.find(input.teacher());
        Optional<KnownUser> coach = users.find(input.coach());
        List<FieldError> unknown = new ArrayList<>();
        teacher.ifPresentOrElse(found -> { }, () -> unknown.add(unknownUser(FormField.TEACHER, input.teacher())));
        coach.ifPresentOrElse(found -> { }, () -> unknown.add(unknownUser(FormField.COACH, input.coach())));
        if (!unknown.isEmpty()) {
            throw wizardInput.reject(unknown);
        }
        // A user name and a user key can name the same person; the form could only compare what was typed.
        if (teacher.get().userKey().equals(coach.get().userKey())) {
            throw wizardInput.reject(List.of(FieldError.of(FormField.COACH, FormMessage.SAME_AS_TEACHER)));
        }
        String spaceKey = context.getSpaceKey();
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalStateException("The host gave the coaching-conversation blueprint no space key");
        }
        context.setTitle(titles.titleFor(messages.text(ConversationType.COACHING_CONVERSATION.nameKey()),
                teacher.get().displayName(), input.conversationDate(), title -> spacePageTitles.exists(spaceKey, title)));
        page.variables(input, teacher.get(), coach.get()).forEach(context::put);
        context.put(BlueprintFacts.CONVERSATION_TYPE, ConversationType.COACHING_CONVERSATION.id());
        context.put(BlueprintFacts.TEACHER_USER_KEY, teacher.get().userKey());
        context.put(BlueprintFacts.COACH_USER_KEY, coach.get().userKey());
        context.put(BlueprintFacts.CONVERSATION_DATE, input.conversationDate().toString());
        input.nextConversationDate().ifPresent(next -> context.put(BlueprintFacts.NEXT_CONVERSATION_DATE, next.toString()));
        return context;
    }

    private static FieldError unknownUser(FormField field, UserReference reference) {
        return FieldError.of(field, FormMessage.USER, reference.value());
    }
}
