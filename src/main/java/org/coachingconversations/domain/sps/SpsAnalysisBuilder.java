package org.coachingconversations.domain.sps;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the analysis from validated rows as they are read, keeping what the analysis reports and the aggregates it
 * needs, never the rows: per item its all-students result, per element running sums, per subgroup its differences,
 * the suppressed rows' names, and which (subgroup, item) pairs were seen. So memory grows with the items and groups
 * of an export, not with its text. A row that repeats a pair adds a problem, and waits like any subgroup row when
 * its item's all-students row is still to come.
 *
 * <p>Also checks across rows: an item twice for one subgroup, a subgroup row without an all-students row of the same
 * item, or in another element than it. A subgroup row is checked as soon as its item's all-students row has been
 * read; one that comes before it waits, with the little it needs, to the end of the file.
 */
final class SpsAnalysisBuilder {

    private static final int SCALE = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int SHARED_NUMBERS = 4_096;

    /** The first valid all-students row of an item: what its subgroup rows are set against. */
    private record Whole(int line, String element, int elementKey, boolean suppressed, BigDecimal percentFavorable) {
    }

    /** A subgroup row read before its item's all-students row. */
    private record Waiting(int line, String item, String element, int elementKey, int itemKey, String subgroup,
                           boolean suppressed, BigDecimal percentFavorable) {
    }

    private static final class ElementTally {
        final String name;
        int reported;
        int suppressed;
        long responses;
        BigDecimal weightedSum = BigDecimal.ZERO;
        BigDecimal favorableSum = BigDecimal.ZERO;
        BigDecimal schoolSum = BigDecimal.ZERO;
        BigDecimal districtSum = BigDecimal.ZERO;

        ElementTally(String name) {
            this.name = name;
        }
    }

    /** A subgroup's comparisons in file order; a row waiting for its all-students row holds its place. */
    private static final class SubgroupTally {
        final String name;
        final List<Object> items = new ArrayList<>();

        SubgroupTally(String name) {
            this.name = name;
        }
    }

    private final SpsSettings settings;
    private final List<String> options;
    private final BoundedErrors errors;
    private final int itemColumn;
    private final String itemColumnName;
    private final int elementColumn;
    private final String elementColumnName;

    private final Map<String, String> texts = new HashMap<>();
    private final Map<BigDecimal, BigDecimal> numbers = new HashMap<>();
    private final Map<String, Integer> keys = new HashMap<>();
    private final Map<String, Integer> keyOfText = new HashMap<>();
    private final int allStudentsKey;
    private final PairLines firstLines = new PairLines();
    private final Map<Integer, Whole> wholes = new HashMap<>();
    private final List<Waiting> waiting = new ArrayList<>();

    private final List<SpsItemResult> items = new ArrayList<>();
    private final Map<Integer, ElementTally> elements = new LinkedHashMap<>();
    private final Map<Integer, SubgroupTally> subgroups = new LinkedHashMap<>();
    private final List<SuppressedRow> suppressed = new ArrayList<>();

    /**
     * @param itemColumn    1-based position of the item column, where problems with an item are placed
     * @param elementColumn likewise for the element column
     */
    SpsAnalysisBuilder(SpsSettings settings, List<String> options, BoundedErrors errors, int itemColumn,
                       String itemColumnName, int elementColumn, String elementColumnName) {
        this.settings = settings;
        this.options = List.copyOf(options);
        this.errors = errors;
        this.itemColumn = itemColumn;
        this.itemColumnName = itemColumnName;
        this.elementColumn = elementColumn;
        this.elementColumnName = elementColumnName;
        this.allStudentsKey = keyOf(SpsAnalysis.ALL_STUDENTS);
    }

    void add(SpsRow row) {
        String item = shared(row.item());
        String element = shared(row.element());
        String subgroup = shared(row.subgroup());
        int itemKey = keyOf(item);
        int elementKey = keyOf(element);
        int subgroupKey = row.allStudents() ? allStudentsKey : keyOf(subgroup);

        int earlier = firstLines.putIfAbsent(subgroupKey, itemKey, row.line());
        boolean duplicate = earlier != PairLines.ABSENT;
        if (duplicate) {
            errors.add(SpsError.ofCell(row.line(), itemColumn, itemColumnName, SpsProblem.DUPLICATE_ITEM, item,
                    subgroup, String.valueOf(earlier)), BoundedErrors.Pass.DUPLICATES);
        }
        if (row.allStudents()) {
            if (!duplicate) {
                addWhole(row, item, element, itemKey, elementKey);
            }
            return;
        }
        SubgroupTally tally = null;
        if (!duplicate) {
            tally = subgroups.computeIfAbsent(subgroupKey, key -> new SubgroupTally(subgroup));
            addSuppressed(row, item, element, subgroup);
        }
        Waiting waits = new Waiting(row.line(), item, element, elementKey, itemKey, subgroup, row.suppressed(),
                row.percentFavorable());
        Whole whole = wholes.get(itemKey);
        if (whole == null) {
            waiting.add(waits);
            if (tally != null) {
                tally.items.add(waits);
            }
            return;
        }
        if (checkAgainst(waits, whole) && tally != null) {
            difference(waits, whole).ifPresent(tally.items::add);
        }
    }

