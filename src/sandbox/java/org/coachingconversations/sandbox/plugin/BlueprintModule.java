package org.coachingconversations.sandbox.plugin;

import com.atlassian.plugin.web.ContextProvider;

import java.util.List;

/**
 * A blueprint as the create dialog offers it: its {@code web-item} in {@code system.create.dialog/content}, the
 * {@code blueprint} module with its wizard pages, and the {@code content-template} with its context provider.
 *
 * @param contextProvider null when the content template has none
 */
public record BlueprintModule(String webItemKey, String nameKey, String descriptionKey, boolean hasIcon,
                              String blueprintKey, String createResult, List<DialogPage> dialogPages,
                              String contentTemplateKey, String templateLocation, ContextProvider contextProvider) {

    /** A {@code dialog-page} of the blueprint's {@code dialog-wizard}. */
    public record DialogPage(String id, String templateKey, String titleKey, String descriptionHeaderKey,
                             String descriptionContentKey) {
    }

    /** {@code create-result="view"}: the page is saved at once; otherwise the editor opens with it. */
    public boolean createsDirectly() {
        return "view".equals(createResult);
    }
}
