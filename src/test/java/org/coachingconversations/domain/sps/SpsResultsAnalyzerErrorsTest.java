package org.coachingconversations.domain.sps;

import static org.coachingconversations.domain.sps.SpsCsvBuilder.anExport;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.Test;

/** Malformed exports are rejected as a whole, with each problem placed by line and column. */
public class SpsResultsAnalyzerErrorsTest {

    private static final String LEARNING = "Student Learning";

    private SpsResultsAnalyzer target = new SpsResultsAnalyzer(SpsSettings.defaults());

    @Test
    public void analyse_shouldRejectAnEmptyFile() {
        // When
        List<SpsError> errors = errors(target.analyse(""));

        // Then
        assertEquals(List.of(SpsProblem.FILE_EMPTY), problems(errors));
        assertEquals("The file is empty: it has neither a header row nor results.", errors.get(0).message());
    }

    @Test
    public void analyse_shouldRejectAFileOfBlankLinesAndEmptyRows() {
        // When
        List<SpsError> errors = errors(target.analyse("\uFEFF\r\n  \n,,,\n\t\t\n"));

        // Then
        assertEquals(List.of(SpsProblem.FILE_EMPTY), problems(errors));
    }

    @Test
    public void analyse_shouldRejectAHeaderWithoutResults() {
        // Given
        String csv = "\nItem,Element,% Favorable,School average,District average,Responses\n\n";

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.NO_DATA_ROWS), problems(errors));
        assertEquals("Line 2: The file has a header row but no results.", errors.get(0).message());
    }

    @Test
    public void analyse_shouldNameEachMissingColumnAndItsAcceptedNames_whenRequiredColumnsAreAbsent() {
        // Given
        String csv = anExport().withHeader("Item", "% Favorable", "Responses")
                .withRow("Item A", "80", "20")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.MISSING_COLUMN, SpsProblem.MISSING_COLUMN, SpsProblem.MISSING_COLUMN),
                problems(errors));
        assertEquals(List.of("Element", "School average", "District average"),
                errors.stream().map(SpsError::columnName).toList());
        assertEquals("Line 1, column \"Element\": The required column \"Element\" is missing. "
                + "Accepted names: Element, Domain, Category, Survey element.", errors.get(0).message());
    }

    @Test
    public void analyse_shouldRejectTwoColumnsWithTheSameMeaning() {
        // Given
        String csv = anExport()
                .withHeader("Item", "Element", "% Favorable", "Percent favorable", "School average",
                        "District average", "Responses")
                .withRow("Item A", LEARNING, "80", "80", "70", "70", "20")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.DUPLICATE_COLUMN), problems(errors));
        assertEquals("Line 1, column 4 (Percent favorable): This column means the same as column 3 "
                + "(\"% Favorable\"); keep only one of them.", errors.get(0).message());
    }

    @Test
    public void analyse_shouldNameLineAndColumn_whenAValueIsNotANumber() {
        // Given
        String csv = anExport()
                .withItem("Item A", LEARNING, "80", "70", "70", "20")
                .withItem("Item B", LEARNING, "eighty", "70", "70", "20")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(1, errors.size());
        assertEquals("Line 3, column 3 (% Favorable): \"eighty\" is not a number.", errors.get(0).message());
        assertEquals(3, errors.get(0).line());
        assertEquals(3, errors.get(0).column());
    }

    @Test
    public void analyse_shouldRejectPercentagesOutsideZeroToHundred() {
        // Given
        String csv = anExport()
                .withItem("Item A", LEARNING, "100.5", "70", "-1", "20")
                .withItem("Item B", LEARNING, "100", "0", "0", "20")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.PERCENT_OUT_OF_RANGE, SpsProblem.PERCENT_OUT_OF_RANGE), problems(errors));
        assertEquals("Line 2, column 3 (% Favorable): 100.5 is not a percentage between 0 and 100.",
                errors.get(0).message());
        assertEquals(5, errors.get(1).column());
    }

    @Test
    public void analyse_shouldRejectNegativeAndFractionalCounts() {
        // Given
        String csv = anExport()
                .withHeader("Item", "Element", "% Favorable", "School average", "District average", "Responses",
                        "Always", "Never")
                .withRow("Item A", LEARNING, "80", "70", "70", "-20", "10", "10")
                .withRow("Item B", LEARNING, "80", "70", "70", "20", "-3", "12.5")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.NEGATIVE_COUNT, SpsProblem.NEGATIVE_COUNT, SpsProblem.NOT_WHOLE_NUMBER),
                problems(errors));
        assertEquals("Line 3, column 7 (Always): -3 is negative; a count cannot be below 0.", errors.get(1).message());
        assertEquals("Line 3, column 8 (Never): \"12.5\" is not a whole number.", errors.get(2).message());
    }

    @Test
    public void analyse_shouldRejectOptionCountsAddingUpToMoreThanTheResponses() {
        // Given
        String csv = anExport()
                .withHeader("Item", "Element", "% Favorable", "School average", "District average", "Responses",
                        "Always", "Never")
                .withRow("Item A", LEARNING, "80", "70", "70", "20", "15", "6")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals("Line 2, column 6 (Responses): The response options add up to 21, more than the 20 "
                + "responses of this row.", errors.get(0).message());
    }

    @Test
    public void analyse_shouldReportAMisspelledCountInAnOptionColumn_insteadOfIgnoringTheColumn() {
        // Given
        String csv = anExport()
                .withHeader("Item", "Element", "% Favorable", "School average", "District average", "Responses",
                        "Always", "Never")
                .withRow("Item A", LEARNING, "80", "70", "70", "20", "15", "5")
                .withRow("Item B", LEARNING, "80", "70", "70", "20", "l5", "5")
                .withRow("Item C", LEARNING, "80", "70", "70", "20", "15", "")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.NOT_A_NUMBER, SpsProblem.EMPTY_VALUE), problems(errors));
        assertEquals("Line 4, column 8 (Never): A value is required here.", errors.get(1).message());
    }

    @Test
    public void analyse_shouldRejectEmptyRequiredValues() {
        // Given
        String csv = anExport().withItem("", LEARNING, "80", "70", "", "").build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(1, 5, 6), errors.stream().map(SpsError::column).toList());
        assertTrue(errors.stream().allMatch(error -> error.problem() == SpsProblem.EMPTY_VALUE));
    }

    @Test
    public void analyse_shouldRejectADuplicateItemInOneSubgroup() {
        // Given
        String csv = anExport()
                .withItem("Item A", LEARNING, "80", "70", "70", "20")
                .withItem("Item B", LEARNING, "80", "70", "70", "20")
                .withItem(" item  a ", LEARNING, "60", "70", "70", "20")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals("Line 4, column 1 (Item): The item \"item  a\" appears twice for All students "
                + "(first on line 2).", errors.get(0).message());
    }

    @Test
    public void analyse_shouldRejectASubgroupRowWithoutAnAllStudentsRow_andAnElementThatDisagrees() {
        // Given
        String csv = anExport()
                .withHeader("Item", "Element", "Group", "% Favorable", "School average", "District average", "N")
                .withRow("Item A", LEARNING, "All", "80", "70", "70", "20")
                .withRow("Item A", "Classroom Community", "Girls", "80", "70", "70", "12")
                .withRow("Item B", LEARNING, "Girls", "80", "70", "70", "12")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.ELEMENT_MISMATCH, SpsProblem.NO_ALL_STUDENTS_ROW), problems(errors));
        assertEquals("Line 3, column 2 (Element): The item \"Item A\" is in element \"Classroom Community\" here "
                + "but in \"Student Learning\" on line 2.", errors.get(0).message());
        assertEquals("Line 4, column 1 (Item): The item \"Item B\" has a row for Girls but no row for all students.",
                errors.get(1).message());
    }

    @Test
    public void analyse_shouldRejectARowWithMoreValuesThanTheHeader() {
        // Given
        String csv = "Item,Element,% Favorable,School average,District average,Responses\n"
                + "Item A,Student Learning,72,5,70,70,20\n";

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.TOO_MANY_VALUES), problems(errors));
        assertEquals("Line 2, column 7: The row has 7 values but the header has only 6 columns.",
                errors.get(0).message());
    }

    @Test
    public void analyse_shouldRejectAnUnterminatedQuote_namingWhereItStarts() {
        // Given
        String csv = "Item,Element,% Favorable,School average,District average,Responses\n"
                + "Item A,Student Learning,80,70,70,20\n"
                + "\"Item B,Student Learning,80,70,70,20\n"
                + "Item C,Student Learning,80,70,70,20\n";

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.UNTERMINATED_QUOTE), problems(errors));
        assertEquals("Line 3, column 1: A quoted value starts here but its closing quote is missing.",
                errors.get(0).message());
    }

    @Test
    public void analyse_shouldRejectTextAfterAClosingQuote() {
        // Given
        String csv = "Item,Element,% Favorable,School average,District average,Responses\n"
                + "\"Item \"A\",Student Learning,80,70,70,20\n";

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertEquals(List.of(SpsProblem.TEXT_AFTER_QUOTE), problems(errors));
        assertEquals(2, errors.get(0).line());
    }

    @Test
    public void analyse_shouldRejectTextThatIsNotUtf8_namingTheLine() {
        // Given
        byte[] latin1 = ("Item,Element,% Favorable,School average,District average,Responses\n"
                + "Item A,Student Learning,80,70,70,20\n"
                + "Caf\u00e9 item,Student Learning,80,70,70,20\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

        // When
        List<SpsError> errors = errors(target.analyse(latin1));

        // Then
        assertEquals(List.of(SpsProblem.NOT_UTF8), problems(errors));
        assertEquals(3, errors.get(0).line());
    }

    @Test
    public void analyse_shouldRejectAFileOverTheSizeLimit_withAClearMessage() {
        // Given
        target = new SpsResultsAnalyzer(SpsSettings.defaults().withMaxBytes(100));
        String csv = anExport()
                .withItem("Item A", LEARNING, "80", "70", "70", "20")
                .withItem("Item B", LEARNING, "80", "70", "70", "20")
                .build();

        // When
        List<SpsError> errors = errors(target.analyse(csv));

        // Then
        assertTrue(csv.length() > 100);
        assertEquals("The file is larger than the limit of 100 bytes. Export only the results of one teacher "
                + "or ask an administrator to raise the limit.", errors.get(0).message());
    }

    @Test
    public void analyse_shouldRejectAnOversizedStreamWithoutReadingItAll() throws IOException {
        // Given
        byte[] twoMegabytes = new byte[2 * 1024 * 1024];
        CountingStream attachment = new CountingStream(twoMegabytes);

        // When
        List<SpsError> errors = errors(target.analyse(attachment));

        // Then
        assertEquals(List.of(SpsProblem.FILE_TOO_LARGE), problems(errors));
        assertEquals("1,048,576", errors.get(0).arguments().get(0));
        assertTrue("read " + attachment.read, attachment.read <= SpsSettings.DEFAULT_MAX_BYTES + 1);
    }

    @Test
    public void analyse_shouldAcceptAFileOfExactlyTheLimit() {
        // Given
        String csv = anExport().withItem("Item A", LEARNING, "80", "70", "70", "20").build();
        target = new SpsResultsAnalyzer(SpsSettings.defaults().withMaxBytes(csv.length()));

        // When
        SpsAnalysisResult result = target.analyse(csv);

        // Then
        assertTrue(result.isAnalysed());
    }

    @Test
    public void analyse_shouldListAllProblemsInLineOrder_andNoAnalysis() {
        // Given
        String csv = anExport()
                .withItem("Item A", LEARNING, "80", "x", "70", "20")
                .withItem("Item B", LEARNING, "180", "70", "70", "20")
                .withItem("Item C", LEARNING, "80", "70", "70", "20")
                .build();

        // When
        SpsAnalysisResult result = target.analyse(csv);

        // Then
        assertFalse(result.isAnalysed());
        assertEquals(List.of(2, 3), errors(result).stream().map(SpsError::line).toList());
    }

    @Test
    public void analyse_shouldCapTheListOfProblems_whenAFileIsFullOfThem() {
        // Given
        SpsCsvBuilder export = anExport();
        for (int row = 1; row <= 60; row++) {
            export.withItem("Item " + row, LEARNING, "bad", "70", "70", "20");
        }

        // When
        List<SpsError> errors = errors(target.analyse(export.build()));

        // Then
        assertEquals(SpsResultsAnalyzer.MAX_LISTED_ERRORS + 1, errors.size());
        assertEquals("10 more problems are not listed.", errors.get(errors.size() - 1).message());
    }

    private static List<SpsError> errors(SpsAnalysisResult result) {
        return result.fold(analysis -> {
            fail("expected errors but got an analysis");
            return null;
        }, errors -> errors);
    }

    private static List<SpsProblem> problems(List<SpsError> errors) {
        return errors.stream().map(SpsError::problem).toList();
    }

    private static final class CountingStream extends InputStream {
        private final ByteArrayInputStream bytes;
        private long read;

        CountingStream(byte[] content) {
            bytes = new ByteArrayInputStream(content);
        }

        @Override
        public int read() {
            int value = bytes.read();
            if (value >= 0) {
                read++;
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            int count = bytes.read(buffer, offset, length);
            read += Math.max(count, 0);
            return count;
        }
    }
}
