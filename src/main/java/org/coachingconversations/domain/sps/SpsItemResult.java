package org.coachingconversations.domain.sps;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reported (not suppressed) all-students item, as in the export, with how it compares.
 *
 * @param line         the line of the export the item was read from
 * @param optionCounts responses per response option, in the export's column order; empty when the
 *                     export has no option columns
 */
public record SpsItemResult(int line, String item, String element, BigDecimal percentFavorable,
                            BigDecimal schoolAverage, BigDecimal districtAverage, int responses,
                            Map<String, Integer> optionCounts, Standing versusSchool, Standing versusDistrict) {

    public SpsItemResult {
        optionCounts = Collections.unmodifiableMap(new LinkedHashMap<>(optionCounts));
    }

    public BigDecimal average(Benchmark benchmark) {
        return benchmark == Benchmark.SCHOOL ? schoolAverage : districtAverage;
    }

    /** Percent favorable minus the average, in percentage points. */
    public BigDecimal differenceFrom(Benchmark benchmark) {
        return percentFavorable.subtract(average(benchmark));
    }

    public Standing versus(Benchmark benchmark) {
        return benchmark == Benchmark.SCHOOL ? versusSchool : versusDistrict;
    }
}
