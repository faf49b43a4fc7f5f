package org.coachingconversations.domain.settings;

import org.junit.Before;

/** Holds the fake to the contract the SQL store passes. */
public class InMemorySpaceSettingsStoreTest extends SpaceSettingsStoreContract {

    @Before
    public void setUp() {
        target = new InMemorySpaceSettingsStore(SITE_ZONE);
    }
}
