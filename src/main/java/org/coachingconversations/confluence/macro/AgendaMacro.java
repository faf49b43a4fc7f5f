package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.domain.guide.AgendaRequest;
import org.coachingconversations.domain.guide.AgendaStep;
import org.coachingconversations.domain.guide.GuideCatalogue;
import org.coachingconversations.domain.guide.GuideSection;
import org.coachingconversations.domain.guide.GuideText;
import org.coachingconversations.domain.guide.MqiAgenda;
import org.coachingconversations.domain.guide.MqiGuide;

import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The 60-minute MQI coaching conversation as a meeting agenda ({@code coaching-agenda}): its nine time boxes, as clock
 * times when {@code start} ({@code HH:mm}) is given, and a team's note per step ({@code note1} … {@code note9}).
 */
public class AgendaMacro implements Macro {

    static final String TEMPLATE = "guide/agenda.vm";
    static final String ERROR_TITLE_KEY = "coaching.agenda.macro.error.title";
    private static final String PREFIX = "coaching.agenda.macro.";

    private final MacroTemplates templates;
    private final I18nResolver i18n;
    private final GuideSection agenda;
    private final ReaderDates dates;

    public AgendaMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, ReaderDates dates) {
        this.templates = new MacroTemplates(templateRenderer);
        this.dates = dates;
        this.i18n = i18nResolver;
        this.agenda = new GuideCatalogue().section(MqiGuide.AGENDA).orElseThrow();
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, String> params = parameters == null ? Map.of() : parameters;
        Map<String, String> notes = new HashMap<>();
        for (AgendaStep step : MqiAgenda.steps()) {
            String name = AgendaRequest.noteParameter(step);
            if (params.get(name) != null) {
                notes.put(name, params.get(name));
            }
        }
        MqiAgenda.Plan plan = MqiAgenda.plan(new AgendaRequest(params.get(AgendaRequest.START), notes));
        if (plan instanceof MqiAgenda.Refused refused) {
            return templates.renderError(new GuideProblemMessages(i18n, this::parameterLabel)
                    .error(ERROR_TITLE_KEY, refused.problems()));
        }
        return templates.render(TEMPLATE, "view", view((MqiAgenda.Planned) plan));
    }

    private String parameterLabel(String parameter) {
        if (parameter.equals(AgendaRequest.START)) {
            return i18n.getText(PREFIX + "parameter.start");
        }
        return i18n.getText(PREFIX + "parameter.note", parameter.substring("note".length()));
    }

    AgendaView view(MqiAgenda.Planned plan) {
        String goalLabel = text(agenda.label("goal"));
        String optionalLabel = text(agenda.label("optional"));
        GuideText minutes = agenda.label("minutes").orElseThrow();
        List<AgendaRowView> rows = plan.rows().stream().map(row -> new AgendaRowView(
                row.step().number(), row.step().id(), i18n.getText(row.step().title().key()),
                row.step().optional() ? optionalLabel : "", goalLabel,
                row.step().goals().stream().map(goal -> i18n.getText(goal.key())).toList(),
                i18n.getText(minutes.key(), row.step().minutes()),
                row.from().map(from -> clock(from, row.to().orElseThrow())).orElse(""),
                row.note().orElse(""))).toList();
        String total = plan.start().map(start -> clock(start, plan.end().orElseThrow()))
                .orElseGet(() -> i18n.getText(minutes.key(), plan.totalMinutes()));
        return new AgendaView(text(agenda.title()), i18n.getText(PREFIX + "column.step"),
                i18n.getText(PREFIX + "column.time"), i18n.getText(PREFIX + "column.note"), plan.start().isPresent(),
                rows, i18n.getText(PREFIX + "total"), total);
    }

    private String clock(LocalTime from, LocalTime to) {
        return i18n.getText(PREFIX + "clock", dates.time(from), dates.time(to));
    }

    private String text(Optional<GuideText> text) {
        return i18n.getText(text.orElseThrow().key());
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
