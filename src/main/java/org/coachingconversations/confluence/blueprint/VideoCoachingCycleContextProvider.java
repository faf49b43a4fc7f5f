package org.coachingconversations.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.domain.conversation.SpacePageTitles;
import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.form.VideoCoachingCycleForm;
import org.coachingconversations.domain.form.VideoCoachingCycleInput;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.people.UserDirectory;

/** The video coaching cycle page (seed 004): teacher and coach, titled by the meeting's day. */
public class VideoCoachingCycleContextProvider extends CoachingBlueprintContextProvider<VideoCoachingCycleInput> {

    /** Facts for whoever listens to the page's creation (the event carries this context); same keys for every type. */
    public static final String CONVERSATION_TYPE_KEY = BlueprintFacts.CONVERSATION_TYPE;
    public static final String TEACHER_USER_KEY = BlueprintFacts.TEACHER_USER_KEY;
    public static final String COACH_USER_KEY = BlueprintFacts.COACH_USER_KEY;

    private final VideoCoachingCyclePage page;

    public VideoCoachingCycleContextProvider(I18nResolver i18nResolver, SpacePageTitles spacePageTitles,
            UserDirectory users, TemplateRendererHelper templateRendererHelper) {
        super(new VideoCoachingCycleForm(), "video coaching cycle", i18nResolver, spacePageTitles, users,
                templateRendererHelper);
        this.page = new VideoCoachingCyclePage(new GuideCatalogue(), messages());
    }

    @Override
    protected Optional<UserField> partner(VideoCoachingCycleInput input) {
        return Optional.of(new UserField(FormField.COACH, input.coach()));
    }

    @Override
    protected String titlePeriod(VideoCoachingCycleInput input) {
        return input.meeting().toLocalDate().toString();
    }

    @Override
    protected Map<String, String> variables(VideoCoachingCycleInput input, Participants people, String spaceKey) {
        return page.variables(input, people.teacher(), people.partner());
    }

    @Override
    protected Map<String, String> facts(VideoCoachingCycleInput input, Participants people) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(COACH_USER_KEY, people.partner().userKey());
        // The meeting is the conversation; the creation listener stores it and the next one under these dates.
        facts.put(BlueprintFacts.CONVERSATION_DATE, input.meeting().toLocalDate().toString());
        input.nextConversationDate().ifPresent(next -> facts.put(BlueprintFacts.NEXT_CONVERSATION_DATE, next.toString()));
        return facts;
    }
}
