package org.coachingconversations.testing.blueprint;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.coachingconversations.domain.conversation.SpacePageTitles;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.UserDirectory;
import org.coachingconversations.testing.i18n.BundleI18nResolver;
import org.w3c.dom.Document;

/**
 * What a blueprint context provider reads besides the wizard's fields: the titles of the pages already in the space
 * and the users the directory knows. A test adds titles and users to change what the provider finds.
 */
public final class ContextProviderFixture {

    public static final BundleI18nResolver I18N = BundleI18nResolver.fromDescriptor();
    /** The create-content plugin's helper, which every provider passes to its super constructor. */
    public static final MacroTemplateRendererHelper TEMPLATE_RENDERER_HELPER = new MacroTemplateRendererHelper();
    public static final String SPACE = "LINCOLN";
    public static final KnownUser TERESA = new KnownUser("8a7f808a6a0f1c2d", "Teresa Morales");
    /** Typed into a field to show the page keeps it as text: a storage-format macro, a CDATA end, quotes and an ampersand. */
    public static final String HOSTILE = "<ac:structured-macro ac:name=\"html\"><ac:plain-text-body><![CDATA["
            + "<script>alert(1)</script>]]></ac:plain-text-body></ac:structured-macro> ]]> \"quoted\" & more";

    private final Set<String> spaceTitles = new HashSet<>();
    private final Map<String, KnownUser> users;

    /** @param users the users the directory knows, by the name the wizard sends */
    public ContextProviderFixture(Map<String, KnownUser> users) {
        this.users = new LinkedHashMap<>(users);
    }

    /** The titles of the pages in {@link #SPACE}; add one to make the provider look for another title. */
    public Set<String> spaceTitles() {
        return spaceTitles;
    }

    /** The users the directory knows, by the name the wizard sends; put or remove one to change what it finds. */
    public Map<String, KnownUser> users() {
        return users;
    }

    public SpacePageTitles pageTitles() {
        return (spaceKey, title) -> SPACE.equals(spaceKey) && spaceTitles.contains(title);
    }

    public UserDirectory directory() {
        return reference -> Optional.ofNullable(users.get(reference.value()));
    }

    /** The page the host makes of a content template and the context a provider filled. */
    public static Document page(Path template, RecordingBlueprintContext context) {
        return ContentTemplates.parse(storage(template, context));
    }

    /** The storage format the host makes of a content template and the context a provider filled. */
    public static String storage(Path template, RecordingBlueprintContext context) {
        return ContentTemplates.fill(ContentTemplates.read(template), context.getMap(), I18N);
    }
}
