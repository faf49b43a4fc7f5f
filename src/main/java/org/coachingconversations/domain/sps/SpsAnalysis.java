package org.coachingconversations.domain.sps;

import java.util.List;
import java.util.Optional;

/**
 * What an SPS export says, ready for a reflection conversation (seed 000, "Dig into the data").
 *
 * @param responseOptions   the option columns in the export's order (first = top of the scale, last =
 *                          bottom); empty when the export has none
 * @param items             the reported all-students items, in the export's order
 * @param mostTopOption     items with the largest share of the first option (e.g. "Always"); absent
 *                          when the export has fewer than two option columns
 * @param mostBottomOption  items with the largest share of the last option (e.g. "Never"); absent
 *                          likewise
 * @param elements          one summary per element, in order of first appearance
 * @param subgroups         one comparison per subgroup, in order of first appearance
 * @param suppressed        rows left out for too few responses, in the export's order
 */
public record SpsAnalysis(SpsSettings settings, List<String> responseOptions, List<SpsItemResult> items,
                          BenchmarkComparison school, BenchmarkComparison district,
                          Optional<OptionLeaders> mostTopOption, Optional<OptionLeaders> mostBottomOption,
                          List<ElementSummary> elements, List<SubgroupComparison> subgroups,
                          List<SuppressedRow> suppressed) {

    /** How rows without a subgroup, or with "All", "All students", "Overall" or "Total", are named. */
    public static final String ALL_STUDENTS = "All students";

    public SpsAnalysis {
        responseOptions = List.copyOf(responseOptions);
        items = List.copyOf(items);
        elements = List.copyOf(elements);
        subgroups = List.copyOf(subgroups);
        suppressed = List.copyOf(suppressed);
    }

    public BenchmarkComparison comparedWith(Benchmark benchmark) {
        return benchmark == Benchmark.SCHOOL ? school : district;
    }
}
