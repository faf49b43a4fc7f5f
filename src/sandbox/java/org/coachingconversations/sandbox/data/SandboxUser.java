package org.coachingconversations.sandbox.data;

/** A person who can sign in to the sandbox (there are no passwords: the header's switcher picks who you are). */
public record SandboxUser(String username, String fullName, String email, String description) {
}
