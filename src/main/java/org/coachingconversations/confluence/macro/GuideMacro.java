package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideRequest;
import org.coachingconversations.domain.guide.GuideSelection;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Shows one of the five seed guides, whole or in part ({@code coaching-guide}). Parameters: {@code guide},
 * {@code section}, and for the post-conferencing protocol {@code role}, {@code phase} and {@code observationType};
 * the catalogue judges them ({@link GuideCatalogue#select}), and a request it refuses renders an in-page message.
 */
public class GuideMacro implements Macro {

    static final String TEMPLATE = "guide/guide.vm";
    static final String ERROR_TITLE_KEY = "coaching.guide.macro.error.title";
    private static final String PARAMETER_LABEL_PREFIX = "coaching.guide.macro.parameter.";

    private final MacroTemplates templates;
    private final I18nResolver i18n;
    private final SpaceSettingsStore spaceSettings;
    private final GuideCatalogue catalogue;

    public GuideMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, SpaceSettingsStore spaceSettings) {
        this(templateRenderer, i18nResolver, spaceSettings, new GuideCatalogue());
    }

    GuideMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, SpaceSettingsStore spaceSettings,
               GuideCatalogue catalogue) {
        this.templates = new MacroTemplates(templateRenderer);
        this.i18n = i18nResolver;
        this.spaceSettings = spaceSettings;
        this.catalogue = catalogue;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        GuideSelection selection = catalogue.select(new GuideRequest(params.get(GuideRequest.GUIDE),
                params.get(GuideRequest.SECTION), params.get(GuideRequest.ROLE), params.get(GuideRequest.PHASE),
                params.get(GuideRequest.OBSERVATION_TYPE)));
        if (selection instanceof GuideSelection.Refused refused) {
            return templates.renderError(new GuideProblemMessages(i18n,
                    parameter -> i18n.getText(PARAMETER_LABEL_PREFIX + parameter))
                    .error(ERROR_TITLE_KEY, refused.problems()));
        }
        GuideTexts texts = new GuideTexts(i18n, rubricName(context));
        return templates.render(TEMPLATE, "view", new GuideViews(texts).view((GuideSelection.Shown) selection));
    }

    /** The rubric the page's space names; the default rubric name outside a space. */
    private Supplier<String> rubricName(ConversionContext context) {
        return () -> {
            ContentEntityObject entity = context == null ? null : context.getEntity();
            if (entity instanceof SpaceContentEntityObject content && content.getSpaceKey() != null) {
                return spaceSettings.get(content.getSpaceKey()).rubricName();
            }
            return SpaceSettings.DEFAULT_RUBRIC_NAME;
        };
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
