package org.coachingconversations.application.quality;

import java.util.Optional;
import org.coachingconversations.domain.access.PagePermissions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The host's page permissions, where a check that fails answers "no": a failing check never opens anything. */
final class PagePermissionChecks {

    private static final Logger LOG = LoggerFactory.getLogger(PagePermissionChecks.class);

    private final PagePermissions permissions;

    PagePermissionChecks(PagePermissions permissions) {
        this.permissions = permissions;
    }

    boolean canView(Optional<String> userKey, long pageId) {
        try {
            return userKey.isPresent() && permissions.canView(userKey, pageId);
        } catch (RuntimeException failure) {
            LOG.warn("Could not check whether a user may view page {}; treating it as no", pageId, failure);
            return false;
        }
    }

    boolean canEdit(Optional<String> userKey, long pageId) {
        try {
            return userKey.isPresent() && permissions.canEdit(userKey, pageId);
        } catch (RuntimeException failure) {
            LOG.warn("Could not check whether a user may edit page {}; treating it as no", pageId, failure);
            return false;
        }
    }
}
