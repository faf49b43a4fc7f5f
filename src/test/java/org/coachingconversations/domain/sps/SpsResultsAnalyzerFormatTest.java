package org.coachingconversations.domain.sps;

import static org.coachingconversations.domain.sps.SpsCsvBuilder.anExport;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/** The CSV dialects an SPS export may come in. */
public class SpsResultsAnalyzerFormatTest {

    private static final String LEARNING = "Student Learning";

    private final SpsResultsAnalyzer target = new SpsResultsAnalyzer(SpsSettings.defaults());

    @Test
    public void analyse_shouldIgnoreAByteOrderMark_whenTheFileStartsWithOne() {
        // Given
        byte[] csv = withBom(anExport().withItem("Item A", LEARNING, "80", "70", "70", "20").build());

        // When
        SpsAnalysis analysis = analysed(target.analyse(csv));

        // Then
        assertEquals("Item A", analysis.items().get(0).item());
    }

    @Test
    public void analyse_shouldReadSemicolonsAndDecimalCommas_whenExportedWithEuropeanSettings() {
        // Given
        String csv = "Item;Element;% Favorable;School average;District average;Responses\n"
                + "Item A;Student Learning;72,5;70,25 %;71,0%;20\n";

        // When
        SpsItemResult item = analysed(target.analyse(csv)).items().get(0);

        // Then
        assertEquals(new BigDecimal("72.5"), item.percentFavorable());
        assertEquals(new BigDecimal("70.25"), item.schoolAverage());
        assertEquals(new BigDecimal("71.0"), item.districtAverage());
    }

    @Test
    public void analyse_shouldReadTabs_whenTheExportIsTabSeparated() {
        // Given
        String csv = anExport().withSeparator("\t")
                .withItem("In this class, we learn a lot; every day", LEARNING, "80%", "70%", "75%", "20")
                .build();

        // When
        SpsItemResult item = analysed(target.analyse(csv)).items().get(0);

        // Then
        assertEquals("In this class, we learn a lot; every day", item.item());
        assertEquals(new BigDecimal("80"), item.percentFavorable());
    }

    @Test
    public void analyse_shouldKeepSeparatorsQuotesAndLineBreaksInsideQuotedValues() {
        // Given
        String csv = "Item,Element,% Favorable,School average,District average,Responses\r\n"
                + "\"My teacher says \"\"try again,\"\"\r\nand I do\",Student Learning,\"72,5\",70,70,20\r\n"
                + "Item B,Student Learning,60,70,70,20\r\n";

        // When
        SpsAnalysis analysis = analysed(target.analyse(csv));

        // Then
        assertEquals("My teacher says \"try again,\"\nand I do", analysis.items().get(0).item());
        assertEquals(new BigDecimal("72.5"), analysis.items().get(0).percentFavorable());
        assertEquals("the line break inside quotes counts as a line", 4, analysis.items().get(1).line());
    }

    @Test
    public void analyse_shouldIgnoreBlankLinesAndEmptyRows_whenSpreadsheetsLeaveThemBehind() {
        // Given
        String csv = "\n\nItem,Element,% Favorable,School average,District average,Responses\n\n"
                + "Item A,Student Learning,80,70,70,20\n,,,,,\n   \n"
                + "Item B,Student Learning,60,70,70,20,,\n\n";

        // When
        SpsAnalysis analysis = analysed(target.analyse(csv));

        // Then
        assertEquals(List.of("Item A", "Item B"), analysis.items().stream().map(SpsItemResult::item).toList());
        assertEquals(8, analysis.items().get(1).line());
    }

    @Test
    public void analyse_shouldRecogniseHeaderVariants_whenNamedDifferentlyInAnyCase() {
        // Given
        String csv = anExport()
                .withHeader("SURVEY ITEM", "domain", "Favorable %", "School Avg", "District %", "Number of Responses",
                        "Student group")
                .withRow("Item A", LEARNING, "80", "70", "75", "20", "All students")
                .build();

        // When
        SpsItemResult item = analysed(target.analyse(csv)).items().get(0);

        // Then
        assertEquals("Item A", item.item());
        assertEquals(LEARNING, item.element());
        assertEquals(new BigDecimal("75"), item.districtAverage());
        assertEquals(20, item.responses());
    }

    @Test
    public void analyse_shouldRecogniseOtherHeaderVariants_whenColumnsComeInAnotherOrder() {
        // Given
        String csv = anExport()
                .withHeader("N", "Percent favourable", "District average", "School average", "Category", "Question")
                .withRow("20", "80", "75", "70", LEARNING, "Item A")
                .build();

        // When
        SpsItemResult item = analysed(target.analyse(csv)).items().get(0);

        // Then
        assertEquals("Item A", item.item());
        assertEquals(new BigDecimal("70"), item.schoolAverage());
        assertEquals(new BigDecimal("75"), item.districtAverage());
    }

    @Test
    public void analyse_shouldReadACountWrittenWithDecimals_whenItIsWhole() {
        // Given
        String csv = anExport().withSeparator(";").withItem("Item A", LEARNING, "80", "70", "70", "20,0").build();

        // When
        SpsItemResult item = analysed(target.analyse(csv)).items().get(0);

        // Then
        assertEquals(20, item.responses());
    }

    @Test
    public void analyse_shouldAcceptOldMacLineBreaks_whenLinesEndWithCarriageReturnOnly() {
        // Given
        String csv = anExport().withLineBreak("\r")
                .withItem("Item A", LEARNING, "80", "70", "70", "20")
                .withItem("Item B", LEARNING, "60", "70", "70", "20")
                .build();

        // When
        SpsAnalysis analysis = analysed(target.analyse(csv));

        // Then
        assertEquals(3, analysis.items().get(1).line());
    }

    @Test
    public void analyse_shouldAcceptTheExampleOfTheArchitectureNotes() {
        // Given
        String csv = "Item;Element;Student group;Responses;Always;Most of the time;Sometimes;Never;% Favorable;"
                + "School average;District average\n"
                + "In this class, we learn a lot almost every day.;Student Learning;All students;28;16;8;3;1;85,7;80;78\n"
                + "\"My teacher explains; then we practice.\";Student Learning;All students;28;12;10;4;2;78,6;79;77\n"
                + "In this class, we learn a lot almost every day.;Student Learning;English learners;6;3;2;1;0;83,3;80;78\n";

        // When
        SpsAnalysis analysis = analysed(target.analyse(csv));

        // Then
        assertEquals(List.of("Always", "Most of the time", "Sometimes", "Never"), analysis.responseOptions());
        assertEquals("My teacher explains; then we practice.", analysis.items().get(1).item());
        assertEquals("English learners", analysis.suppressed().get(0).subgroup());
    }

    private static byte[] withBom(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static SpsAnalysis analysed(SpsAnalysisResult result) {
        return result.fold(analysis -> analysis, errors -> {
            fail("expected an analysis but got " + errors);
            return null;
        });
    }
}
