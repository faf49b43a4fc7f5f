package org.coachingconversations.domain.sps;

import static org.coachingconversations.domain.sps.SpsCsvBuilder.anExport;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.Test;

/** What reading an export as a stream must not change, where it reads across its buffers and limits. */
public class SpsResultsAnalyzerStreamingTest {

    private static final String LEARNING = "Student Learning";

    private SpsResultsAnalyzer target = new SpsResultsAnalyzer(SpsSettings.defaults().withMaxBytes(
            SpsSettings.MAX_MAX_BYTES));

    @Test
    public void analyse_shouldGiveTheSameAnalysisForAStringAStreamAndAReader_whenTheExportSpansManyBuffers()
            throws IOException {
        // Given
        String csv = readAll(new GeneratedSpsExport(4_000));

        // When
        SpsAnalysis fromString = analysed(target.analyse(csv));
        SpsAnalysis fromStream = analysed(target.analyse(new ByteArrayInputStream(
                ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8))));
        SpsAnalysis fromReader = analysed(target.analyse(new GeneratedSpsExport(4_000)));

        // Then
        assertEquals(fromString, fromStream);
        assertEquals(fromString, fromReader);
        assertEquals(99, fromReader.subgroups().size());
        assertEquals(GeneratedSpsExport.item(7), fromReader.items().get(7).item());
        assertEquals(List.of("Always", "Most of the time", "Sometimes", "Never"), fromReader.responseOptions());
    }

    @Test
    public void analyse_shouldFindTheSeparator_whenTheHeaderComesAfterMoreBlankLinesThanOneBuffer() throws IOException {
        // Given
        String csv = "\n".repeat(20_000) + anExport().withSeparator(";")
                .withItem("Item A", LEARNING, "80,5", "70", "70", "20")
                .build();

        // When
        SpsAnalysis analysis = analysed(target.analyse(new StringReader(csv)));

        // Then
        assertEquals(new java.math.BigDecimal("80.5"), analysis.items().get(0).percentFavorable());
        assertEquals(20_002, analysis.items().get(0).line());
    }

    @Test
    public void analyse_shouldNameTheLineOfTheFirstByteThatIsNotUtf8_whenItIsFarIntoTheStream() throws IOException {
        // Given
        SpsCsvBuilder export = anExport();
        for (int row = 1; row <= 2_000; row++) {
            export.withItem("Item " + row, LEARNING, "80", "70", "70", "20");
        }
        byte[] good = export.build().getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "Caf\u00e9,x,1,1,1,20\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] csv = new byte[good.length + latin1.length];
        System.arraycopy(good, 0, csv, 0, good.length);
        System.arraycopy(latin1, 0, csv, good.length, latin1.length);

        // When
        List<SpsError> errors = errors(target.analyse(new ByteArrayInputStream(csv)));

        // Then
        assertEquals(List.of(SpsProblem.NOT_UTF8), errors.stream().map(SpsError::problem).toList());
        assertEquals(2_002, errors.get(0).line());
    }

    @Test
    public void analyse_shouldListTheFirst50ProblemsAndCountTheRest_whenEveryRowOfALargeExportIsWrong() {
        // Given
        SpsCsvBuilder export = anExport();
        for (int row = 1; row <= 20_000; row++) {
            export.withItem("Item " + row, LEARNING, "bad", "70", "70", "20");
        }

        // When
        List<SpsError> errors = errors(target.analyse(export.build()));

        // Then
        assertEquals(SpsResultsAnalyzer.MAX_LISTED_ERRORS + 1, errors.size());
        assertEquals(2, errors.get(0).line());
        assertEquals(51, errors.get(49).line());
        assertEquals("19950 more problems are not listed.", errors.get(50).message());
    }

    @Test
    public void analyse_shouldListARepeatedItemBeforeItsMissingAllStudentsRow_whenBothAreOnTheSameValue() {
        // Given: a repeated subgroup row whose item has no all-students row: both problems sit on its item value
        String csv = anExport().withHeader("Item", "Element", "% Favorable", "School average", "District average",
                        "Responses", "Subgroup")
                .withRow("Item A", LEARNING, "80", "70", "70", "20", "Female")
                .withRow("Item A", LEARNING, "80", "70", "70", "20", "Female")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.NO_ALL_STUDENTS_ROW, SpsProblem.DUPLICATE_ITEM,
                SpsProblem.NO_ALL_STUDENTS_ROW), errors.stream().map(SpsError::problem).toList());
        assertEquals(List.of(2, 3, 3), errors.stream().map(SpsError::line).toList());
    }

    @Test
    public void analyse_shouldTellResponseOptionsFromTheFirst1000DataRows_whenALaterRowHasTextInOne() {
        // Given
        SpsCsvBuilder export = anExport().withHeader("Item", "Element", "% Favorable", "School average",
                "District average", "Responses", "Always", "Never");
        for (int row = 1; row <= SpsExportReader.OPTION_SAMPLE_ROWS; row++) {
            export.withRow("Item " + row, LEARNING, "80", "70", "70", "20", "15", "5");
        }
        export.withRow("Item last", LEARNING, "80", "70", "70", "20", "many", "5");

        // When
        List<SpsError> errors = errors(target.analyse(export.build()));

        // Then
        assertEquals("Line 1002, column 7 (Always): \"many\" is not a number.", errors.get(0).message());
        assertEquals(1, errors.size());
    }

    private static String readAll(java.io.Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = reader.read(buffer)) > 0) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }

    private static SpsAnalysis analysed(SpsAnalysisResult result) {
        return result.fold(analysis -> analysis, errors -> {
            fail("expected an analysis but got " + errors);
            return null;
        });
    }

    private static List<SpsError> errors(SpsAnalysisResult result) {
        return result.fold(analysis -> {
            fail("expected errors but got an analysis");
            return null;
        }, errors -> errors);
    }
}
