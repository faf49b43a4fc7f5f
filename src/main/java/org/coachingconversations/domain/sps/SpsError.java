package org.coachingconversations.domain.sps;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in an SPS export, with where it is.
 *
 * @param line       1-based physical line of the file (a quoted value with line breaks spans several);
 *                   0 when the problem concerns the file as a whole
 * @param column     1-based position of the value in its row; 0 when the problem concerns the whole row
 *                   or a column that is absent
 * @param columnName the header of the column concerned, or the name of a missing column; empty when none
 * @param problem    what is wrong
 * @param arguments  the values for the problem's message pattern
 */
public record SpsError(int line, int column, String columnName, SpsProblem problem, List<String> arguments) {

    /** How the place of a problem is written before its text; each pattern's last argument is the problem's text. */
    public enum Place {
        FILE("coaching.sps.error.place.file", "{0}"),
        LINE("coaching.sps.error.place.line", "Line {0}: {1}"),
        NAMED_COLUMN("coaching.sps.error.place.column", "Line {0}, column \"{1}\": {2}"),
        CELL("coaching.sps.error.place.cell", "Line {0}, column {1} ({2}): {3}"),
        UNNAMED_CELL("coaching.sps.error.place.unnamed-cell", "Line {0}, column {1}: {2}");

        private final String key;
        private final String englishPattern;

        Place(String key, String englishPattern) {
            this.key = key;
            this.englishPattern = englishPattern;
        }

        public String key() {
            return key;
        }

        public String englishPattern() {
            return englishPattern;
        }
    }

    public SpsError {
        Objects.requireNonNull(problem, "problem");
        columnName = columnName == null ? "" : columnName;
        arguments = List.copyOf(arguments);
    }

    static SpsError ofFile(SpsProblem problem, String... arguments) {
        return new SpsError(0, 0, "", problem, List.of(arguments));
    }

    static SpsError ofLine(int line, SpsProblem problem, String... arguments) {
        return new SpsError(line, 0, "", problem, List.of(arguments));
    }

    static SpsError ofCell(int line, int column, String columnName, SpsProblem problem, String... arguments) {
        return new SpsError(line, column, columnName, problem, List.of(arguments));
    }

    public Place place() {
        if (line == 0) {
            return Place.FILE;
        }
        if (column > 0) {
            return columnName.isEmpty() ? Place.UNNAMED_CELL : Place.CELL;
        }
        return columnName.isEmpty() ? Place.LINE : Place.NAMED_COLUMN;
    }

    /** The arguments of {@link #place()}'s pattern, ending with the problem's text as already translated. */
    public Object[] placeArguments(String problemText) {
        List<Object> values = new ArrayList<>();
        Place place = place();
        if (place != Place.FILE) {
            values.add(String.valueOf(line));
        }
        if (place == Place.CELL || place == Place.UNNAMED_CELL) {
            values.add(String.valueOf(column));
        }
        if (place == Place.CELL || place == Place.NAMED_COLUMN) {
            values.add(columnName);
        }
        values.add(problemText);
        return values.toArray();
    }

    /** The problem in English with its place, e.g. {@code Line 7, column 3 (% Favorable): "abc" is not a number.} */
    public String message() {
        String text = new MessageFormat(problem.englishPattern(), Locale.ENGLISH).format(arguments.toArray());
        return new MessageFormat(place().englishPattern(), Locale.ENGLISH).format(placeArguments(text));
    }

    @Override
    public String toString() {
        return message();
    }
}
