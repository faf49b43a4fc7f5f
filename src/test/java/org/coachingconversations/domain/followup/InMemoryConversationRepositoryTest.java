package org.coachingconversations.domain.followup;

import static org.coachingconversations.domain.actionstep.ActionStepTestData.anActionStep;

import org.coachingconversations.domain.conversation.StoredConversation;
import org.junit.Before;

/** Holds the fake to the contract the SQL repository passes. */
public class InMemoryConversationRepositoryTest extends ConversationRepositoryContract {

    private InMemoryActionStepRepository steps;
    private InMemoryConversationRepository fake;
    private long nextStepId = 1;

    @Before
    public void setUp() {
        steps = new InMemoryActionStepRepository();
        fake = new InMemoryConversationRepository(steps);
        target = fake;
    }

    @Override
    protected void givenStored(StoredConversation... conversations) {
        fake.add(conversations);
    }

    @Override
    protected void givenLeadsToAction(StoredConversation conversation) {
        steps.add(anActionStep().withId(nextStepId++).onPage(conversation.pageId()).inSpace(conversation.spaceKey())
                .ownedBy(conversation.teacherKey()).dueOn("2026-04-01").build());
    }

    @Override
    protected void givenTrashed(long pageId) {
        fake.trash(pageId);
    }
}
