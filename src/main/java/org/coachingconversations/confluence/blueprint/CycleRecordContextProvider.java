package org.coachingconversations.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.message.I18nResolver;
import org.coachingconversations.domain.conversation.ConversationPageTitles;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.SpacePageTitles;
import org.coachingconversations.domain.form.CycleRecordForm;
import org.coachingconversations.domain.form.CycleRecordInput;
import org.coachingconversations.domain.form.FieldError;
import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.form.FormMessage;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.UserDirectory;
import org.coachingconversations.domain.people.UserReference;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills the post-conference Cycle Record page (seed 003) from its wizard: checks the input with the domain form again
 * on the server, resolves teacher and observer, reads the space's calendar, windows and rubric, picks a title no page
 * of the space has, and hands the content template its variables. Invalid input is refused with
 * {@link WizardInputRejectedException} before the host creates anything.
 */
public class CycleRecordContextProvider extends CoachingBlueprintContextProvider {

    /** Facts for whoever listens to the page's creation (the event carries this context). */
    public static final String CONVERSATION_TYPE_KEY = BlueprintFacts.CONVERSATION_TYPE;
    public static final String TEACHER_USER_KEY = BlueprintFacts.TEACHER_USER_KEY;
    public static final String OBSERVER_USER_KEY = BlueprintFacts.OBSERVER_USER_KEY;
    /** Dates as yyyy-MM-dd; the observation type by its id (full, focused, short). */
    public static final String OBSERVATION_DATE_KEY = BlueprintFacts.OBSERVATION_DATE;
    public static final String OBSERVATION_TYPE_KEY = BlueprintFacts.OBSERVATION_TYPE;
    public static final String CONFERENCE_DATE_KEY = BlueprintFacts.CONFERENCE_DATE;

    private final BlueprintMessages messages;
    private final WizardInput wizardInput;
    private final SpacePageTitles spacePageTitles;
    private final UserDirectory users;
    private final SpaceSettingsStore spaceSettings;
    private final CycleRecordPage page;
    private final ConversationPageTitles titles = new ConversationPageTitles();

    public CycleRecordContextProvider(I18nResolver i18nResolver, SpacePageTitles spacePageTitles, UserDirectory users,
            SpaceSettingsStore spaceSettings, TemplateRendererHelper templateRendererHelper) {
        super(templateRendererHelper);
        this.messages = new BlueprintMessages(i18nResolver);
        this.wizardInput = new WizardInput(messages);
        this.spacePageTitles = Objects.requireNonNull(spacePageTitles, "spacePageTitles");
        this.users = Objects.requireNonNull(users, "users");
        this.spaceSettings = Objects.requireNonNull(spaceSettings, "spaceSettings");
        this.page = new CycleRecordPage(new GuideCatalogue(), messages);
    }

    @Override
    protected BlueprintContext fill(BlueprintContext context) {
        CycleRecordInput input = wizardInput.validate(new CycleRecordForm(), context.getMap());
        Optional<KnownUser> teacher = users.find(input.teacher());
        Optional<KnownUser> observer = users.find(input.observer());
        List<FieldError> unknown = new ArrayList<>();
        teacher.ifPresentOrElse(found -> { }, () -> unknown.add(unknownUser(FormField.TEACHER, input.teacher())));
        observer.ifPresentOrElse(found -> { }, () -> unknown.add(unknownUser(FormField.OBSERVER, input.observer())));
        if (!unknown.isEmpty()) {
            throw wizardInput.reject(unknown);
        }
        // A user name and a user key can name the same person; the form could only compare what was typed.
        if (teacher.get().userKey().equals(observer.get().userKey())) {
            throw wizardInput.reject(List.of(FieldError.of(FormField.OBSERVER, FormMessage.SAME_AS_TEACHER)));
        }
        String spaceKey = context.getSpaceKey();
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalStateException("The host gave the Cycle Record blueprint no space key");
        }
        SpaceSettings settings = spaceSettings.get(spaceKey);
        context.setTitle(titles.titleFor(messages.text(ConversationType.CYCLE_RECORD.nameKey()),
                teacher.get().displayName(), input.observationDate(), title -> spacePageTitles.exists(spaceKey, title)));
        page.variables(input, teacher.get(), observer.get(), settings).forEach(context::put);
        context.put(CONVERSATION_TYPE_KEY, ConversationType.CYCLE_RECORD.id());
        context.put(TEACHER_USER_KEY, teacher.get().userKey());
        context.put(OBSERVER_USER_KEY, observer.get().userKey());
        context.put(OBSERVATION_DATE_KEY, input.observationDate().toString());
        context.put(OBSERVATION_TYPE_KEY, input.observationType().id());
        context.put(CONFERENCE_DATE_KEY, input.conferenceDate().toString());
        return context;
    }

    private static FieldError unknownUser(FormField field, UserReference reference) {
        return FieldError.of(field, FormMessage.USER, reference.value());
    }
}
