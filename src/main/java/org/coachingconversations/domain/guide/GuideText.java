package org.coachingconversations.domain.guide;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One translatable text of a guide: a key in the guide bundle and the values its MessageFormat pattern
 * expects, in order ({0} is the first argument). Most texts take none.
 */
public record GuideText(String key, List<GuideArgument> arguments) {

    public GuideText {
        Objects.requireNonNull(key, "key");
        if (key.isBlank()) {
            throw new IllegalArgumentException("A guide text needs a bundle key");
        }
        arguments = List.copyOf(arguments);
    }

    public static GuideText of(String key, GuideArgument... arguments) {
        return new GuideText(key, List.of(arguments));
    }

    /**
     * The MessageFormat arguments for this text, taken from the given values.
     *
     * @throws IllegalArgumentException naming the first argument without a value
     */
    public Object[] argumentValues(Map<GuideArgument, ?> values) {
        Object[] result = new Object[arguments.size()];
        for (int index = 0; index < arguments.size(); index++) {
            GuideArgument argument = arguments.get(index);
            Object value = values.get(argument);
            if (value == null) {
                throw new IllegalArgumentException("The guide text " + key + " needs a value for "
                        + argument.id() + " ({" + index + "})");
            }
            result[index] = value;
        }
        return result;
    }
}
