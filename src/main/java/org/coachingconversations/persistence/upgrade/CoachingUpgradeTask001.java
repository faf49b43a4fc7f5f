package org.coachingconversations.persistence.upgrade;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import org.coachingconversations.persistence.conversation.ConversationSchema;

/**
 * Model version 1 of the app's Active Objects tables. The AO plugin runs upgrade tasks before it
 * migrates the module's entities, so each part migrates its own tables here before filling them.
 * What version 1 adds is described with each part ({@link ConversationSchema}).
 */
public class CoachingUpgradeTask001 implements ActiveObjectsUpgradeTask {

    static final ModelVersion VERSION = ModelVersion.valueOf("1");

    @Override
    public ModelVersion getModelVersion() {
        return VERSION;
    }

    @Override
    public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
        ConversationSchema.upgradeToVersion1(ao);
    }
}
