package org.coachingconversations.confluence.macro;

/** Who saved the self-check last, and when. */
public final class SelfCheckSavedByView {

    private final String name;
    private final String profileUrl;
    private final String at;
    private final String atIso;

    public SelfCheckSavedByView(String name, String profileUrl, String at, String atIso) {
        this.name = name;
        this.profileUrl = profileUrl == null ? "" : profileUrl;
        this.at = at;
        this.atIso = atIso;
    }

    public String getName() {
        return name;
    }

    public String getProfileUrl() {
        return profileUrl;
    }

    public boolean isLinked() {
        return !profileUrl.isEmpty();
    }

    /** For people, e.g. "2026-12-03 10:12 UTC". */
    public String getAt() {
        return at;
    }

    /** ISO-8601 UTC, for the {@code datetime} attribute. */
    public String getAtIso() {
        return atIso;
    }
}
