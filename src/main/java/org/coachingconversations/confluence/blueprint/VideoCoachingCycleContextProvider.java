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
import org.coachingconversations.domain.form.VideoCoachingCycleForm;
import org.coachingconversations.domain.form.VideoCoachingCycleInput;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.UserDirectory;
import org.coachingconversations.domain.people.UserReference;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills the video coaching cycle page (seed 004) from its wizard: checks the input with the domain form again on
 * the server, resolves teacher and coach, picks a title no page of the space has, and hands the content template
 * its variables. Invalid input is refused with {@link WizardInputRejectedException} before the host creates anything.
 */
public class VideoCoachingCycleContextProvider extends CoachingBlueprintContextProvider {

    /** Facts for whoever listens to the page's creation (the event carries this context); same keys for every type. */
    public static final String CONVERSATION_TYPE_KEY = BlueprintFacts.CONVERSATION_TYPE;
    public static final String TEACHER_USER_KEY = BlueprintFacts.TEACHER_USER_KEY;
    public static final String COACH_USER_KEY = BlueprintFacts.COACH_USER_KEY;

    private final BlueprintMessages messages;
    private final WizardInput wizardInput;
    private final SpacePageTitles spacePageTitles;
    private final UserDirectory users;
    private final VideoCoachingCyclePage page;
    private final ConversationPageTitles titles = new ConversationPageTitles();

    public VideoCoachingCycleContextProvider(I18nResolver i18nResolver, SpacePageTitles spacePageTitles,
            UserDirectory users, TemplateRendererHelper templateRendererHelper) {
        super(templateRendererHelper);
        this.messages = new BlueprintMessages(i18nResolver);
        this.wizardInput = new WizardInput(messages);
        this.spacePageTitles = Objects.requireNonNull(spacePageTitles, "spacePageTitles");
        this.users = Objects.requireNonNull(users, "users");
        this.page = new VideoCoachingCyclePage(new GuideCatalogue(), messages);
    }

    @Override
    protected BlueprintContext fill(BlueprintContext context) {
        VideoCoachingCycleInput input = wizardInput.validate(new VideoCoachingCycleForm(), context.getMap());
        Optional<KnownUser> teacher = users.find(input.teacher());
        Optional<KnownUser> coach = users.find(input.coach());
        List<FieldError> errors = new ArrayList<>();
        if (teacher.isEmpty()) {
            errors.add(unknown(FormField.TEACHER, input.teacher()));
        }
        if (coach.isEmpty()) {
            errors.add(unknown(FormField.COACH, input.coach()));
        }
        // A user name and a user key can name the same person, which the form cannot see.
        if (teacher.isPresent() && coach.isPresent() && teacher.get().userKey().equals(coach.get().userKey())) {
            errors.add(FieldError.of(FormField.COACH, FormMessage.SAME_AS_TEACHER));
        }
        if (!errors.isEmpty()) {
            throw wizardInput.reject(errors);
        }
        String spaceKey = context.getSpaceKey();
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalStateException("The host gave the video coaching cycle blueprint no space key");
        }
        context.setTitle(titles.titleFor(messages.text(ConversationType.VIDEO_COACHING_CYCLE.nameKey()),
                teacher.get().displayName(), input.meeting().toLocalDate(), title -> spacePageTitles.exists(spaceKey, title)));
        page.variables(input, teacher.get(), coach.get()).forEach(context::put);
        context.put(CONVERSATION_TYPE_KEY, ConversationType.VIDEO_COACHING_CYCLE.id());
        context.put(TEACHER_USER_KEY, teacher.get().userKey());
        context.put(COACH_USER_KEY, coach.get().userKey());
        // The meeting is the conversation; the creation listener stores it and the next one under these dates.
        context.put(BlueprintFacts.CONVERSATION_DATE, input.meeting().toLocalDate().toString());
        input.nextConversationDate().ifPresent(next -> context.put(BlueprintFacts.NEXT_CONVERSATION_DATE, next.toString()));
        return context;
    }

    private static FieldError unknown(FormField field, UserReference reference) {
        return FieldError.of(field, FormMessage.USER, reference.value());
    }
}
