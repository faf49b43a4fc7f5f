package org.coachingconversations.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.core.ContentEntityObject;
import com.atlassian.confluence.core.SpaceContentEntityObject;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.templaterenderer.TemplateRenderer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.coachingconversations.confluence.dashboard.FollowUpDashboardViews;
import org.coachingconversations.domain.dashboard.DashboardSection;
import org.coachingconversations.platform.SiteLinks;

/**
 * {@code coaching-follow-up-dashboard}: the follow-up dashboard of one or more spaces on any page. It renders the
 * frame; the page's script reads each space's lists through the REST API as the viewer, so the macro shows exactly
 * what the space page and the API show that viewer: rows only from pages the viewer may view, and a space the viewer
 * may not view is "not found". Parameters: {@code spaces} (keys separated by commas; empty for the page's space),
 * {@code horizon} (days back that lists start at), {@code teacher} or {@code coach} (user names), {@code sections}
 * (list ids). A bad parameter is named in an in-page message.
 */
public class FollowUpDashboardMacro implements Macro {

    static final String TEMPLATE = "dashboard/follow-up-dashboard.vm";
    static final int MAX_SPACES = 20;
    static final int MAX_HORIZON_DAYS = 365;
    private static final String PREFIX = "coaching.dashboard.";
    private static final String MESSAGES = "coaching.messages.dashboard.macro.";

    private final MacroTemplates templates;
    private final I18nResolver i18n;
    private final SiteLinks links;
    private final FollowUpDashboardViews views;

    public FollowUpDashboardMacro(TemplateRenderer templateRenderer, I18nResolver i18nResolver,
            ApplicationProperties applicationProperties) {
        this.templates = new MacroTemplates(templateRenderer);
        this.i18n = i18nResolver;
        this.links = new SiteLinks(applicationProperties);
        this.views = new FollowUpDashboardViews(i18nResolver);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context)
            throws MacroExecutionException {
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        try {
            List<String> spaces = spaces(given.get("spaces"), context);
            String horizon = horizon(given.get("horizon"));
            String sections = sections(given.get("sections"));
            return templates.render(TEMPLATE, "view", views.view(links.baseUrl(), i18n.getText(PREFIX + "title"),
                    spaces, trimmed(given.get("teacher")), trimmed(given.get("coach")), horizon, sections, false));
        } catch (BadParameter e) {
            return templates.renderError(new MacroErrorView(i18n.getText(PREFIX + "title"),
                    i18n.getText(PREFIX + "macro.bad-parameter", e.getMessage())));
        }
    }

    private List<String> spaces(String value, ConversionContext context) {
        List<String> keys = new ArrayList<>();
        if (value != null) {
            for (String key : value.split(",")) {
                String trimmed = key.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (!trimmed.matches("[A-Za-z0-9_~-]{1,255}")) {
                    throw new BadParameter(i18n.getText(MESSAGES + "not-a-space-key", trimmed));
                }
                if (!keys.contains(trimmed)) {
                    keys.add(trimmed);
                }
            }
        }
        if (keys.isEmpty()) {
            ContentEntityObject page = context == null ? null : context.getEntity();
            Optional.ofNullable(page instanceof SpaceContentEntityObject content ? content.getSpaceKey() : null)
                    .ifPresent(keys::add);
        }
        if (keys.isEmpty()) {
            throw new BadParameter(i18n.getText(PREFIX + "macro.no-space"));
        }
        if (keys.size() > MAX_SPACES) {
            throw new BadParameter(i18n.getText(MESSAGES + "too-many-spaces", String.valueOf(MAX_SPACES)));
        }
        return keys;
    }

    private String horizon(String value) {
        String trimmed = trimmed(value);
        if (trimmed.isEmpty()) {
            return "";
        }
        try {
            int days = Integer.parseInt(trimmed);
            if (days >= 1 && days <= MAX_HORIZON_DAYS) {
                return Integer.toString(days);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadParameter(i18n.getText(PREFIX + "macro.bad-horizon"));
    }

    private String sections(String value) {
        List<String> ids = new ArrayList<>();
        for (String id : trimmed(value).split(",")) {
            String trimmed = id.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            if (DashboardSection.byId(trimmed).isEmpty()) {
                throw new BadParameter(i18n.getText(PREFIX + "macro.bad-section", trimmed) + " "
                        + Arrays.stream(DashboardSection.values()).map(DashboardSection::id).toList());
            }
            ids.add(trimmed);
        }
        return String.join(",", ids);
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }

    private static final class BadParameter extends RuntimeException {

        BadParameter(String message) {
            super(message);
        }
    }
}
