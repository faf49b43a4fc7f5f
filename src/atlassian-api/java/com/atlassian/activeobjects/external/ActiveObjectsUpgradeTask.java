package com.atlassian.activeobjects.external;

/**
 * Compile-only stand-in. Checked against
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/apidocs/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
 * and its source view
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
 * (AO plugin 2.0.1, the newest published javadoc; Confluence 10.2 bundles a later AO plugin).
 */
public interface ActiveObjectsUpgradeTask {

    ModelVersion getModelVersion();

    void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
