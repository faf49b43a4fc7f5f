package org.coachingconversations.confluence.blueprint;

import java.util.Objects;

/**
 * A fragment of Confluence storage format that {@link StorageFormat} built: trusted structure around escaped text.
 * Only the writer creates one, so a fragment can be inserted into a content template with
 * {@code at:rawxhtml="true"}; text typed by a user never becomes one except through the writer's escaping.
 */
public final class StorageXhtml {

    static final StorageXhtml EMPTY = new StorageXhtml("");

    private final String markup;

    StorageXhtml(String markup) {
        this.markup = Objects.requireNonNull(markup, "markup");
    }

    /** The storage-format markup, well-formed as an XML fragment (it may have several top-level elements). */
    public String markup() {
        return markup;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StorageXhtml that && markup.equals(that.markup);
    }

    @Override
    public int hashCode() {
        return markup.hashCode();
    }

    /** The markup, as the host turns a context value into a template variable with {@code toString()}. */
    @Override
    public String toString() {
        return markup;
    }
}
