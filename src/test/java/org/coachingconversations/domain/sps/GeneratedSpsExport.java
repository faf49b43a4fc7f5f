package org.coachingconversations.domain.sps;

import java.io.Reader;

/**
 * A large SPS export made up as it is read, never held whole: 40 items in four elements, an all-students row for
 * each, then every subgroup's 40 rows. Semicolons, decimal commas, and one item quoted with a separator and a line
 * break inside. About a quarter of the subgroup rows have fewer than 10 responses. Tests and the benchmark read it
 * to see what a big export costs.
 */
public final class GeneratedSpsExport extends Reader {

    public static final int ITEMS = 40;
    public static final String HEADER = "Item;Element;Student group;Responses;Always;Most of the time;Sometimes;Never;"
            + "% Favorable;School average;District average\r\n";
    private static final String[] ELEMENTS = {"Student Learning", "Student-Centered Environment",
        "Classroom Community", "Classroom Management"};

    private final int rows;
    private final StringBuilder pending = new StringBuilder(HEADER);
    private int position;
    private int nextRow;

    /** @param rows data rows, a multiple of {@link #ITEMS}: one all-students block and {@code rows / ITEMS - 1} subgroups */
    public GeneratedSpsExport(int rows) {
        if (rows < ITEMS || rows % ITEMS != 0) {
            throw new IllegalArgumentException("rows must be a positive multiple of " + ITEMS + ", was " + rows);
        }
        this.rows = rows;
    }

    /** The data rows of an export of about {@code bytes} bytes (at least one block of {@link #ITEMS}). */
    public static int rowsForBytes(long bytes) {
        long perRow = 114;
        return (int) Math.max(ITEMS, bytes / perRow / ITEMS * ITEMS);
    }

    public static int subgroups(int rows) {
        return rows / ITEMS - 1;
    }

    /** Responses of a row: 28 for all students, 5 to 24 for a subgroup. */
    public static int responses(int subgroup, int item) {
        return subgroup == 0 ? 28 : 5 + (subgroup * 7 + item) % 20;
    }

    /** Subgroup rows the analysis leaves out for fewer than {@code minimum} responses. */
    public static int suppressedRows(int rows, int minimum) {
        int count = 0;
        for (int subgroup = 1; subgroup <= subgroups(rows); subgroup++) {
            for (int item = 0; item < ITEMS; item++) {
                count += responses(subgroup, item) < minimum ? 1 : 0;
            }
        }
        return count;
    }

    public static String item(int item) {
        return item == 7 ? "Item 7: My teacher explains; then\nwe practice." : "Item " + item
                + ": In this class, we learn a lot almost every day.";
    }

    @Override
    public int read(char[] buffer, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        while (position == pending.length()) {
            if (nextRow == rows) {
                return -1;
            }
            pending.setLength(0);
            position = 0;
            appendRow(nextRow++);
        }
        int count = Math.min(length, pending.length() - position);
        pending.getChars(position, position + count, buffer, offset);
        position += count;
        return count;
    }

    private void appendRow(int row) {
        int subgroup = row / ITEMS;
        int item = row % ITEMS;
        int responses = responses(subgroup, item);
        int always = responses / 2;
        int most = responses / 4;
        int sometimes = responses / 8;
        int never = responses - always - most - sometimes;
        int favorableTenths = (always + most) * 1000 / responses;
        String text = item(item);
        pending.append(text.contains(";") ? '"' + text + '"' : text).append(';')
                .append(ELEMENTS[item * ELEMENTS.length / ITEMS]).append(';')
                .append(subgroup == 0 ? "All students" : "Group " + subgroup).append(';')
                .append(responses).append(';').append(always).append(';').append(most).append(';')
                .append(sometimes).append(';').append(never).append(';')
                .append(favorableTenths / 10).append(',').append(favorableTenths % 10).append(';')
                .append(70 + item % 20).append(",5;").append(68 + item % 25).append("\r\n");
    }

    @Override
    public void close() {
    }
}
