package org.coachingconversations.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.conversation.SpacePageTitles;
import org.coachingconversations.domain.form.CycleRecordForm;
import org.coachingconversations.domain.form.CycleRecordInput;
import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.people.UserDirectory;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

/**
 * The post-conference Cycle Record page (seed 003): teacher and observer, titled by the observation date; the page
 * follows the space's calendar, windows and rubric.
 */
public class CycleRecordContextProvider extends CoachingBlueprintContextProvider<CycleRecordInput> {

    /** Facts for whoever listens to the page's creation (the event carries this context). */
    public static final String CONVERSATION_TYPE_KEY = BlueprintFacts.CONVERSATION_TYPE;
    public static final String TEACHER_USER_KEY = BlueprintFacts.TEACHER_USER_KEY;
    public static final String OBSERVER_USER_KEY = BlueprintFacts.OBSERVER_USER_KEY;
    /** Dates as yyyy-MM-dd; the observation type by its id (full, focused, short). */
    public static final String OBSERVATION_DATE_KEY = BlueprintFacts.OBSERVATION_DATE;
    public static final String OBSERVATION_TYPE_KEY = BlueprintFacts.OBSERVATION_TYPE;
    public static final String CONFERENCE_DATE_KEY = BlueprintFacts.CONFERENCE_DATE;

    private final SpaceSettingsStore spaceSettings;
    private final CycleRecordPage page;

    public CycleRecordContextProvider(I18nResolver i18nResolver, SpacePageTitles spacePageTitles, UserDirectory users,
            SpaceSettingsStore spaceSettings, TemplateRendererHelper templateRendererHelper) {
        super(new CycleRecordForm(), "Cycle Record", i18nResolver, spacePageTitles, users, templateRendererHelper);
        this.spaceSettings = Objects.requireNonNull(spaceSettings, "spaceSettings");
        this.page = new CycleRecordPage(new GuideCatalogue(), messages());
    }

    @Override
    protected Optional<UserField> partner(CycleRecordInput input) {
        return Optional.of(new UserField(FormField.OBSERVER, input.observer()));
    }

    @Override
    protected String titlePeriod(CycleRecordInput input) {
        return input.observationDate().toString();
    }

    @Override
    protected Map<String, String> variables(CycleRecordInput input, Participants people, String spaceKey) {
        return page.variables(input, people.teacher(), people.partner(), spaceSettings.get(spaceKey));
    }

    @Override
    protected Map<String, String> facts(CycleRecordInput input, Participants people) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put(OBSERVER_USER_KEY, people.partner().userKey());
        facts.put(OBSERVATION_DATE_KEY, input.observationDate().toString());
        facts.put(OBSERVATION_TYPE_KEY, input.observationType().id());
        facts.put(CONFERENCE_DATE_KEY, input.conferenceDate().toString());
        return facts;
    }
}
