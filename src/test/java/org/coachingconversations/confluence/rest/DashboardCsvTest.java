package org.coachingconversations.confluence.rest;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/** The dashboard's CSV: the cells the page shows, quoted, and never a formula a spreadsheet would run. */
public class DashboardCsvTest {

    private final DashboardCsv target = new DashboardCsv();

    private static FollowUpDashboardJson.Section section(List<FollowUpDashboardJson.Row> rows) {
        return new FollowUpDashboardJson.Section("overdue", "Overdue action steps", "", "", rows.size(), "", 0, 10,
                "oldest", false, List.of("Step", "Page"), rows);
    }

    private static FollowUpDashboardJson.Row row(String step, String page, String url) {
        return new FollowUpDashboardJson.Row(List.of(new FollowUpDashboardJson.Cell(step, null),
                new FollowUpDashboardJson.Cell(page, url)));
    }

    @Test
    public void section_shouldWriteAHeaderAndOneQuotedLinePerRow_withThePageAddress() {
        // When
        target.section(section(List.of(row("Plan \"two\" questions, then", "Ana — notes",
                "/confluence/pages/viewpage.action?pageId=7"))), "Address");

        // Then
        assertEquals("\"Overdue action steps\",\"Step\",\"Page\",\"Address\"\r\n"
                + "\"Overdue action steps\",\"Plan \"\"two\"\" questions, then\",\"Ana — notes\","
                + "\"/confluence/pages/viewpage.action?pageId=7\"\r\n", target.text());
    }

    @Test
    public void section_shouldNeutraliseCellsASpreadsheetWouldRunAsFormulas() {
        // When
        target.section(section(List.of(row("=HYPERLINK(\"http://x\")", "+1", null), row("-2", "@SUM(A1)", null),
                row("\tTab", "Fine = fine", null))), "Address");

        // Then
        String[] lines = target.text().split("\r\n");
        assertEquals("\"Overdue action steps\",\"'=HYPERLINK(\"\"http://x\"\")\",\"'+1\",\"\"", lines[1]);
        assertEquals("\"Overdue action steps\",\"'-2\",\"'@SUM(A1)\",\"\"", lines[2]);
        assertEquals("\"Overdue action steps\",\"'\tTab\",\"Fine = fine\",\"\"", lines[3]);
    }
}
