package org.coachingconversations.domain.sps;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a Student Perception Survey export (CSV, UTF-8) and answers the "Dig into the data"
 * questions of seed 000: which items are above or below the school and district averages, which
 * have the most top-option ("always") and bottom-option ("never") answers, how each element and each
 * student subgroup fares. Rows with fewer responses than the minimum are suppressed.
 */
public final class SpsResultsAnalyzer {

    /** Enough to fix a file in one pass without burying the reader. */
    static final int MAX_LISTED_ERRORS = 50;

    private static final int SCALE = 1;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final SpsSettings settings;

    public SpsResultsAnalyzer(SpsSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Analyses text already in memory, such as a macro body; the size limit applies to its UTF-8 form. */
    public SpsAnalysisResult analyse(String csv) {
        return analyse(csv.getBytes(StandardCharsets.UTF_8));
    }

    public SpsAnalysisResult analyse(byte[] csv) {
        if (csv.length > settings.maxBytes()) {
            return tooLarge();
        }
        return decode(csv).fold(this::analyseText, SpsResultsAnalyzer::rejected);
    }

    /** Reads no more than one byte past the size limit, so an oversized attachment is never loaded whole. */
    public SpsAnalysisResult analyse(InputStream csv) throws IOException {
        byte[] bytes = csv.readNBytes((int) settings.maxBytes() + 1);
        return bytes.length > settings.maxBytes() ? tooLarge() : analyse(bytes);
    }

    private SpsAnalysisResult tooLarge() {
        return rejected(List.of(SpsError.ofFile(SpsProblem.FILE_TOO_LARGE,
                String.format(Locale.ENGLISH, "%,d", settings.maxBytes()))));
    }

    private SpsAnalysisResult analyseText(String text) {
        SpsExportReader.Outcome outcome = new SpsExportReader(settings.minimumResponses()).read(text);
        if (!outcome.errors().isEmpty()) {
            return rejected(outcome.errors());
        }
        return new SpsAnalysisResult.Analysed(analyse(outcome.table()));
    }

    private static SpsAnalysisResult rejected(List<SpsError> errors) {
        List<SpsError> sorted = errors.stream()
                .sorted(Comparator.comparingInt(SpsError::line).thenComparingInt(SpsError::column))
                .toList();
        if (sorted.size() <= MAX_LISTED_ERRORS) {
            return new SpsAnalysisResult.Rejected(sorted);
        }
        List<SpsError> listed = new ArrayList<>(sorted.subList(0, MAX_LISTED_ERRORS));
        listed.add(SpsError.ofFile(SpsProblem.MORE_PROBLEMS, String.valueOf(sorted.size() - MAX_LISTED_ERRORS)));
        return new SpsAnalysisResult.Rejected(listed);
    }

    /** Either the text (without a byte order mark) or the line of the first byte that is not UTF-8. */
    private static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            int line = 1;
            for (int index = 0; index < input.position(); index++) {
                if (bytes[index] == '\n') {
                    line++;
                }
            }
            return new Decoded(null, SpsError.ofLine(line, SpsProblem.NOT_UTF8));
        }
        decoder.flush(output);
        String text = output.flip().toString();
        return new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, null);
    }

    private record Decoded(String text, SpsError error) {
        SpsAnalysisResult fold(Function<String, SpsAnalysisResult> onText,
                               Function<List<SpsError>, SpsAnalysisResult> onError) {
            return text != null ? onText.apply(text) : onError.apply(List.of(error));
        }
    }

    private SpsAnalysis analyse(SpsTable table) {
        List<SpsRow> allStudents = table.rows().stream().filter(SpsRow::allStudents).toList();
        List<SpsRow> reported = allStudents.stream().filter(row -> !row.suppressed()).toList();
        List<SpsItemResult> items = reported.stream().map(this::itemResult).toList();
        List<String> options = table.responseOptions();
        boolean hasScale = options.size() >= 2;
        return new SpsAnalysis(settings, options, items,
                compare(items, Benchmark.SCHOOL), compare(items, Benchmark.DISTRICT),
                hasScale ? Optional.of(leaders(items, options.get(0))) : Optional.empty(),
                hasScale ? Optional.of(leaders(items, options.get(options.size() - 1))) : Optional.empty(),
                elements(allStudents), subgroups(table.rows()), suppressed(table.rows()));
    }

    private SpsItemResult itemResult(SpsRow row) {
        BigDecimal tolerance = settings.tolerancePoints();
        return new SpsItemResult(row.line(), row.item(), row.element(), row.percentFavorable(), row.schoolAverage(),
                row.districtAverage(), row.responses(), row.optionCounts(),
                Standing.of(row.percentFavorable().subtract(row.schoolAverage()), tolerance),
                Standing.of(row.percentFavorable().subtract(row.districtAverage()), tolerance));
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

    private static List<ElementSummary> elements(List<SpsRow> allStudents) {
        Map<String, List<SpsRow>> byElement = new LinkedHashMap<>();
        for (SpsRow row : allStudents) {
            byElement.computeIfAbsent(row.elementKey(), key -> new ArrayList<>()).add(row);
        }
        return byElement.values().stream().map(SpsResultsAnalyzer::element).toList();
    }

    private static ElementSummary element(List<SpsRow> rows) {
        List<SpsRow> reported = rows.stream().filter(row -> !row.suppressed()).toList();
        int suppressed = rows.size() - reported.size();
        String name = rows.get(0).element();
        if (reported.isEmpty()) {
            return new ElementSummary(name, 0, suppressed, 0, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
        }
        long responses = reported.stream().mapToLong(SpsRow::responses).sum();
        BigDecimal weightedSum = reported.stream()
                .map(row -> row.percentFavorable().multiply(BigDecimal.valueOf(row.responses())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weighted = weightedSum.divide(BigDecimal.valueOf(responses), SCALE, RoundingMode.HALF_UP);
        return new ElementSummary(name, reported.size(), suppressed, responses, Optional.of(weighted),
                Optional.of(mean(reported, SpsRow::percentFavorable)),
                Optional.of(mean(reported, SpsRow::schoolAverage)),
                Optional.of(mean(reported, SpsRow::districtAverage)));
    }

    private static BigDecimal mean(List<SpsRow> rows, Function<SpsRow, BigDecimal> value) {
        return rows.stream().map(value).reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(rows.size()), SCALE, RoundingMode.HALF_UP);
    }

    private List<SubgroupComparison> subgroups(List<SpsRow> rows) {
        Map<String, SpsRow> allStudentsByItem = new LinkedHashMap<>();
        rows.stream().filter(SpsRow::allStudents).forEach(row -> allStudentsByItem.put(row.itemKey(), row));
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<ItemDifference>> differences = new LinkedHashMap<>();
        for (SpsRow row : rows) {
            if (row.allStudents()) {
                continue;
            }
            names.putIfAbsent(row.subgroupKey(), row.subgroup());
            List<ItemDifference> list = differences.computeIfAbsent(row.subgroupKey(), key -> new ArrayList<>());
            SpsRow whole = allStudentsByItem.get(row.itemKey());
            if (!row.suppressed() && !whole.suppressed()) {
                BigDecimal difference = row.percentFavorable().subtract(whole.percentFavorable());
                list.add(new ItemDifference(row.item(), row.element(), row.percentFavorable(),
                        whole.percentFavorable(), difference, Standing.of(difference, settings.tolerancePoints())));
            }
        }
        return names.entrySet().stream()
                .map(entry -> new SubgroupComparison(entry.getValue(), differences.get(entry.getKey())))
                .toList();
    }

    private List<SuppressedRow> suppressed(List<SpsRow> rows) {
        return rows.stream().filter(SpsRow::suppressed).map(row -> new SuppressedRow(row.line(), row.item(),
                row.element(), row.subgroup(), settings.minimumResponses())).toList();
    }
}
