package org.coachingconversations.domain.sps;

import static org.coachingconversations.domain.sps.SpsCsvBuilder.anExport;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class SpsResultsAnalyzerTest {

    private static final String SAMPLE = "/sps/colorado-sps-34-items.csv";
    private static final String STUDENT_LEARNING = "Student Learning";
    private static final String COMMUNITY = "Classroom Community";

    private SpsResultsAnalyzer target = new SpsResultsAnalyzer(SpsSettings.defaults());

    // ---- The realistic sample: 34 items, four elements, four response options, three subgroups

    @Test
    public void analyse_shouldReportAll34ItemsInTheExportOrder_whenReadingTheSample() throws IOException {
        // When
        SpsAnalysis analysis = analysed(sample());

        // Then
        assertEquals(34, analysis.items().size());
        assertEquals("In this class, we learn a lot almost every day.", analysis.items().get(0).item());
        assertEquals("My teacher respects my ideas, even when they are different from the teacher's.",
                analysis.items().get(16).item());
        assertEquals("Class starts on time and routines run smoothly.", analysis.items().get(33).item());
        assertEquals(List.of("Always", "Most of the time", "Sometimes", "Never"), analysis.responseOptions());
    }

    @Test
    public void analyse_shouldSummariseTheFourElements_whenReadingTheSample() throws IOException {
        // When
        List<ElementSummary> elements = analysed(sample()).elements();

        // Then
        assertEquals(List.of(STUDENT_LEARNING, "Student-Centered Environment", COMMUNITY, "Classroom Management"),
                elements.stream().map(ElementSummary::element).toList());
        assertEquals(List.of(13, 9, 7, 5), elements.stream().map(ElementSummary::reportedItems).toList());
        ElementSummary learning = elements.get(0);
        assertEquals(363, learning.responses());
        assertEquals(Optional.of(new BigDecimal("72.6")), learning.percentFavorable());
        assertEquals(Optional.of(new BigDecimal("72.5")), learning.itemMeanPercentFavorable());
        assertEquals(Optional.of(new BigDecimal("72.7")), learning.schoolAverage());
        assertEquals(Optional.of(new BigDecimal("71.5")), learning.districtAverage());
        assertEquals(Optional.of(new BigDecimal("67.0")), elements.get(3).percentFavorable());
    }

    @Test
    public void analyse_shouldListItemsAboveAndBelowTheSchoolAverage_whenReadingTheSample() throws IOException {
        // When
        BenchmarkComparison school = analysed(sample()).school();

        // Then
        assertEquals(16, school.above().size());
        assertEquals(12, school.below().size());
        assertEquals("the largest gap comes first",
                "In this class, we learn a lot almost every day.", school.above().get(0).item());
        assertEquals(new BigDecimal("6"), school.above().get(0).difference());
        assertEquals("three items 5 points below, in the export's order", List.of(
                "My teacher connects what we learn to life outside the classroom.",
                "My teacher gives me choices in how I show what I learned.",
                "My teacher knows what I am interested in."),
                school.below().subList(0, 3).stream().map(ItemDifference::item).toList());
        assertEquals(new BigDecimal("-5"), school.below().get(0).difference());
        assertEquals(new BigDecimal("-1"), school.below().get(11).difference());
    }

    @Test
    public void analyse_shouldListItemsAboveAndBelowTheDistrictAverage_whenReadingTheSample() throws IOException {
        // When
        BenchmarkComparison district = analysed(sample()).district();

        // Then
        assertEquals(23, district.above().size());
        assertEquals(8, district.below().size());
        assertTrue(district.below().stream().allMatch(item -> item.standing() == Standing.BELOW));
    }

    @Test
    public void analyse_shouldFindTheItemsWithTheMostAlwaysAndNeverAnswers_whenReadingTheSample() throws IOException {
        // When
        SpsAnalysis analysis = analysed(sample());

        // Then
        OptionLeaders always = analysis.mostTopOption().orElseThrow();
        assertEquals("Always", always.option());
        assertEquals(List.of("In this class, we learn a lot almost every day."), items(always));
        assertEquals(new BigDecimal("57.1"), always.items().get(0).percent());
        OptionLeaders never = analysis.mostBottomOption().orElseThrow();
        assertEquals("Never", never.option());
        assertEquals("three items tie with 6 of 28", List.of("My teacher knows what I am interested in.",
                "Our class stays busy and does not waste time.",
                "Students in this class behave the way my teacher wants them to."), items(never));
    }

    @Test
    public void analyse_shouldCompareEachSubgroupWithAllStudentsAndSuppressTheSmallOne_whenReadingTheSample()
            throws IOException {
        // When
        SpsAnalysis analysis = analysed(sample());

        // Then
        assertEquals(List.of("Female", "Male", "English learners"),
                analysis.subgroups().stream().map(SubgroupComparison::subgroup).toList());
        ItemDifference femaleFirstItem = analysis.subgroups().get(0).items().get(0);
        assertEquals(new BigDecimal("93"), femaleFirstItem.percentFavorable());
        assertEquals(new BigDecimal("86"), femaleFirstItem.reference());
        assertEquals(new BigDecimal("7"), femaleFirstItem.difference());
        assertEquals(Standing.ABOVE, femaleFirstItem.standing());
        assertEquals(List.of(), analysis.subgroups().get(2).items());
        assertEquals(3, analysis.suppressed().size());
        assertTrue(analysis.suppressed().stream().allMatch(row -> row.subgroup().equals("English learners")));
    }

    @Test
    public void analyse_shouldReadTheSampleFromAStream_whenGivenAnAttachment() throws IOException {
        // Given
        try (InputStream attachment = getClass().getResourceAsStream(SAMPLE)) {
            // When
            SpsAnalysisResult result = target.analyse(attachment);

            // Then
            assertEquals(34, result.fold(analysis -> analysis.items().size(), errors -> 0).intValue());
        }
    }

    // ---- Averages and tolerance

    @Test
    public void analyse_shouldLeaveAnItemEqualToTheAverageOutOfBothLists_whenToleranceIsZero() {
        // Given
        String csv = anExport().withItem("Item A", STUDENT_LEARNING, "75", "75", "80", "20").build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals(List.of(), analysis.school().above());
        assertEquals(List.of(), analysis.school().below());
        assertEquals(Standing.WITHIN_TOLERANCE, analysis.items().get(0).versusSchool());
        assertEquals(Standing.BELOW, analysis.items().get(0).versusDistrict());
    }

    @Test
    public void analyse_shouldTreatGapsWithinTheToleranceAsNeitherAboveNorBelow_whenToleranceIsSet() {
        // Given
        target = new SpsResultsAnalyzer(SpsSettings.defaults().withTolerancePoints(new BigDecimal("2.5")));
        String csv = anExport()
                .withItem("Inside", STUDENT_LEARNING, "77.5", "75", "80", "20")
                .withItem("Outside", STUDENT_LEARNING, "77.6", "75", "80.2", "20")
                .build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals(List.of("Outside"), analysis.school().above().stream().map(ItemDifference::item).toList());
        assertEquals(List.of("Outside"), analysis.district().below().stream().map(ItemDifference::item).toList());
        assertEquals(new BigDecimal("-2.6"), analysis.district().below().get(0).difference());
    }

    // ---- Response options

    @Test
    public void analyse_shouldTakeTopAndBottomFromTheColumnOrder_whenOptionsAreListedBottomFirst() {
        // Given
        String csv = anExport()
                .withHeader("Item", "Element", "Never", "Sometimes", "Often", "Always", "% Favorable",
                        "School avg", "District avg", "N")
                .withRow("Item A", COMMUNITY, "1", "2", "7", "10", "85", "80", "80", "20")
                .withRow("Item B", COMMUNITY, "6", "4", "5", "5", "50", "80", "80", "20")
                .build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals(List.of("Never", "Sometimes", "Often", "Always"), analysis.responseOptions());
        assertEquals("Never", analysis.mostTopOption().orElseThrow().option());
        assertEquals(List.of("Item B"), items(analysis.mostTopOption().orElseThrow()));
        assertEquals("Always", analysis.mostBottomOption().orElseThrow().option());
        assertEquals(List.of("Item A"), items(analysis.mostBottomOption().orElseThrow()));
    }

    @Test
    public void analyse_shouldRankByShareOfAnswers_whenItemsHaveDifferentNumbersOfAnswers() {
        // Given
        String csv = anExport()
                .withHeader("Item", "Element", "% Favorable", "School average", "District average", "Responses",
                        "Yes", "No")
                .withRow("Many answers", COMMUNITY, "60", "60", "60", "30", "18", "12")
                .withRow("Fewer answers", COMMUNITY, "70", "60", "60", "10", "7", "3")
                .build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals("7 of 10 beats 18 of 30", List.of("Fewer answers"), items(analysis.mostTopOption().orElseThrow()));
        assertEquals(List.of("Many answers"), items(analysis.mostBottomOption().orElseThrow()));
    }

    @Test
    public void analyse_shouldListNoItemForAnOption_whenNobodyChoseIt() {
        // Given
        String csv = anExport()
                .withHeader("Item", "Element", "% Favorable", "School average", "District average", "Responses",
                        "Always", "Never")
                .withRow("Item A", COMMUNITY, "100", "60", "60", "12", "12", "0")
                .withRow("Item B", COMMUNITY, "100", "60", "60", "12", "12", "0")
                .build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals(List.of("Item A", "Item B"), items(analysis.mostTopOption().orElseThrow()));
        assertEquals(List.of(), analysis.mostBottomOption().orElseThrow().items());
    }

    @Test
    public void analyse_shouldOmitOptionRankings_whenTheExportHasNoOptionColumns() {
        // Given
        String csv = anExport().withItem("Item A", STUDENT_LEARNING, "75", "70", "70", "20").build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals(List.of(), analysis.responseOptions());
        assertFalse(analysis.mostTopOption().isPresent());
        assertFalse(analysis.mostBottomOption().isPresent());
    }

    @Test
    public void analyse_shouldIgnoreTextAndIdentifierColumns_whenLookingForOptions() {
        // Given
        String csv = anExport()
                .withHeader("Item #", "Item", "Element", "Comment", "Period", "% Favorable", "% Unfavorable",
                        "School average", "District average", "Responses", "Agree", "Disagree")
                .withRow("1", "Item A", COMMUNITY, "good", "3", "75", "25", "70", "70", "20", "15", "5")
                .withRow("2", "Item B", COMMUNITY, "", "3", "50", "50", "70", "70", "20", "10", "10")
                .build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals(List.of("Agree", "Disagree"), analysis.responseOptions());
    }

    // ---- Element summary

    @Test
    public void analyse_shouldWeightTheElementByResponses_whenItemsHaveDifferentCounts() {
        // Given
        String csv = anExport()
                .withItem("Item A", COMMUNITY, "90", "80", "70", "30")
                .withItem("Item B", COMMUNITY, "50", "60", "50", "10")
                .build();

        // When
        ElementSummary community = analysed(csv).elements().get(0);

        // Then
        assertEquals("(90*30 + 50*10) / 40", Optional.of(new BigDecimal("80.0")), community.percentFavorable());
        assertEquals(Optional.of(new BigDecimal("70.0")), community.itemMeanPercentFavorable());
        assertEquals(Optional.of(new BigDecimal("70.0")), community.schoolAverage());
        assertEquals(Optional.of(new BigDecimal("60.0")), community.districtAverage());
        assertEquals(40, community.responses());
    }

    @Test
    public void analyse_shouldGroupElementsIgnoringCase_whenTheExportSpellsThemDifferently() {
        // Given
        String csv = anExport()
                .withItem("Item A", "Classroom Management", "90", "80", "70", "20")
                .withItem("Item B", "classroom  management", "50", "60", "50", "20")
                .build();

        // When
        List<ElementSummary> elements = analysed(csv).elements();

        // Then
        assertEquals(1, elements.size());
        assertEquals("Classroom Management", elements.get(0).element());
        assertEquals(2, elements.get(0).reportedItems());
    }

    // ---- Suppression

    @Test
    public void analyse_shouldSuppressAnItemWithoutExposingItsValues_whenItHasFewerResponsesThanTheMinimum() {
        // Given
        String csv = anExport()
                .withItem("Reported", COMMUNITY, "90", "50", "50", "10")
                .withItem("Too few", COMMUNITY, "10", "50", "50", "9")
                .build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals(List.of("Reported"), analysis.items().stream().map(SpsItemResult::item).toList());
        assertEquals(List.of("Reported"), analysis.school().above().stream().map(ItemDifference::item).toList());
        assertEquals("the suppressed 10% would have been below", List.of(), analysis.school().below());
        SuppressedRow suppressed = analysis.suppressed().get(0);
        assertEquals("Too few", suppressed.item());
        assertEquals(3, suppressed.line());
        assertEquals(SpsAnalysis.ALL_STUDENTS, suppressed.subgroup());
        assertEquals("Fewer than 10 responses", suppressed.reason());
        ElementSummary community = analysis.elements().get(0);
        assertEquals(1, community.suppressedItems());
        assertEquals(Optional.of(new BigDecimal("90.0")), community.percentFavorable());
    }

    @Test
    public void analyse_shouldAcceptBlankOrMarkedValuesInASuppressedRow_whenTheExportHidesThem() {
        // Given
        String csv = anExport()
                .withItem("Reported", COMMUNITY, "90", "50", "50", "25")
                .withItem("Hidden", COMMUNITY, "", "*", "n<10", "4")
                .build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals(List.of("Hidden"), analysis.suppressed().stream().map(SuppressedRow::item).toList());
    }

    @Test
    public void analyse_shouldUseTheConfiguredMinimum_whenItIsLowerThanTheDefault() {
        // Given
        target = new SpsResultsAnalyzer(SpsSettings.defaults().withMinimumResponses(5));
        String csv = anExport().withItem("Small class", COMMUNITY, "80", "70", "70", "5").build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals(1, analysis.items().size());
        assertEquals(List.of(), analysis.suppressed());
    }

    @Test
    public void analyse_shouldGiveAnElementNoFigures_whenAllItsItemsAreSuppressed() {
        // Given
        String csv = anExport().withItem("Only item", COMMUNITY, "80", "70", "70", "3").build();

        // When
        ElementSummary community = analysed(csv).elements().get(0);

        // Then
        assertEquals(0, community.reportedItems());
        assertEquals(1, community.suppressedItems());
        assertFalse(community.percentFavorable().isPresent());
        assertFalse(community.schoolAverage().isPresent());
    }

    // ---- Subgroups

    @Test
    public void analyse_shouldCompareSubgroupsWithTheAllStudentsRow_whenTheExportHasASubgroupColumn() {
        // Given
        String csv = anExport()
                .withHeader("Subgroup", "Item", "Element", "% Favorable", "School average", "District average",
                        "Responses")
                .withRow("All", "Item A", COMMUNITY, "70", "70", "70", "30")
                .withRow("", "Item B", COMMUNITY, "80", "70", "70", "30")
                .withRow("FRL", "Item A", COMMUNITY, "60", "70", "70", "12")
                .withRow("FRL", "Item B", COMMUNITY, "80", "70", "70", "12")
                .withRow("ELL", "item a", COMMUNITY, "95", "70", "70", "11")
                .withRow("ELL", "Item B", COMMUNITY, "90", "70", "70", "8")
                .build();

        // When
        SpsAnalysis analysis = analysed(csv);

        // Then
        assertEquals("subgroup rows are not all-students items", 2, analysis.items().size());
        SubgroupComparison frl = analysis.subgroups().get(0);
        assertEquals("FRL", frl.subgroup());
        assertEquals(List.of(Standing.BELOW, Standing.WITHIN_TOLERANCE),
                frl.items().stream().map(ItemDifference::standing).toList());
        assertEquals(new BigDecimal("-10"), frl.items().get(0).difference());
        SubgroupComparison ell = analysis.subgroups().get(1);
        assertEquals("the suppressed ELL row for Item B is left out", 1, ell.items().size());
        assertEquals(new BigDecimal("25"), ell.items().get(0).difference());
        assertEquals("ELL", analysis.suppressed().get(0).subgroup());
    }

    private SpsAnalysis analysed(String csv) {
        return target.analyse(csv).fold(analysis -> analysis, errors -> {
            fail("expected an analysis but got " + errors);
            return null;
        });
    }

    private static List<String> items(OptionLeaders leaders) {
        return leaders.items().stream().map(OptionShare::item).toList();
    }

    private String sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream(SAMPLE)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
