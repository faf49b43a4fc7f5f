package org.coachingconversations.domain.sps;

import java.util.List;

/**
 * The items above and below one average. Items above come largest gap first, items below most
 * below first; equal gaps keep the export's order. Items within the tolerance are in neither list.
 */
public record BenchmarkComparison(Benchmark benchmark, List<ItemDifference> above, List<ItemDifference> below) {

    public BenchmarkComparison {
        above = List.copyOf(above);
        below = List.copyOf(below);
    }
}
