package org.coachingconversations.domain.sps;

import static org.junit.Assert.assertEquals;

import java.util.Optional;
import org.junit.Test;

public class SpsColumnTest {

    @Test
    public void fromHeader_shouldRecogniseTheVariantsOfEachColumn() {
        assertColumn(SpsColumn.ITEM, "Item", "QUESTION", "Survey Item", " survey  item ");
        assertColumn(SpsColumn.ELEMENT, "Element", "domain", "Category");
        assertColumn(SpsColumn.PERCENT_FAVORABLE, "% Favorable", "Percent favorable", "Favorable %", "% favourable",
                "Favorable (%)", "Pct. Favorable");
        assertColumn(SpsColumn.SCHOOL_AVERAGE, "School average", "School avg", "School %", "School Avg.",
                "School average (% favorable)");
        assertColumn(SpsColumn.DISTRICT_AVERAGE, "District average", "District avg", "District %", "District mean");
        assertColumn(SpsColumn.RESPONSES, "Responses", "N", "n", "Response count", "Number of responses",
                "Responses (n)", "# of responses");
        assertColumn(SpsColumn.SUBGROUP, "Subgroup", "Group", "Student group", "Sub-group");
    }

    @Test
    public void fromHeader_shouldRecogniseNothing_whenTheHeaderNamesAnotherColumn() {
        for (String header : new String[] {"Item #", "Always", "% Unfavorable", "School name", "", "Teacher"}) {
            assertEquals(header, Optional.empty(), SpsColumn.fromHeader(header));
        }
    }

    private static void assertColumn(SpsColumn expected, String... headers) {
        for (String header : headers) {
            assertEquals(header, Optional.of(expected), SpsColumn.fromHeader(header));
        }
    }
}
