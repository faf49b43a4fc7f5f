package org.coachingconversations.sandbox.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.coachingconversations.application.settings.SaveSpaceSettings;

/** The demo school a new (or reset) sandbox starts with. */
public final class DemoSchool {

    public static final String SPACE_KEY = "LINCOLN";
    public static final String SPACE_NAME = "Lincoln Elementary";
    public static final String COACH = "maria.lopez";
    public static final String PRINCIPAL = "james.carter";
    public static final String LEADERS_GROUP = "coaching-leaders";
    public static final String TEACHERS_GROUP = "teachers";
    /** Confluence's own group of site administrators (Confluence Administrator permission). */
    public static final String ADMINISTRATORS_GROUP = "confluence-administrators";
    /** The school's IT administrator: a Confluence administrator, in no coaching group. */
    public static final String SITE_ADMIN = "alex.admin";
    public static final String STAFF_MEETING_TITLE = "Staff meeting \u2014 conversation norms";
    public static final String ANA_NOTES_TITLE = "Ana Ruiz \u2014 coaching notes";

    private DemoSchool() {
    }

    public static void seed(SandboxStore store) {
        store.addUser(new SandboxUser(COACH, "Maria Lopez", "maria.lopez@lincoln.example", "Instructional coach"));
        store.addUser(new SandboxUser(PRINCIPAL, "James Carter", "james.carter@lincoln.example",
                "Principal and observer"));
        store.addUser(new SandboxUser("ana.ruiz", "Ana Ruiz", "ana.ruiz@lincoln.example", "Teacher, grade 2"));
        store.addUser(new SandboxUser("david.kim", "David Kim", "david.kim@lincoln.example", "Teacher, grade 4"));
        store.addUser(new SandboxUser("sarah.johnson", "Sarah Johnson", "sarah.johnson@lincoln.example",
                "Teacher, grade 5"));
        store.addUser(new SandboxUser(SITE_ADMIN, "Alex Admin", "alex.admin@lincoln.example",
                "IT administrator (Confluence administrator)"));
        store.addGroup(LEADERS_GROUP, List.of(PRINCIPAL, COACH));
        store.addGroup(ADMINISTRATORS_GROUP, List.of(SITE_ADMIN));
        store.addGroup(TEACHERS_GROUP, List.of("ana.ruiz", "david.kim", "sarah.johnson"));

        store.addSpace(SPACE_KEY, SPACE_NAME, "Coaching conversations, meeting pages and guides of Lincoln Elementary.",
                List.of(Restriction.group(LEADERS_GROUP), Restriction.group(TEACHERS_GROUP)));
        long home = store.createPage(SPACE_KEY, 0, SPACE_NAME, body("home.xml"), COACH);
        store.setHomePage(SPACE_KEY, home);
        store.createPage(SPACE_KEY, home, STAFF_MEETING_TITLE, body("staff-meeting.xml"), PRINCIPAL);
        long notes = store.createPage(SPACE_KEY, home, ANA_NOTES_TITLE, body("ana-notes.xml"), COACH);
        store.setViewRestrictions(notes, List.of(Restriction.user("ana.ruiz"), Restriction.user(COACH)));
    }

    /**
     * What the demo school sets up once the app is loaded: the principal administers the school's space, and the
     * space's leaders group is {@value #LEADERS_GROUP}, so that the principal and the coach see every Cycle Record.
     */
    public static void seedApp(SpaceAdministrators administrators, SaveSpaceSettings settings) {
        administrators.grant(SPACE_KEY, Restriction.user(PRINCIPAL));
        settings.save(SPACE_KEY, settings.get(SPACE_KEY).toBuilder().leadersGroup(LEADERS_GROUP).build());
    }

    private static String body(String file) {
        String resource = "sandbox/demo/" + file;
        try (InputStream in = DemoSchool.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Demo page " + resource + " is missing from the sandbox resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }
}
