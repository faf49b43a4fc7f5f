package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.application.sps.ShowSpsResults;
import org.coachingconversations.application.sps.SpsResults;
import org.coachingconversations.domain.access.PagePermissions;
import org.coachingconversations.domain.attachment.PageAttachments;
import org.coachingconversations.domain.settings.SpaceSettingsStore;
import org.coachingconversations.domain.sps.SpsAnalysisResult;

/**
 * The Student Perception Survey results of the page it is on (seed 000, "Dig into the data"), from a CSV export
 * attached to that page: per element a table and a bar chart of its items against the school and district averages,
 * the items most often answered with the top and bottom option, the items above and below each average, subgroups,
 * and the rows left out for too few responses. Parameter {@code attachment}: the export's file name; the newest
 * {@code .csv} attachment when empty. Only the page being rendered is read, and only for a viewer who may view it.
 */
public class SpsResultsMacro implements Macro {

    static final String RESULTS_TEMPLATE = "sps/sps-results.vm";
    static final String NOTICE_TEMPLATE = "sps/sps-notice.vm";
    static final String PARAM_ATTACHMENT = "attachment";

    private final MacroTemplates templates;
    private final UserManager userManager;
    private final ShowSpsResults results;
    private final SpsResultsPresenter presenter;

    public SpsResultsMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver, UserManager userManager,
            PageAttachments attachments, SpaceSettingsStore settings, PagePermissions pagePermissions) {
        this.templates = new MacroTemplates(templateRenderer);
        this.userManager = userManager;
        this.results = new ShowSpsResults(attachments, settings, pagePermissions);
        this.presenter = new SpsResultsPresenter(i18nResolver);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        ContentEntityObject entity = context == null ? null : context.getEntity();
        if (!(entity instanceof SpaceContentEntityObject page) || page.getId() <= 0) {
            return notice(presenter.notice("info", "not-on-page"));
        }
        Optional<String> viewer = Optional.ofNullable(userManager.getRemoteUserKey()).map(UserKey::getStringValue);
        Optional<String> fileName = Optional.ofNullable(parameters == null ? null : parameters.get(PARAM_ATTACHMENT))
                .map(String::strip).filter(name -> !name.isEmpty());
        SpsResults outcome = results.forViewer(page.getId(), page.getSpaceKey(), viewer, fileName);
        if (outcome instanceof SpsResults.Read read) {
            if (read.result() instanceof SpsAnalysisResult.Analysed analysed) {
                return templates.render(RESULTS_TEMPLATE, "view", presenter.results(read.fileName(), analysed.analysis()));
            }
            return notice(presenter.problems(read.fileName(), ((SpsAnalysisResult.Rejected) read.result()).errors()));
        }
        return notice(notice(outcome));
    }

    private SpsNoticeView notice(SpsResults outcome) {
        if (outcome instanceof SpsResults.Missing missing) {
            return presenter.notice("warning", "missing", missing.fileName());
        }
        if (outcome instanceof SpsResults.TooLarge tooLarge) {
            return presenter.notice("error", "too-large", tooLarge.fileName(), megabytes(tooLarge.bytes()),
                    megabytes(tooLarge.limitBytes()));
        }
        if (outcome instanceof SpsResults.Unreadable unreadable) {
            return presenter.notice("error", "unreadable", unreadable.fileName());
        }
        if (outcome instanceof SpsResults.NoExport) {
            return presenter.notice("info", "no-export");
        }
        return presenter.notice("info", "not-available");
    }

    private String notice(SpsNoticeView view) throws MacroExecutionException {
        return templates.render(NOTICE_TEMPLATE, "view", view);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ENGLISH, "%.1f MB", bytes / (1024.0 * 1024.0));
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
