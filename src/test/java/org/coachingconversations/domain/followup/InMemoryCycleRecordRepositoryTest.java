package org.coachingconversations.domain.followup;

import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.junit.Before;

/** Holds the fake to the contract the SQL repository passes. */
public class InMemoryCycleRecordRepositoryTest extends CycleRecordRepositoryContract {

    private InMemoryCycleRecordRepository fake;

    @Before
    public void setUp() {
        fake = new InMemoryCycleRecordRepository(new FixedSpaceSettings(CALENDAR));
        target = fake;
    }

    @Override
    protected void givenStored(StoredCycleRecord... records) {
        fake.save(records);
    }

    @Override
    protected void givenTrashed(long pageId) {
        fake.trash(pageId);
    }
}
