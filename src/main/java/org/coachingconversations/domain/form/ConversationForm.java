package org.coachingconversations.domain.form;

import java.util.List;
import org.coachingconversations.domain.conversation.ConversationType;

/** The input one conversation type takes from its wizard or a REST call, and how it is checked. */
public interface ConversationForm<T extends ConversationInput> {

    ConversationType type();

    /** The fields the form takes, in the order the wizard shows them. */
    List<FormField> fields();

    /** A complete input, or every field error found; never a partly checked input. */
    FormResult<T> validate(FormInput input);
}
