package org.coachingconversations.domain.sps;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into rows of values following RFC 4180: values may be quoted, a quoted value may
 * hold separators and line breaks, and a quote inside it is doubled. Line breaks may be CRLF, LF or CR.
 * Remembers the physical line and position of every value so that problems can be reported where
 * they are.
 *
 * <p>Reads its input one row at a time and holds nothing of earlier rows, so an export of any length
 * needs only the memory of its longest row. Even that is bounded: a row keeps at most
 * {@value #MAX_KEPT_VALUES} values and {@value #MAX_ROW_CHARS} characters of text (a stray quote can
 * otherwise make the rest of the file one value); what is beyond is read and skipped, and only its
 * number of values and where its first non-blank value was are remembered.
 */
final class CsvTokenizer {

    record Value(String text, int line, int column) {
    }

    /**
     * @param width                all values of the row, kept or not
     * @param firstDroppedNonBlank the first non-blank value that was not kept, or null
     */
    record Row(int line, List<Value> values, int width, Value firstDroppedNonBlank) {

        Row(int line, List<Value> values) {
            this(line, values, values.size(), null);
        }

        /** Blank lines, and rows of empty values that spreadsheets leave behind, carry no data. */
        boolean isBlank() {
            return firstDroppedNonBlank == null && values.stream().allMatch(value -> value.text().isBlank());
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

        /** The first non-blank value at or after {@code index}, kept or not; null when there is none. */
        Value firstNonBlankFrom(int index) {
            for (int i = index; i < values.size(); i++) {
                if (!values.get(i).text().isBlank()) {
                    return values.get(i);
                }
            }
            return firstDroppedNonBlank;
        }
    }

    /** More columns than any survey export has; the header and every row keep no more. */
    static final int MAX_KEPT_VALUES = 1_000;
    /** Far more text than a row of survey results holds; a row keeps no more. */
    static final int MAX_ROW_CHARS = 100_000;

    private static final char QUOTE = '"';
    private static final int END = -1;

    private final Reader input;
    private final char separator;
    private final BoundedErrors errors;
    private final char[] buffer = new char[8192];
    private int bufferPosition;
    private int bufferLength;
    private int pushedBack = Integer.MIN_VALUE;
    private boolean atEnd;
    private int line = 1;
    private int rowChars;
    private boolean valueHasText;

    CsvTokenizer(String text, char separator) {
        this(new StringReader(text), separator, new BoundedErrors(Integer.MAX_VALUE));
    }

    /** Syntax problems go into {@code errors}, which keeps only as many as it was made for, and counts the rest. */
    CsvTokenizer(Reader input, char separator, BoundedErrors errors) {
        this.input = input;
        this.separator = separator;
        this.errors = errors;
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

    /** Syntax problems met so far (unterminated quotes and text after a closing quote), as far as they are kept. */
    List<SpsError> errors() {
        return errors.listed();
    }

    /** The next row, blank or not; null at the end of the input. */
    Row next() {
        if (peek() == END) {
            return null;
        }
        int rowLine = line;
        rowChars = 0;
        List<Value> values = new ArrayList<>();
        int width = 0;
        Value firstDroppedNonBlank = null;
        while (true) {
            width++;
            Value value = readValue(width, values.size() < MAX_KEPT_VALUES);
            if (values.size() < MAX_KEPT_VALUES) {
                values.add(value);
            } else if (firstDroppedNonBlank == null && !value.text().isBlank()) {
                firstDroppedNonBlank = value;
            }
            int c = peek();
            if (c == END) {
                break;
            }
            if (c == separator) {
                read();
                continue;
            }
            skipLineBreak();
            break;
        }
        return new Row(rowLine, List.copyOf(values), width, firstDroppedNonBlank);
    }

    /**
     * @param keep whether the row keeps this value; a value it does not keep still tells whether it is blank
     */
    private Value readValue(int column, boolean keep) {
        int valueLine = line;
        StringBuilder blanks = new StringBuilder();
        int c;
        while ((c = peek()) == ' ' || c == '\t') {
            if (c == separator) {
                break;
            }
            read();
            // Blanks past the row's budget would not be kept anyway.
            if (blanks.length() < MAX_ROW_CHARS) {
                blanks.append((char) c);
            }
        }
        if (c != QUOTE) {
            StringBuilder value = new StringBuilder();
            append(value, blanks, keep);
            while ((c = peek()) != END && !isSeparatorOrLineBreak((char) c)) {
                read();
                append(value, (char) c, keep);
            }
            return new Value(text(value), valueLine, column);
        }
        read();
        StringBuilder value = new StringBuilder();
        while (true) {
            c = read();
            if (c == END) {
                errors.add(SpsError.ofCell(valueLine, column, "", SpsProblem.UNTERMINATED_QUOTE));
                return new Value(text(value), valueLine, column);
            }
            if (c == QUOTE) {
                if (peek() == QUOTE) {
                    read();
                    append(value, QUOTE, keep);
                    continue;
                }
                break;
            }
            if (c == '\r' || c == '\n') {
                pushBack(c);
                skipLineBreak();
                append(value, '\n', keep);
                continue;
            }
            append(value, (char) c, keep);
        }
        boolean trailingText = false;
        while ((c = peek()) != END && !isSeparatorOrLineBreak((char) c)) {
            read();
            trailingText |= !Character.isWhitespace(c);
        }
        if (trailingText) {
            errors.add(SpsError.ofCell(line, column, "", SpsProblem.TEXT_AFTER_QUOTE));
        }
        return new Value(text(value), valueLine, column);
    }

    private void append(StringBuilder value, CharSequence text, boolean keep) {
        for (int i = 0; i < text.length(); i++) {
            append(value, text.charAt(i), keep);
        }
    }

    /**
     * Past the row's budget a value keeps only its first non-blank character: enough to tell a blank value from one
     * that is not.
     */
    private void append(StringBuilder value, char c, boolean keep) {
        if (keep && rowChars < MAX_ROW_CHARS) {
            value.append(c);
            rowChars++;
            valueHasText |= !Character.isWhitespace(c);
        } else if (!valueHasText && !Character.isWhitespace(c)) {
            value.append(c);
            valueHasText = true;
        }
    }

    private String text(StringBuilder value) {
        valueHasText = false;
        return value.isEmpty() ? "" : value.toString();
    }

    private boolean isSeparatorOrLineBreak(char c) {
        return c == separator || c == '\n' || c == '\r';
    }

    private void skipLineBreak() {
        if (read() == '\r' && peek() == '\n') {
            read();
        }
        line++;
    }

    /** Whether the last row read ended because the input did (rather than at a line break). */
    boolean atEndOfInput() {
        return peek() == END;
    }

    private int peek() {
        if (pushedBack == Integer.MIN_VALUE) {
            pushedBack = readFromInput();
        }
        return pushedBack;
    }

    private int read() {
        int c = peek();
        pushedBack = Integer.MIN_VALUE;
        return c;
    }

    private void pushBack(int c) {
        pushedBack = c;
    }

    private int readFromInput() {
        if (atEnd) {
            return END;
        }
        if (bufferPosition == bufferLength) {
            try {
                int read;
                do {
                    read = input.read(buffer, 0, buffer.length);
                } while (read == 0);
                if (read < 0) {
                    atEnd = true;
                    return END;
                }
                bufferPosition = 0;
                bufferLength = read;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return buffer[bufferPosition++];
    }
}
