package org.coachingconversations.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.domain.conversation.ConversationPageTitles;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.SpacePageTitles;
import org.coachingconversations.domain.form.FieldError;
import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.form.FormMessage;
import org.coachingconversations.domain.form.SpsReflectionForm;
import org.coachingconversations.domain.form.SpsReflectionInput;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.UserDirectory;

import java.util.List;
import java.util.Objects;

/**
 * Fills the SPS reflection page (seed 000) from its wizard: checks the input with the domain form again on the
 * server, resolves the teacher, picks a title no page of the space has, and hands the content template its
 * variables. Invalid input is refused with {@link WizardInputRejectedException} before the host creates anything.
 */
public class SpsReflectionContextProvider extends CoachingBlueprintContextProvider {

    /** Facts for whoever listens to the page's creation (the event carries this context); see {@link BlueprintFacts}. */
    public static final String CONVERSATION_TYPE_KEY = BlueprintFacts.CONVERSATION_TYPE;
    public static final String TEACHER_USER_KEY = BlueprintFacts.TEACHER_USER_KEY;

    private final BlueprintMessages messages;
    private final WizardInput wizardInput;
    private final SpacePageTitles spacePageTitles;
    private final UserDirectory users;
    private final SpsReflectionPage page;
    private final ConversationPageTitles titles = new ConversationPageTitles();

    public SpsReflectionContextProvider(I18nResolver i18nResolver, SpacePageTitles spacePageTitles, UserDirectory users,
            TemplateRendererHelper templateRendererHelper) {
        super(templateRendererHelper);
        this.messages = new BlueprintMessages(i18nResolver);
        this.wizardInput = new WizardInput(messages);
        this.spacePageTitles = Objects.requireNonNull(spacePageTitles, "spacePageTitles");
        this.users = Objects.requireNonNull(users, "users");
        this.page = new SpsReflectionPage(new GuideCatalogue(), messages);
    }

    @Override
    protected BlueprintContext fill(BlueprintContext context) {
        SpsReflectionInput input = wizardInput.validate(new SpsReflectionForm(), context.getMap());
        KnownUser teacher = users.find(input.teacher()).orElseThrow(() -> wizardInput.reject(List.of(
                FieldError.of(FormField.TEACHER, FormMessage.USER, input.teacher().value()))));
        String spaceKey = context.getSpaceKey();
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalStateException("The host gave the SPS reflection blueprint no space key");
        }
        context.setTitle(titles.titleFor(messages.text(ConversationType.SPS_REFLECTION.nameKey()),
                teacher.displayName(), input.surveyPeriod(), title -> spacePageTitles.exists(spaceKey, title)));
        page.variables(input, teacher).forEach(context::put);
        context.put(BlueprintFacts.CONVERSATION_TYPE, ConversationType.SPS_REFLECTION.id());
        context.put(BlueprintFacts.TEACHER_USER_KEY, teacher.userKey());
        return context;
    }
}
