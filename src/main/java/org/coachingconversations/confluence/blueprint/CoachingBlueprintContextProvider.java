package org.coachingconversations.confluence.blueprint;

import com.atlassian.confluence.plugins.createcontent.TemplateRendererHelper;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.AbstractBlueprintContextProvider;
import com.atlassian.confluence.plugins.createcontent.api.contextproviders.BlueprintContext;
import com.atlassian.sal.api.message.I18nResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.coachingconversations.domain.conversation.ConversationPageTitles;
import org.coachingconversations.domain.conversation.ConversationType;
import org.coachingconversations.domain.conversation.SpacePageTitles;
import org.coachingconversations.domain.form.ConversationForm;
import org.coachingconversations.domain.form.ConversationInput;
import org.coachingconversations.domain.form.FieldError;
import org.coachingconversations.domain.form.FormField;
import org.coachingconversations.domain.form.FormMessage;
import org.coachingconversations.domain.people.KnownUser;
import org.coachingconversations.domain.people.UserDirectory;
import org.coachingconversations.domain.people.UserReference;

/**
 * The one fill sequence of the four blueprints' context providers; each type configures only its form, the person it
 * names besides the teacher, what its title is dated by, its page's variables and its own facts.
 * <p>
 * The sequence: remove every incoming value under a fact key, check the wizard's input with the type's domain form
 * again on the server, resolve the teacher (and the partner), refuse unknown users and a partner who is the teacher,
 * pick a title no page of the space has, and put the content template's variables and the page's facts
 * ({@link BlueprintFacts}) into the context. Invalid input is refused with {@link WizardInputRejectedException} before
 * the host creates anything.
 * <p>
 * The facts a creation listener reads are exactly those the provider wrote: the create dialog submits the wizard's
 * fields into the very map the provider fills and the listener later reads, and a request can name any field it
 * likes; so before anything else, every value that arrived under any key of the facts' namespace is removed, whether
 * or not that type writes such a fact.
 *
 * @param <T> the type's validated input
 */
public abstract class CoachingBlueprintContextProvider<T extends ConversationInput> extends AbstractBlueprintContextProvider {

    private final ConversationForm<T> form;
    private final String blueprintName;
    private final BlueprintMessages messages;
    private final WizardInput wizardInput;
    private final SpacePageTitles spacePageTitles;
    private final UserDirectory users;
    private final ConversationPageTitles titles = new ConversationPageTitles();

    /** @param blueprintName how a host error names the blueprint */
    protected CoachingBlueprintContextProvider(ConversationForm<T> form, String blueprintName, I18nResolver i18nResolver,
            SpacePageTitles spacePageTitles, UserDirectory users, TemplateRendererHelper templateRendererHelper) {
        super(templateRendererHelper);
        this.form = Objects.requireNonNull(form, "form");
        this.blueprintName = Objects.requireNonNull(blueprintName, "blueprintName");
        this.messages = new BlueprintMessages(i18nResolver);
        this.wizardInput = new WizardInput(messages);
        this.spacePageTitles = Objects.requireNonNull(spacePageTitles, "spacePageTitles");
        this.users = Objects.requireNonNull(users, "users");
    }

    @Override
    protected final BlueprintContext updateBlueprintContext(BlueprintContext context) {
        BlueprintFacts.removeIncoming(context.getMap());
        T input = wizardInput.validate(form, context.getMap());
        Participants people = resolve(input);
        String spaceKey = context.getSpaceKey();
        if (spaceKey == null || spaceKey.isBlank()) {
            throw new IllegalStateException("The host gave the " + blueprintName + " blueprint no space key");
        }
        ConversationType type = form.type();
        Map<String, String> variables = variables(input, people, spaceKey);
        context.setTitle(titles.titleFor(messages.text(type.nameKey()), people.teacher().displayName(),
                titlePeriod(input), title -> spacePageTitles.exists(spaceKey, title)));
        variables.forEach(context::put);
        context.put(BlueprintFacts.CONVERSATION_TYPE, type.id());
        context.put(BlueprintFacts.TEACHER_USER_KEY, people.teacher().userKey());
        facts(input, people).forEach(context::put);
        return context;
    }

    /** The messages of the blueprints, for the type's page builder. */
    protected final BlueprintMessages messages() {
        return messages;
    }

    /** The person the page names besides the teacher (coach or observer) as typed, or none. */
    protected Optional<UserField> partner(T input) {
        return Optional.empty();
    }

    /** What the title names after the type and the teacher: a date as {@code yyyy-MM-dd}, or a period. */
    protected abstract String titlePeriod(T input);

    /**
     * The content template's variables.
     *
     * @param spaceKey the space the page is created in
     */
    protected abstract Map<String, String> variables(T input, Participants people, String spaceKey);

    /** The type's own facts ({@link BlueprintFacts}), besides the type and the teacher's user key every page has. */
    protected abstract Map<String, String> facts(T input, Participants people);

    private Participants resolve(T input) {
        Optional<UserField> partnerField = partner(input);
        Optional<KnownUser> teacher = users.find(input.teacher());
        Optional<KnownUser> partner = partnerField.flatMap(field -> users.find(field.reference()));
        List<FieldError> unknown = new ArrayList<>();
        if (teacher.isEmpty()) {
            unknown.add(unknownUser(FormField.TEACHER, input.teacher()));
        }
        partnerField.filter(field -> partner.isEmpty())
                .ifPresent(field -> unknown.add(unknownUser(field.field(), field.reference())));
        if (!unknown.isEmpty()) {
            throw wizardInput.reject(unknown);
        }
        // A user name and a user key can name the same person; the form could only compare what was typed.
        if (partner.isPresent() && teacher.get().userKey().equals(partner.get().userKey())) {
            throw wizardInput.reject(List.of(FieldError.of(partnerField.get().field(), FormMessage.SAME_AS_TEACHER)));
        }
        return new Participants(teacher.get(), partner);
    }

    private static FieldError unknownUser(FormField field, UserReference reference) {
        return FieldError.of(field, FormMessage.USER, reference.value());
    }

    /** A user field of the wizard and what was typed in it. */
    protected record UserField(FormField field, UserReference reference) {
    }

    /** The people a page names, as the directory knows them. */
    protected record Participants(KnownUser teacher, Optional<KnownUser> partnerIfAny) {

        /** The coach or observer; only for a type that names one. */
        public KnownUser partner() {
            return partnerIfAny.orElseThrow(() -> new IllegalStateException("This page type names no one besides the teacher"));
        }
    }
}
