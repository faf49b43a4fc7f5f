package org.coachingconversations.domain.sps;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of values following RFC 4180: values may be quoted, a quoted value may
 * hold separators and line breaks, and a quote inside it is doubled. Line breaks may be CRLF, LF or CR.
 * Remembers the physical line and position of every value so that problems can be reported where
 * they are.
 */
final class CsvTokenizer {

    record Value(String text, int line, int column) {
    }

    record Row(int line, List<Value> values) {

        /** Blank lines, and rows of empty values that spreadsheets leave behind, carry no data. */
        boolean isBlank() {
            return values.stream().allMatch(value -> value.text().isBlank());
        }

        String text(int index) {
            return index < values.size() ? values.get(index).text() : "";
        }

        /** The line a value starts on; a missing trailing value is placed on the row's last line. */
        int lineOf(int index) {
            if (index < values.size()) {
                return values.get(index).line();
            }
            return values.isEmpty() ? line : values.get(values.size() - 1).line();
        }
    }

    private static final char QUOTE = '"';

    private final String text;
    private final char separator;
    private final List<SpsError> errors = new ArrayList<>();
    private int position;
    private int line = 1;

    CsvTokenizer(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    /** All rows, blank ones included; stops at an unterminated quote, which swallows the rest of the file. */
    List<Row> readAll() {
        List<Row> rows = new ArrayList<>();
        Row row;
        while ((row = next()) != null) {
            rows.add(row);
        }
        return rows;
    }

    /** The first row that is not blank, or null when there is none. */
    Row firstNonBlank() {
        Row row;
        while ((row = next()) != null) {
            if (!row.isBlank()) {
                return row;
            }
        }
        return null;
    }

    /** Syntax problems met so far: unterminated quotes and text after a closing quote. */
    List<SpsError> errors() {
        return List.copyOf(errors);
    }

    private Row next() {
        if (position >= text.length()) {
            return null;
        }
        int rowLine = line;
        List<Value> values = new ArrayList<>();
        while (true) {
            values.add(readValue(values.size() + 1));
            if (position >= text.length()) {
                break;
            }
            if (text.charAt(position) == separator) {
                position++;
                continue;
            }
            skipLineBreak();
            break;
        }
        return new Row(rowLine, List.copyOf(values));
    }

    private Value readValue(int column) {
        int valueLine = line;
        int quoteAt = quoteAfterBlanks();
        if (quoteAt < 0) {
            int start = position;
            while (position < text.length() && !isSeparatorOrLineBreak(text.charAt(position))) {
                position++;
            }
            return new Value(text.substring(start, position), valueLine, column);
        }
        position = quoteAt + 1;
        StringBuilder value = new StringBuilder();
        while (true) {
            if (position >= text.length()) {
                errors.add(SpsError.ofCell(valueLine, column, "", SpsProblem.UNTERMINATED_QUOTE));
                return new Value(value.toString(), valueLine, column);
            }
            char c = text.charAt(position);
            if (c == QUOTE) {
                if (position + 1 < text.length() && text.charAt(position + 1) == QUOTE) {
                    value.append(QUOTE);
                    position += 2;
                    continue;
                }
                position++;
                break;
            }
            if (c == '\r' || c == '\n') {
                skipLineBreak();
                value.append('\n');
                continue;
            }
            value.append(c);
            position++;
        }
        int trailingStart = position;
        while (position < text.length() && !isSeparatorOrLineBreak(text.charAt(position))) {
            position++;
        }
        if (!text.substring(trailingStart, position).isBlank()) {
            errors.add(SpsError.ofCell(line, column, "", SpsProblem.TEXT_AFTER_QUOTE));
        }
        return new Value(value.toString(), valueLine, column);
    }

    /** Where a quoted value's opening quote is, allowing blanks before it (as in {@code a, "b"}); -1 if unquoted. */
    private int quoteAfterBlanks() {
        int index = position;
        while (index < text.length() && text.charAt(index) != separator
                && (text.charAt(index) == ' ' || text.charAt(index) == '\t')) {
            index++;
        }
        return index < text.length() && text.charAt(index) == QUOTE ? index : -1;
    }

    private boolean isSeparatorOrLineBreak(char c) {
        return c == separator || c == '\n' || c == '\r';
    }

    private void skipLineBreak() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position++;
        }
        position++;
        line++;
    }
}