    private void addWhole(SpsRow row, String item, String element, int itemKey, int elementKey) {
        wholes.put(itemKey, new Whole(row.line(), element, elementKey, row.suppressed(), row.percentFavorable()));
        ElementTally tally = elements.computeIfAbsent(elementKey, key -> new ElementTally(element));
        if (row.suppressed()) {
            tally.suppressed++;
            addSuppressed(row, item, element, SpsAnalysis.ALL_STUDENTS);
            return;
        }
        BigDecimal tolerance = settings.tolerancePoints();
        items.add(new SpsItemResult(row.line(), item, element, row.percentFavorable(), row.schoolAverage(),
                row.districtAverage(), row.responses(), row.optionCounts(),
                Standing.of(row.percentFavorable().subtract(row.schoolAverage()), tolerance),
                Standing.of(row.percentFavorable().subtract(row.districtAverage()), tolerance)));
        tally.reported++;
        tally.responses += row.responses();
        tally.weightedSum = tally.weightedSum.add(row.percentFavorable().multiply(BigDecimal.valueOf(row.responses())));
        tally.favorableSum = tally.favorableSum.add(row.percentFavorable());
        tally.schoolSum = tally.schoolSum.add(row.schoolAverage());
        tally.districtSum = tally.districtSum.add(row.districtAverage());
    }

    private void addSuppressed(SpsRow row, String item, String element, String subgroup) {
        if (row.suppressed()) {
            suppressed.add(new SuppressedRow(row.line(), item, element, subgroup, settings.minimumResponses()));
        }
    }

    /** Whether the row is in the same element as its all-students row; reports it when not. */
    private boolean checkAgainst(Waiting row, Whole whole) {
        if (row.elementKey() == whole.elementKey()) {
            return true;
        }
        errors.add(SpsError.ofCell(row.line(), elementColumn, elementColumnName, SpsProblem.ELEMENT_MISMATCH,
                row.item(), row.element(), whole.element(), String.valueOf(whole.line())),
                BoundedErrors.Pass.ACROSS_ROWS);
        return false;
    }

    private Optional<ItemDifference> difference(Waiting row, Whole whole) {
        if (row.suppressed() || whole.suppressed()) {
            return Optional.empty();
        }
        BigDecimal difference = shared(row.percentFavorable().subtract(whole.percentFavorable()));
        return Optional.of(new ItemDifference(row.item(), row.element(), row.percentFavorable(),
                whole.percentFavorable(), difference, Standing.of(difference, settings.tolerancePoints())));
    }

