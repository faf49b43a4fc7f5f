package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.coachingconversations.domain.guide.ConversationQualitiesGuide;
import org.coachingconversations.domain.guide.ConversationQuality;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Shows the seven qualities of a good professional conversation (seed 001), or one of them.
 * Parameters: {@code quality} (one quality's id; all seven when absent) and {@code showIntroduction}.
 */
public class ConversationQualitiesMacro implements Macro {

    static final String TEMPLATE = "quality/conversation-qualities.vm";
    static final String PARAM_QUALITY = "quality";
    static final String PARAM_SHOW_INTRODUCTION = "showIntroduction";

    private final MacroTemplates templates;
    private final I18nResolver i18n;

    public ConversationQualitiesMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver) {
        this.templates = new MacroTemplates(templateRenderer);
        this.i18n = i18nResolver;
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        String requested = params.get(PARAM_QUALITY);
        Optional<List<ConversationQuality>> selection = ConversationQualitiesGuide.select(requested);
        if (selection.isEmpty()) {
            return templates.renderError(new MacroErrorView(
                    i18n.getText("coaching.quality.macro.error.title"),
                    i18n.getText("coaching.quality.macro.error.unknown-quality", requested, knownIds())));
        }
        Optional<Boolean> showIntroduction = parseBoolean(params.get(PARAM_SHOW_INTRODUCTION), true);
        if (showIntroduction.isEmpty()) {
            return templates.renderError(new MacroErrorView(
                    i18n.getText("coaching.quality.macro.error.title"),
                    i18n.getText("coaching.quality.macro.error.show-introduction",
                            params.get(PARAM_SHOW_INTRODUCTION))));
        }
        return templates.render(TEMPLATE, "view", toView(selection.get(), showIntroduction.get()));
    }

    private ConversationQualitiesView toView(List<ConversationQuality> qualities, boolean showIntroduction) {
        List<QualityView> views = qualities.stream()
                .map(quality -> new QualityView(quality.id(),
                        i18n.getText(quality.statementKey()),
                        i18n.getText(quality.termKey()),
                        i18n.getText(quality.explanationKey())))
                .collect(Collectors.toList());
        return new ConversationQualitiesView(
                i18n.getText(ConversationQualitiesGuide.TITLE_KEY),
                i18n.getText(ConversationQualitiesGuide.PURPOSE_KEY),
                i18n.getText(ConversationQualitiesGuide.INTRODUCTION_KEY),
                i18n.getText(ConversationQualitiesGuide.LIST_INTRODUCTION_KEY),
                i18n.getText(ConversationQualitiesGuide.LISTEN_IN_KEY),
                showIntroduction,
                views);
    }

    private static String knownIds() {
        return Arrays.stream(ConversationQuality.values()).map(ConversationQuality::id)
                .collect(Collectors.joining(", "));
    }

    /** Empty when the value is neither blank nor a boolean. */
    private static Optional<Boolean> parseBoolean(String value, boolean whenBlank) {
        if (value == null || value.isBlank()) {
            return Optional.of(whenBlank);
        }
        String trimmed = value.trim();
        if (trimmed.equalsIgnoreCase("true")) {
            return Optional.of(Boolean.TRUE);
        }
        if (trimmed.equalsIgnoreCase("false")) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
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
