package org.coachingconversations.persistence.actionstep;

import java.util.List;
import org.coachingconversations.domain.actionstep.ActionStep;
import org.coachingconversations.domain.actionstep.ActionStepTestData;
import org.coachingconversations.domain.versioning.Versioned;

/** Stores test steps through the repository's own write port, as the app does. */
final class StoredSteps {

    private StoredSteps() {
    }

    /** A new, unsaved step of the default test data; the caller changes what the test is about. */
    static ActionStepTestData aNewStep() {
        return ActionStepTestData.anActionStep().withId(ActionStep.UNSAVED_ID);
    }

    static Versioned<ActionStep> store(AoActionStepRepository repository, ActionStepTestData step) {
        ActionStep built = step.build();
        return repository.addToPage(built.pageId(), List.of(built)).get(0);
    }

    static long storeId(AoActionStepRepository repository, ActionStepTestData step) {
        return store(repository, step).value().id();
    }
}
