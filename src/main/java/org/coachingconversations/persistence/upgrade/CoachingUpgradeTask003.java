package org.coachingconversations.persistence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.coachingconversations.persistence.settings.SpaceSettingsSchema;

/**
 * Model version 3: a space's numbers and flags are {@code NOT NULL} with the domain's defaults, so "not set" can no
 * longer read as 0 or false. What it changes and how existing rows are filled is described in
 * {@link SpaceSettingsSchema}.
 */
public class CoachingUpgradeTask003 implements ActiveObjectsUpgradeTask {

    static final ModelVersion VERSION = ModelVersion.valueOf("3");

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        SpaceSettingsSchema.upgradeToVersion3(ao);
    }
}
