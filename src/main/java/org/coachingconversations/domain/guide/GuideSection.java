package org.coachingconversations.domain.guide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One part of a guide that can be shown on its own, e.g. {@code coaching/components}.
 *
 * @param id           {@code <guide id>/<section name>}, stable: guide macros store it
 * @param title        the seed's heading, when it has one
 * @param introduction paragraphs before the items
 * @param items        the section's content in the seed's order
 * @param notes        paragraphs after the items (e.g. a footnote)
 * @param labels       named texts a renderer needs around the items (column headings, "Goal:", "{0} min"),
 *                     under stable names such as {@code column.role}
 */
public record GuideSection(String id, Optional<GuideText> title, List<GuideText> introduction,
                           List<GuideItem> items, List<GuideText> notes, Map<String, GuideText> labels) {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+/[a-z0-9-]+");

    public GuideSection {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A section id has the form guide/section in lower case, not " + id);
        }
        Objects.requireNonNull(title, "title");
        introduction = List.copyOf(introduction);
        items = List.copyOf(items);
        notes = List.copyOf(notes);
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        if (items.isEmpty()) {
            throw new IllegalArgumentException("Section " + id + " has no items");
        }
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** The id of the guide this section belongs to. */
    public String guideId() {
        return id.substring(0, id.indexOf('/'));
    }

    /** The items of one kind, e.g. only the protocol steps. */
    public <T extends GuideItem> List<T> itemsOf(Class<T> kind) {
        return items.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public Optional<GuideText> label(String name) {
        return Optional.ofNullable(labels.get(name));
    }

    /** Every text this section shows or labels with, in reading order. */
    public List<GuideText> texts() {
        List<GuideText> texts = new ArrayList<>();
        title.ifPresent(texts::add);
        texts.addAll(introduction);
        items.forEach(item -> texts.addAll(item.texts()));
        texts.addAll(notes);
        texts.addAll(labels.values());
        return texts;
    }

    /** Builds a section in reading order; keys are bundle keys. */
    public static final class Builder {
        private final String id;
        private GuideText title;
        private final List<GuideText> introduction = new ArrayList<>();
        private final List<GuideItem> items = new ArrayList<>();
        private final List<GuideText> notes = new ArrayList<>();
        private final Map<String, GuideText> labels = new LinkedHashMap<>();

        private Builder(String id) {
            this.id = id;
        }

        public Builder title(String key) {
            this.title = GuideText.of(key);
            return this;
        }

        public Builder introduction(String... keys) {
            Arrays.stream(keys).map(GuideText::of).forEach(introduction::add);
            return this;
        }

        public Builder item(GuideItem item) {
            items.add(item);
            return this;
        }

        public Builder items(List<? extends GuideItem> more) {
            items.addAll(more);
            return this;
        }

        /** Adds one plain line per key. */
        public Builder lines(String... keys) {
            Arrays.stream(keys).map(TextItem::of).forEach(items::add);
            return this;
        }

        public Builder note(String key) {
            notes.add(GuideText.of(key));
            return this;
        }

        public Builder label(String name, String key, GuideArgument... arguments) {
            labels.put(name, GuideText.of(key, arguments));
            return this;
        }

        public GuideSection build() {
            return new GuideSection(id, Optional.ofNullable(title), introduction, items, notes, labels);
        }
    }
}
