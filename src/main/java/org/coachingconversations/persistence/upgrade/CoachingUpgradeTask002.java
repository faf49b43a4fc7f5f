package org.coachingconversations.persistence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.coachingconversations.persistence.actionstep.ActionStepSchema;

/**
 * Model version 2: action steps get {@code NOTICE_PENDING}, so the daily overdue scan reads only steps whose notice
 * is still owed. What it adds and how it is filled is described in {@link ActionStepSchema}.
 */
public class CoachingUpgradeTask002 implements ActiveObjectsUpgradeTask {

    static final ModelVersion VERSION = ModelVersion.valueOf("2");

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ActionStepSchema.upgradeToVersion2(ao);
    }
}
