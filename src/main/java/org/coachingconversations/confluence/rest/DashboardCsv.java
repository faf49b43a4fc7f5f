package org.coachingconversations.confluence.rest;

import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard as CSV (RFC 4180): for each list a header line (the list's title, then its columns) and one line per
 * row, the same cells the page shows, then the page's address. A cell that a spreadsheet would take for a formula
 * (starting with {@code = + - @}, a tab or a carriage return) is written with a leading apostrophe, so opening the
 * file never runs anything a user typed.
 */
final class DashboardCsv {

    private final StringBuilder csv = new StringBuilder();

    void section(FollowUpDashboardJson.Section section, String addressColumn) {
        List<String> header = new ArrayList<>();
        header.add(section.title());
        header.addAll(section.columns());
        header.add(addressColumn);
        line(header);
        for (FollowUpDashboardJson.Row row : section.rows()) {
            List<String> cells = new ArrayList<>();
            cells.add(section.title());
            String address = "";
            for (FollowUpDashboardJson.Cell cell : row.cells()) {
                cells.add(cell.text());
                if (cell.url() != null && cell.url().contains("/pages/viewpage.action")) {
                    address = cell.url();
                }
            }
            cells.add(address);
            line(cells);
        }
    }

    String text() {
        return csv.toString();
    }

    private void line(List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(neutralised(cells.get(i) == null ? "" : cells.get(i))));
        }
        csv.append("\r\n");
    }

    static String neutralised(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }

    private static String quoted(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
