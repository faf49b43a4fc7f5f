package org.coachingconversations.domain.sps;

import java.text.MessageFormat;
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

    public static final String LOCATION_CELL_KEY = "coaching.sps.error.location.cell";
    public static final String LOCATION_COLUMN_KEY = "coaching.sps.error.location.column";
    public static final String LOCATION_LINE_KEY = "coaching.sps.error.location.line";

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

    /** The problem in English, prefixed with its place, e.g. {@code Line 7, column 3 (% Favorable): "abc" is not a number.} */
    public String message() {
        String text = new MessageFormat(problem.englishPattern(), Locale.ENGLISH).format(arguments.toArray());
        return location() + text;
    }

    private String location() {
        if (line == 0) {
            return "";
        }
        if (column > 0 && columnName.isEmpty()) {
            return "Line " + line + ", column " + column + ": ";
        }
        if (column > 0) {
            return "Line " + line + ", column " + column + " (" + columnName + "): ";
        }
        if (!columnName.isEmpty()) {
            return "Line " + line + ", column \"" + columnName + "\": ";
        }
        return "Line " + line + ": ";
    }

    @Override
    public String toString() {
        return message();
    }
}
