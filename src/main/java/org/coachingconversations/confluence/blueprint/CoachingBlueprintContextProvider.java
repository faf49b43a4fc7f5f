package org.coachingconversations.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;

/**
 * What the four blueprints' context providers share: the facts a creation listener reads ({@link BlueprintFacts}) are
 * exactly those the provider wrote. The create dialog submits the wizard's fields into the very map the provider fills
 * and the listener later reads, and a request can name any field it likes; so before a type fills the context, every
 * value that arrived under any key of the facts' namespace is removed, whether or not that type writes such a fact.
 */
public abstract class CoachingBlueprintContextProvider extends AbstractBlueprintContextProvider {

    protected CoachingBlueprintContextProvider(TemplateRendererHelper templateRendererHelper) {
        super(templateRendererHelper);
    }

    @Override
    protected final BlueprintContext updateBlueprintContext(BlueprintContext context) {
        BlueprintFacts.removeIncoming(context.getMap());
        return fill(context);
    }

    /**
     * Checks the wizard's input and puts the content template's variables, the title and the page's facts into the
     * context. No incoming value is left under a fact key when this is called.
     *
     * @throws WizardInputRejectedException when the input is not valid, before anything is created
     */
    protected abstract BlueprintContext fill(BlueprintContext context);
}
