package org.coachingconversations.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.Map;
import org.coachingconversations.domain.conversation.SpacePageTitles;
import org.coachingconversations.domain.form.SpsReflectionForm;
import org.coachingconversations.domain.form.SpsReflectionInput;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.people.UserDirectory;

/** The SPS reflection page (seed 000): the teacher alone, titled by the survey period. */
public class SpsReflectionContextProvider extends CoachingBlueprintContextProvider<SpsReflectionInput> {

    /** Facts for whoever listens to the page's creation (the event carries this context); see {@link BlueprintFacts}. */
    public static final String CONVERSATION_TYPE_KEY = BlueprintFacts.CONVERSATION_TYPE;
    public static final String TEACHER_USER_KEY = BlueprintFacts.TEACHER_USER_KEY;

    private final SpsReflectionPage page;

    public SpsReflectionContextProvider(I18nResolver i18nResolver, SpacePageTitles spacePageTitles, UserDirectory users,
            TemplateRendererHelper templateRendererHelper) {
        super(new SpsReflectionForm(), "SPS reflection", i18nResolver, spacePageTitles, users, templateRendererHelper);
        this.page = new SpsReflectionPage(new GuideCatalogue(), messages());
    }

    @Override
    protected String titlePeriod(SpsReflectionInput input) {
        return input.surveyPeriod();
    }

    @Override
    protected Map<String, String> variables(SpsReflectionInput input, Participants people, String spaceKey) {
        return page.variables(input, people.teacher());
    }

    @Override
    protected Map<String, String> facts(SpsReflectionInput input, Participants people) {
        return Map.of();
    }
}
