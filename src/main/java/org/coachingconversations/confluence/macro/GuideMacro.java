package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.message.LocaleResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideRequest;
import org.coachingconversations.domain.guide.GuideSelection;
import org.coachingconversations.domain.settings.SpaceSettings;
import org.coachingconversations.domain.settings.SpaceSettingsStore;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Shows one of the five seed guides, whole or in part ({@code coaching-guide}). Parameters: {@code guide},
 * {@code section}, and for the post-conferencing protocol {@code role}, {@code phase} and {@code observationType};
 * the catalogue judges them ({@link GuideCatalogue#select}), and a request it refuses renders an in-page message.
 * A shown guide is rendered once per reader language, selection and rubric name and then read from
 * {@link RenderedGuides}; messages for refused parameters are rendered each time.
 */
public class GuideMacro implements Macro {

    static final String TEMPLATE = "guide/guide.vm";
    static final String ERROR_TITLE_KEY = "coaching.guide.macro.error.title";
    private static final String PARAMETER_LABEL_PREFIX = "coaching.guide.macro.parameter.";

    private final MacroTemplates templates;
    private final I18nResolver i18n;
    private final LocaleResolver localeResolver;
    private final SpaceSettingsStore spaceSettings;
    private final GuideCatalogue catalogue;
    private final RenderedGuides rendered;

    public GuideMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, LocaleResolver localeResolver,
                      SpaceSettingsStore spaceSettings) {
        this(templateRenderer, i18nResolver, localeResolver, spaceSettings, new GuideCatalogue(), new RenderedGuides());
    }

    GuideMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, LocaleResolver localeResolver,
               SpaceSettingsStore spaceSettings, GuideCatalogue catalogue, RenderedGuides rendered) {
        this.templates = new MacroTemplates(templateRenderer);
        this.i18n = i18nResolver;
        this.localeResolver = localeResolver;
        this.spaceSettings = spaceSettings;
        this.catalogue = catalogue;
        this.rendered = rendered;
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
        GuideSelection.Shown shown = (GuideSelection.Shown) selection;
        // The host's I18nResolver translates into the same language: the current user's.
        Locale locale = localeResolver.getLocale();
        RenderedGuides.Selection normalized = RenderedGuides.Selection.of(shown);
        Rubric rubric = new Rubric(context);
        Optional<Boolean> showsRubric = rendered.showsRubric(normalized);
        if (showsRubric.isPresent()) {
            Optional<String> page = rendered.page(
                    new RenderedGuides.Key(locale, normalized, showsRubric.get() ? rubric.get() : null));
            if (page.isPresent()) {
                return page.get();
            }
        }
        String page = templates.render(TEMPLATE, "view", new GuideViews(new GuideTexts(i18n, rubric)).view(shown));
        rendered.keep(new RenderedGuides.Key(locale, normalized, rubric.nameIfRead()), rubric.wasRead(), page);
        return page;
    }

    /**
     * The rubric the page's space names, the default rubric name outside a space; read once, and only when a shown
     * text needs it, so that a guide without it costs no settings lookup and its page is shared by every space.
     */
    private final class Rubric implements Supplier<String> {

        private final ConversionContext context;
        private boolean read;
        private String name;

        Rubric(ConversionContext context) {
            this.context = context;
        }

        boolean wasRead() {
            return read;
        }

        String nameIfRead() {
            return read ? name : null;
        }

        @Override
        public String get() {
            if (!read) {
                name = lookUp();
                read = true;
            }
            return name;
        }

        private String lookUp() {
            ContentEntityObject entity = context == null ? null : context.getEntity();
            if (entity instanceof SpaceContentEntityObject content && content.getSpaceKey() != null) {
                return spaceSettings.get(content.getSpaceKey()).rubricName();
            }
            return SpaceSettings.DEFAULT_RUBRIC_NAME;
        }
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
