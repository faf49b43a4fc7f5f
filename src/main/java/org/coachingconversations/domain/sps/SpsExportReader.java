package org.coachingconversations.domain.sps;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the text of an SPS export row by row, hands each validated row to an {@link SpsAnalysisBuilder}, and
 * collects everything wrong with it. Nothing of a row is kept after it has been read, except what the builder
 * aggregates and the first problems.
 *
 * <p>The separator ({@code ,} {@code ;} or tab) is the one that makes the most of the header row's
 * names recognisable. Columns other than the known ones are response options when most of their
 * values in the first {@value #OPTION_SAMPLE_ROWS} data rows (fewer, if they are very long) are numbers and their name does not mark them as
 * something else (a percentage, an average, an identifier, a grade or period); other columns are ignored.
 */
final class SpsExportReader {

    /**
     * Either the analysis, or the first problems in line and column order with how many more there were; never both.
     */
    record Outcome(SpsAnalysis analysis, List<SpsError> errors, long unlistedErrors) {
    }

    private record OptionColumn(String name, int index) {
    }

    /** Data rows read before deciding which columns are response options: far more than one teacher's export has. */
    static final int OPTION_SAMPLE_ROWS = 1_000;
    /** Fewer rows when they are very long: the rows waiting for the decision hold no more text than this. */
    static final long OPTION_SAMPLE_CHARS = 2_000_000;
    /** How far into the file the header row is looked for when choosing the separator. */
    static final int HEADER_SCAN_CHARS = 64 * 1024;

    private static final char[] SEPARATORS = {',', ';', '\t'};

    private static final Set<String> ALL_STUDENTS_NAMES = Set.of("", "all", "all students", "overall", "total",
            "everyone", "whole class");

    /** Words in a header that mark a numeric column as something other than a count of one response option. */
    private static final Set<String> NOT_AN_OPTION_WORDS = Set.of("percent", "favorable", "unfavorable", "neutral",
            "average", "item", "question", "element", "domain", "category", "id", "number", "rank", "order", "code",
            "total", "sum", "grade", "period", "year", "section", "course", "teacher", "school", "district", "date");

    /** Distinct numbers remembered so that rows repeating a value share one object; beyond this they are not. */
    private static final int NUMBER_CACHE_SIZE = 4_096;

    private final SpsSettings settings;
    private final int keptErrors;
    private final Map<String, BigDecimal> numbers = new HashMap<>();

    /** @param keptErrors how many problems are kept to be listed; the others are only counted */
    SpsExportReader(SpsSettings settings, int keptErrors) {
        this.settings = settings;
        this.keptErrors = keptErrors;
    }

    /** Reads the export to its end (or until the input stops early: a size or encoding problem the caller sees). */
    Outcome read(Reader text) throws IOException {
        StringBuilder start = new StringBuilder();
        char separator = detectSeparator(text, start);
        BoundedErrors syntax = new BoundedErrors(keptErrors);
        CsvTokenizer tokenizer = new CsvTokenizer(new PrefixedReader(start, text), separator, syntax);
        try {
            return read(tokenizer, syntax);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private Outcome read(CsvTokenizer tokenizer, BoundedErrors syntax) {
        CsvTokenizer.Row header = tokenizer.firstNonBlank();
        if (header == null) {
            return syntax.isEmpty() ? rejected(SpsError.ofFile(SpsProblem.FILE_EMPTY)) : rejected(syntax);
        }
        BoundedErrors headerErrors = new BoundedErrors(keptErrors);
        Map<SpsColumn, Integer> columns = mapKnownColumns(header, headerErrors);
        if (!headerErrors.isEmpty()) {
            return drain(tokenizer, syntax, headerErrors);
        }
        List<CsvTokenizer.Row> sample = new ArrayList<>();
        long sampledChars = 0;
        CsvTokenizer.Row row;
        while (sample.size() < OPTION_SAMPLE_ROWS && sampledChars < OPTION_SAMPLE_CHARS
                && (row = tokenizer.next()) != null) {
            if (!row.isBlank()) {
                sample.add(row);
                sampledChars += row.values().stream().mapToInt(value -> value.text().length()).sum();
            }
        }
        if (sample.isEmpty()) {
            return syntax.isEmpty() ? rejected(SpsError.ofLine(header.line(), SpsProblem.NO_DATA_ROWS))
                    : rejected(syntax);
        }
        BoundedErrors optionErrors = new BoundedErrors(keptErrors);
        List<OptionColumn> options = findOptionColumns(header, columns, sample, optionErrors);
        if (!optionErrors.isEmpty()) {
            return drain(tokenizer, syntax, optionErrors);
        }
        BoundedErrors errors = new BoundedErrors(keptErrors);
        SpsAnalysisBuilder analysis = new SpsAnalysisBuilder(settings,
                options.stream().map(OptionColumn::name).toList(), errors,
                columns.get(SpsColumn.ITEM) + 1, header.text(columns.get(SpsColumn.ITEM)).strip(),
                columns.get(SpsColumn.ELEMENT) + 1, header.text(columns.get(SpsColumn.ELEMENT)).strip());
        for (CsvTokenizer.Row sampled : sample) {
            readRow(header, columns, options, sampled, errors).ifPresent(analysis::add);
        }
        sample.clear();
        while ((row = tokenizer.next()) != null) {
            if (!row.isBlank()) {
                readRow(header, columns, options, row, errors).ifPresent(analysis::add);
            }
        }
        if (!syntax.isEmpty()) {
            return rejected(syntax);
        }
        SpsAnalysis result = analysis.finish();
        return errors.isEmpty() ? new Outcome(result, List.of(), 0) : rejected(errors);
    }

    /** Reads on only to find syntax problems, which are reported instead of any other, as the rows cannot be trusted. */
    private static Outcome drain(CsvTokenizer tokenizer, BoundedErrors syntax, BoundedErrors otherwise) {
        while (tokenizer.next() != null) {
            // Only the syntax problems of the rest are wanted.
        }
        return rejected(syntax.isEmpty() ? otherwise : syntax);
    }

    private static Outcome rejected(SpsError error) {
        return new Outcome(null, List.of(error), 0);
    }

    private static Outcome rejected(BoundedErrors errors) {
        return new Outcome(null, errors.listed(), errors.unlisted());
    }

    /**
     * Chooses the separator from the file's first non-blank row, read separately for each candidate; what it read of
     * the file stays in {@code start} for the real reading.
     */
    private static char detectSeparator(Reader text, StringBuilder start) throws IOException {
        char[] chunk = new char[8192];
        boolean exhausted = false;
        while (true) {
            int read = text.read(chunk, 0, chunk.length);
            if (read < 0) {
                exhausted = true;
            } else {
                start.append(chunk, 0, read);
            }
            exhausted |= start.length() >= HEADER_SCAN_CHARS;
            Detected detected = detectSeparator(start.toString(), exhausted);
            if (detected.complete()) {
                return detected.separator();
            }
        }
    }

    private record Detected(char separator, boolean complete) {
    }

    /**
     * @param whole whether {@code text} is all there is to look at; otherwise a header row that reaches the end of
     *              {@code text} may go on, and the choice is not complete
     */
    private static Detected detectSeparator(String text, boolean whole) {
        char best = SEPARATORS[0];
        int bestRecognised = -1;
        int bestWidth = -1;
        boolean complete = true;
        for (char candidate : SEPARATORS) {
            CsvTokenizer tokenizer = new CsvTokenizer(text, candidate);
            CsvTokenizer.Row header = tokenizer.firstNonBlank();
            complete &= whole || (header != null && !tokenizer.atEndOfInput());
            if (header == null) {
                continue;
            }
            int recognised = (int) header.values().stream()
                    .filter(value -> SpsColumn.fromHeader(value.text()).isPresent())
                    .count();
            int width = header.width();
            if (recognised > bestRecognised || (recognised == bestRecognised && width > bestWidth)) {
                best = candidate;
                bestRecognised = recognised;
                bestWidth = width;
            }
        }
        return new Detected(best, complete);
    }

    private static Map<SpsColumn, Integer> mapKnownColumns(CsvTokenizer.Row header, BoundedErrors errors) {
        Map<SpsColumn, Integer> columns = new EnumMap<>(SpsColumn.class);
        for (int index = 0; index < header.values().size(); index++) {
            String name = header.text(index).strip();
            Optional<SpsColumn> column = SpsColumn.fromHeader(name);
            if (column.isEmpty()) {
                continue;
            }
            Integer earlier = columns.putIfAbsent(column.get(), index);
            if (earlier != null) {
                errors.add(SpsError.ofCell(header.lineOf(index), index + 1, name, SpsProblem.DUPLICATE_COLUMN,
                        String.valueOf(earlier + 1), header.text(earlier).strip()));
            }
        }
        for (SpsColumn column : SpsColumn.values()) {
            if (column.required() && !columns.containsKey(column)) {
                errors.add(new SpsError(header.line(), 0, column.displayName(), SpsProblem.MISSING_COLUMN,
                        List.of(column.displayName(), String.join(", ", column.acceptedNames()))));
            }
        }
        return columns;
    }

    private static List<OptionColumn> findOptionColumns(CsvTokenizer.Row header, Map<SpsColumn, Integer> known,
                                                        List<CsvTokenizer.Row> dataRows, BoundedErrors errors) {
        List<OptionColumn> options = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int index = 0; index < header.values().size(); index++) {
            String name = header.text(index).strip();
            Set<String> words = SpsColumn.headerWords(name);
            if (known.containsValue(index) || words.isEmpty() || words.stream().anyMatch(NOT_AN_OPTION_WORDS::contains)
                    || !mostlyNumbers(dataRows, index)) {
                continue;
            }
            Integer earlier = seen.putIfAbsent(SpsColumn.headerKey(name), index);
            if (earlier != null) {
                errors.add(SpsError.ofCell(header.lineOf(index), index + 1, name, SpsProblem.DUPLICATE_COLUMN,
                        String.valueOf(earlier + 1), header.text(earlier).strip()));
                continue;
            }
            options.add(new OptionColumn(name, index));
        }
        return options;
    }

    /** More than half of the non-blank values are numbers: a few typos still make an option column, and get reported. */
    private static boolean mostlyNumbers(List<CsvTokenizer.Row> dataRows, int index) {
        int numbers = 0;
        int nonBlank = 0;
        for (CsvTokenizer.Row row : dataRows) {
            String value = row.text(index);
            if (!value.isBlank()) {
                nonBlank++;
                if (SpsNumbers.isNumber(value)) {
                    numbers++;
                }
            }
        }
        return numbers > 0 && numbers * 2 > nonBlank;
    }

    private Optional<SpsRow> readRow(CsvTokenizer.Row header, Map<SpsColumn, Integer> columns,
                                     List<OptionColumn> options, CsvTokenizer.Row row, BoundedErrors errors) {
        long errorsBefore = errors.total();
        int width = header.width();
        CsvTokenizer.Value extra = row.firstNonBlankFrom(width);
        if (extra != null) {
            errors.add(SpsError.ofCell(extra.line(), extra.column(), "", SpsProblem.TOO_MANY_VALUES,
                    String.valueOf(row.width()), String.valueOf(width)));
        }
        Cells cells = new Cells(header, row, errors, numbers);
        String item = cells.requiredText(columns.get(SpsColumn.ITEM));
        String element = cells.requiredText(columns.get(SpsColumn.ELEMENT));
        Integer subgroupIndex = columns.get(SpsColumn.SUBGROUP);
        String subgroupText = subgroupIndex == null ? "" : cells.text(subgroupIndex);
        boolean allStudents = ALL_STUDENTS_NAMES.contains(SpsRow.key(subgroupText));
        String subgroup = allStudents ? SpsAnalysis.ALL_STUDENTS : subgroupText;
        Integer responses = cells.count(columns.get(SpsColumn.RESPONSES));

        boolean suppressed = responses != null && responses < settings.minimumResponses();
        BigDecimal percentFavorable = null;
        BigDecimal schoolAverage = null;
        BigDecimal districtAverage = null;
        Map<String, Integer> optionCounts = new LinkedHashMap<>();
        if (!suppressed) {
            percentFavorable = cells.percent(columns.get(SpsColumn.PERCENT_FAVORABLE));
            schoolAverage = cells.percent(columns.get(SpsColumn.SCHOOL_AVERAGE));
            districtAverage = cells.percent(columns.get(SpsColumn.DISTRICT_AVERAGE));
            long answered = 0;
            for (OptionColumn option : options) {
                Integer count = cells.count(option.index());
                if (count != null) {
                    optionCounts.put(option.name(), count);
                    answered += count;
                }
            }
            if (responses != null && optionCounts.size() == options.size() && answered > responses) {
                int responsesIndex = columns.get(SpsColumn.RESPONSES);
                errors.add(SpsError.ofCell(row.lineOf(responsesIndex), responsesIndex + 1,
                        header.text(responsesIndex).strip(), SpsProblem.OPTION_COUNTS_EXCEED_RESPONSES,
                        String.valueOf(answered), String.valueOf(responses)));
            }
        }
        if (errors.total() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new SpsRow(row.line(), item, element, subgroup, allStudents, responses, suppressed,
                percentFavorable, schoolAverage, districtAverage, optionCounts));
    }

    /** Reads the values of one row, adding an error for each value that is missing or malformed. */
    private static final class Cells {
        private final CsvTokenizer.Row header;
        private final CsvTokenizer.Row row;
        private final BoundedErrors errors;
        private final Map<String, BigDecimal> numbers;

        Cells(CsvTokenizer.Row header, CsvTokenizer.Row row, BoundedErrors errors, Map<String, BigDecimal> numbers) {
            this.header = header;
            this.row = row;
            this.errors = errors;
            this.numbers = numbers;
        }

        String text(int index) {
            return row.text(index).strip();
        }

        String requiredText(int index) {
            String text = text(index);
            if (text.isEmpty()) {
                error(index, SpsProblem.EMPTY_VALUE);
            }
            return text;
        }

        BigDecimal percent(int index) {
            BigDecimal value = number(index);
            if (value != null && (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0)) {
                error(index, SpsProblem.PERCENT_OUT_OF_RANGE, text(index));
                return null;
            }
            return value;
        }

        Integer count(int index) {
            BigDecimal value = number(index);
            if (value == null) {
                return null;
            }
            if (value.signum() < 0) {
                error(index, SpsProblem.NEGATIVE_COUNT, text(index));
                return null;
            }
            if (value.stripTrailingZeros().scale() > 0) {
                error(index, SpsProblem.NOT_WHOLE_NUMBER, text(index));
                return null;
            }
            try {
                return value.intValueExact();
            } catch (ArithmeticException tooLarge) {
                error(index, SpsProblem.COUNT_TOO_LARGE, text(index));
                return null;
            }
        }

        private BigDecimal number(int index) {
            String text = text(index);
            if (text.isEmpty()) {
                error(index, SpsProblem.EMPTY_VALUE);
                return null;
            }
            BigDecimal cached = numbers.get(text);
            if (cached != null) {
                return cached;
            }
            Optional<BigDecimal> value = SpsNumbers.parse(text);
            if (value.isEmpty()) {
                error(index, SpsProblem.NOT_A_NUMBER, text);
                return null;
            }
            if (numbers.size() < NUMBER_CACHE_SIZE) {
                numbers.put(text, value.get());
            }
            return value.get();
        }

        private void error(int index, SpsProblem problem, String... arguments) {
            errors.add(SpsError.ofCell(row.lineOf(index), index + 1, header.text(index).strip(), problem, arguments));
        }
    }
}