    /** Checks the rows still waiting for an all-students row; the analysis, if no row anywhere had a problem. */
    SpsAnalysis finish() {
        for (Waiting row : waiting) {
            Whole whole = wholes.get(row.itemKey());
            if (whole == null) {
                errors.add(SpsError.ofCell(row.line(), itemColumn, itemColumnName, SpsProblem.NO_ALL_STUDENTS_ROW,
                        row.item(), row.subgroup()), BoundedErrors.Pass.ACROSS_ROWS);
            } else {
                checkAgainst(row, whole);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        boolean hasScale = options.size() >= 2;
        return new SpsAnalysis(settings, options, items,
                compare(items, Benchmark.SCHOOL), compare(items, Benchmark.DISTRICT),
                hasScale ? Optional.of(leaders(items, options.get(0))) : Optional.empty(),
                hasScale ? Optional.of(leaders(items, options.get(options.size() - 1))) : Optional.empty(),
                elements.values().stream().map(SpsAnalysisBuilder::element).toList(),
                subgroups.values().stream().map(this::subgroup).toList(), suppressed);
    }

    private SubgroupComparison subgroup(SubgroupTally tally) {
        List<ItemDifference> differences = new ArrayList<>(tally.items.size());
        for (Object entry : tally.items) {
            if (entry instanceof ItemDifference difference) {
                differences.add(difference);
            } else {
                Waiting row = (Waiting) entry;
                difference(row, wholes.get(row.itemKey())).ifPresent(differences::add);
            }
        }
        return new SubgroupComparison(tally.name, differences);
    }

    private static BenchmarkComparison compare(List<SpsItemResult> items, Benchmark benchmark) {
        List<ItemDifference> differences = items.stream()
                .map(item -> new ItemDifference(item.item(), item.element(), item.percentFavorable(),
                        item.average(benchmark),
                        item.differenceFrom(benchmark), item.versus(benchmark)))
                .toList();
        // Stable sorts: equal gaps keep the export's order.
        List<ItemDifference> above = differences.stream().filter(d -> d.standing() == Standing.ABOVE)
                .sorted(Comparator.comparing(ItemDifference::difference).reversed()).toList();
        List<ItemDifference> below = differences.stream().filter(d -> d.standing() == Standing.BELOW)
                .sorted(Comparator.comparing(ItemDifference::difference)).toList();
        return new BenchmarkComparison(benchmark, above, below);
    }

    /** Needs only each item's option counts, which the items keep: no row is read again. */
    private static OptionLeaders leaders(List<SpsItemResult> items, String option) {
        List<OptionShare> shares = items.stream()
                .map(item -> share(item, option))
                .filter(share -> share.answered() > 0)
                .toList();
        // Shares compare exactly as fractions: a/b > c/d when a*d > c*b.
        Comparator<OptionShare> byShare = (a, b) -> Long.compare((long) a.count() * b.answered(),
                (long) b.count() * a.answered());
        Optional<OptionShare> highest = shares.stream().max(byShare);
        if (highest.isEmpty() || highest.get().count() == 0) {
            return new OptionLeaders(option, List.of());
        }
        return new OptionLeaders(option,
                shares.stream().filter(share -> byShare.compare(share, highest.get()) == 0).toList());
    }

    private static OptionShare share(SpsItemResult item, String option) {
        int count = item.optionCounts().get(option);
        int answered = item.optionCounts().values().stream().mapToInt(Integer::intValue).sum();
        BigDecimal percent = answered == 0 ? BigDecimal.ZERO.setScale(SCALE)
                : BigDecimal.valueOf(count).multiply(HUNDRED).divide(BigDecimal.valueOf(answered), SCALE,
                RoundingMode.HALF_UP);
        return new OptionShare(item.item(), item.element(), count, answered, percent);
    }

    private static ElementSummary element(ElementTally tally) {
        if (tally.reported == 0) {
            return new ElementSummary(tally.name, 0, tally.suppressed, 0, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }
        BigDecimal weighted = tally.weightedSum.divide(BigDecimal.valueOf(tally.responses), SCALE,
                RoundingMode.HALF_UP);
        return new ElementSummary(tally.name, tally.reported, tally.suppressed, tally.responses, Optional.of(weighted),
                Optional.of(mean(tally.favorableSum, tally.reported)), Optional.of(mean(tally.schoolSum, tally.reported)),
                Optional.of(mean(tally.districtSum, tally.reported)));
    }

    private static BigDecimal mean(BigDecimal sum, int count) {
        return sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_UP);
    }

    /**
     * One object for each difference that repeats, as a few hundred differences recur over thousands of subgroup rows;
     * past {@value #SHARED_NUMBERS} distinct ones, new ones are kept as they are.
     */
    private BigDecimal shared(BigDecimal number) {
        BigDecimal known = numbers.get(number);
        if (known != null) {
            return known;
        }
        if (numbers.size() < SHARED_NUMBERS) {
            numbers.put(number, number);
        }
        return number;
    }

    /** One String object for every spelling that repeats, as item, element and subgroup names do on every row. */
    private String shared(String text) {
        String known = texts.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    /** A number per name as compared (case and spacing ignored), computed once per spelling. */
    private int keyOf(String text) {
        Integer known = keyOfText.get(text);
        if (known != null) {
            return known;
        }
        int key = keys.computeIfAbsent(SpsRow.key(text), k -> keys.size());
        keyOfText.put(text, key);
        return key;
    }

    /**
     * The line on which each (subgroup, item) pair was first seen: two arrays instead of a map of boxed objects, as
     * there is one entry per reported cell of the export.
     */
    static final class PairLines {
        static final int ABSENT = -1;
        private static final long EMPTY = -1L;

        private long[] pairs = emptyTable(1 << 10);
        private int[] lines = new int[1 << 10];
        private int size;

        int putIfAbsent(int subgroupKey, int itemKey, int line) {
            long pair = ((long) subgroupKey << 32) | (itemKey & 0xFFFFFFFFL);
            int slot = slotOf(pairs, pair);
            if (pairs[slot] == pair) {
                return lines[slot];
            }
            pairs[slot] = pair;
            lines[slot] = line;
            // Up to three quarters full: probes stay short with a mixing hash, and the arrays stay small.
            if (++size * 4L > pairs.length * 3L) {
                grow();
            }
            return ABSENT;
        }

        private void grow() {
            long[] oldPairs = pairs;
            int[] oldLines = lines;
            pairs = emptyTable(oldPairs.length * 2);
            lines = new int[oldPairs.length * 2];
            for (int i = 0; i < oldPairs.length; i++) {
                if (oldPairs[i] != EMPTY) {
                    int slot = slotOf(pairs, oldPairs[i]);
                    pairs[slot] = oldPairs[i];
                    lines[slot] = oldLines[i];
                }
            }
        }

        private static int slotOf(long[] table, long pair) {
            int mask = table.length - 1;
            int slot = Long.hashCode(pair * 0x9E3779B97F4A7C15L) & mask;
            while (table[slot] != EMPTY && table[slot] != pair) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }

        private static long[] emptyTable(int length) {
            long[] table = new long[length];
            Arrays.fill(table, EMPTY);
            return table;
        }
    }
}
