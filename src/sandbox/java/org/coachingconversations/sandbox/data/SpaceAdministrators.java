package org.coachingconversations.sandbox.data;

import java.util.List;

/**
 * Who administers a space (Confluence's "Admin" space permission), granted to users and groups, in the table
 * {@code SANDBOX_SPACE_ADMIN}. An administrator must also be able to view the space: a grant to someone who cannot
 * view it gives nothing, as Confluence requires "View" for every other space permission.
 */
public final class SpaceAdministrators {

    private final Jdbc jdbc;
    private final SandboxStore store;

    public SpaceAdministrators(SandboxDatabase database, SandboxStore store) {
        this.jdbc = new Jdbc(database.dataSource());
        this.store = store;
    }

    /** Creates the table if this is a new data directory (or one from before space administrators). */
    public void createTable() {
        jdbc.update("CREATE TABLE IF NOT EXISTS SANDBOX_SPACE_ADMIN (SPACE_KEY VARCHAR(255) NOT NULL,"
                + " KIND VARCHAR(10) NOT NULL, NAME VARCHAR(100) NOT NULL, PRIMARY KEY (SPACE_KEY, KIND, NAME))");
    }

    public void grant(String spaceKey, Restriction administrator) {
        jdbc.update("INSERT INTO SANDBOX_SPACE_ADMIN (SPACE_KEY, KIND, NAME) VALUES (?, ?, ?)", spaceKey,
                administrator.kind().name(), administrator.name());
    }

    public List<Restriction> of(String spaceKey) {
        return jdbc.query("SELECT KIND, NAME FROM SANDBOX_SPACE_ADMIN WHERE SPACE_KEY = ? ORDER BY KIND, NAME",
                row -> new Restriction(Restriction.Kind.valueOf(row.getString("KIND")), row.getString("NAME")),
                spaceKey);
    }

    /** Whether the user administers the space; false for a space that does not exist. */
    public boolean administers(String username, String spaceKey) {
        if (username == null || spaceKey == null || store.space(spaceKey).isEmpty()
                || !new Permissions(store).canViewSpace(username, spaceKey)) {
            return false;
        }
        List<String> groups = store.groupsOf(username);
        return of(spaceKey).stream().anyMatch(grant -> grant.kind() == Restriction.Kind.USER
                ? grant.name().equals(username) : groups.contains(grant.name()));
    }
}
