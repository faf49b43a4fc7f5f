package org.coachingconversations.domain.sps;

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
 * Reads the text of an SPS export into validated rows, or into the list of everything wrong with it.
 *
 * <p>The separator ({@code ,} {@code ;} or tab) is the one that makes the most of the header row's
 * names recognisable. Columns other than the known ones are response options when most of their
 * values are numbers and their name does not mark them as something else (a percentage, an average,
 * an identifier, a grade or period); other columns are ignored.
 */
final class SpsExportReader {

    record Outcome(SpsTable table, List<SpsError> errors) {
    }

    private record OptionColumn(String name, int index) {
    }

    private static final char[] SEPARATORS = {',', ';', '\t'};

    private static final Set<String> ALL_STUDENTS_NAMES = Set.of("", "all", "all students", "overall", "total",
            "everyone", "whole class");

    /** Words in a header that mark a numeric column as something other than a count of one response option. */
    private static final Set<String> NOT_AN_OPTION_WORDS = Set.of("percent", "favorable", "unfavorable", "neutral",
            "average", "item", "question", "element", "domain", "category", "id", "number", "rank", "order", "code",
            "total", "sum", "grade", "period", "year", "section", "course", "teacher", "school", "district", "date");

    private final int minimumResponses;

    SpsExportReader(int minimumResponses) {
        this.minimumResponses = minimumResponses;
    }

    Outcome read(String text) {
        // Only separators and blanks, whichever the separator: what a spreadsheet saves for an empty sheet.
        if (text.chars().allMatch(c -> Character.isWhitespace(c) || c == ',' || c == ';')) {
            return rejected(List.of(SpsError.ofFile(SpsProblem.FILE_EMPTY)));
        }
        CsvTokenizer tokenizer = new CsvTokenizer(text, detectSeparator(text));
        List<CsvTokenizer.Row> rows = tokenizer.readAll().stream().filter(row -> !row.isBlank()).toList();
        if (!tokenizer.errors().isEmpty()) {
            return rejected(tokenizer.errors());
        }
        if (rows.isEmpty()) {
            return rejected(List.of(SpsError.ofFile(SpsProblem.FILE_EMPTY)));
        }
        CsvTokenizer.Row header = rows.get(0);
        List<CsvTokenizer.Row> dataRows = rows.subList(1, rows.size());

        List<SpsError> errors = new ArrayList<>();
        Map<SpsColumn, Integer> columns = mapKnownColumns(header, errors);
        if (!errors.isEmpty()) {
            return rejected(errors);
        }
        if (dataRows.isEmpty()) {
            return rejected(List.of(SpsError.ofLine(header.line(), SpsProblem.NO_DATA_ROWS)));
        }
        List<OptionColumn> options = findOptionColumns(header, columns, dataRows, errors);
        if (!errors.isEmpty()) {
            return rejected(errors);
        }
        List<SpsRow> parsed = new ArrayList<>();
        for (CsvTokenizer.Row row : dataRows) {
            readRow(header, columns, options, row, errors).ifPresent(parsed::add);
        }
        checkAcrossRows(header, columns, parsed, errors);
        if (!errors.isEmpty()) {
            return rejected(errors);
        }
        return new Outcome(new SpsTable(options.stream().map(OptionColumn::name).toList(), parsed), List.of());
    }

    private static Outcome rejected(List<SpsError> errors) {
        return new Outcome(null, List.copyOf(errors));
    }

    private static char detectSeparator(String text) {
        char best = SEPARATORS[0];
        int bestRecognised = -1;
        int bestWidth = -1;
        for (char candidate : SEPARATORS) {
            CsvTokenizer.Row header = new CsvTokenizer(text, candidate).firstNonBlank();
            if (header == null) {
                continue;
            }
            int recognised = (int) header.values().stream()
                    .filter(value -> SpsColumn.fromHeader(value.text()).isPresent())
                    .count();
            int width = header.values().size();
            if (recognised > bestRecognised || (recognised == bestRecognised && width > bestWidth)) {
                best = candidate;
                bestRecognised = recognised;
                bestWidth = width;
            }
        }
        return best;
    }

    private static Map<SpsColumn, Integer> mapKnownColumns(CsvTokenizer.Row header, List<SpsError> errors) {
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
                                                        List<CsvTokenizer.Row> dataRows, List<SpsError> errors) {
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
                                     List<OptionColumn> options, CsvTokenizer.Row row, List<SpsError> errors) {
        int errorsBefore = errors.size();
        int width = header.values().size();
        for (int index = width; index < row.values().size(); index++) {
            if (!row.text(index).isBlank()) {
                errors.add(SpsError.ofCell(row.lineOf(index), index + 1, "", SpsProblem.TOO_MANY_VALUES,
                        String.valueOf(row.values().size()), String.valueOf(width)));
                break;
            }
        }
        Cells cells = new Cells(header, row, errors);
        String item = cells.requiredText(columns.get(SpsColumn.ITEM));
        String element = cells.requiredText(columns.get(SpsColumn.ELEMENT));
        Integer subgroupIndex = columns.get(SpsColumn.SUBGROUP);
        String subgroupText = subgroupIndex == null ? "" : cells.text(subgroupIndex);
        boolean allStudents = ALL_STUDENTS_NAMES.contains(SpsRow.key(subgroupText));
        String subgroup = allStudents ? SpsAnalysis.ALL_STUDENTS : subgroupText;
        Integer responses = cells.count(columns.get(SpsColumn.RESPONSES));

        boolean suppressed = responses != null && responses < minimumResponses;
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
        if (errors.size() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new SpsRow(row.line(), item, element, subgroup, allStudents, responses, suppressed,
                percentFavorable, schoolAverage, districtAverage, optionCounts));
    }

    private static void checkAcrossRows(CsvTokenizer.Row header, Map<SpsColumn, Integer> columns, List<SpsRow> rows,
                                        List<SpsError> errors) {
        int itemIndex = columns.get(SpsColumn.ITEM);
        int elementIndex = columns.get(SpsColumn.ELEMENT);
        Map<String, SpsRow> firstByItemAndSubgroup = new HashMap<>();
        Map<String, SpsRow> allStudentsByItem = new HashMap<>();
        for (SpsRow row : rows) {
            SpsRow earlier = firstByItemAndSubgroup.putIfAbsent(row.subgroupKey() + '\n' + row.itemKey(), row);
            if (earlier != null) {
                errors.add(SpsError.ofCell(row.line(), itemIndex + 1, header.text(itemIndex).strip(),
                        SpsProblem.DUPLICATE_ITEM, row.item(), row.subgroup(), String.valueOf(earlier.line())));
            } else if (row.allStudents()) {
                allStudentsByItem.put(row.itemKey(), row);
            }
        }
        for (SpsRow row : rows) {
            if (row.allStudents()) {
                continue;
            }
            SpsRow allStudents = allStudentsByItem.get(row.itemKey());
            if (allStudents == null) {
                errors.add(SpsError.ofCell(row.line(), itemIndex + 1, header.text(itemIndex).strip(),
                        SpsProblem.NO_ALL_STUDENTS_ROW, row.item(), row.subgroup()));
            } else if (!allStudents.elementKey().equals(row.elementKey())) {
                errors.add(SpsError.ofCell(row.line(), elementIndex + 1, header.text(elementIndex).strip(),
                        SpsProblem.ELEMENT_MISMATCH, row.item(), row.element(), allStudents.element(),
                        String.valueOf(allStudents.line())));
            }
        }
    }

    /** Reads the values of one row, adding an error for each value that is missing or malformed. */
    private static final class Cells {
        private final CsvTokenizer.Row header;
        private final CsvTokenizer.Row row;
        private final List<SpsError> errors;

        Cells(CsvTokenizer.Row header, CsvTokenizer.Row row, List<SpsError> errors) {
            this.header = header;
            this.row = row;
            this.errors = errors;
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
            Optional<BigDecimal> value = SpsNumbers.parse(text);
            if (value.isEmpty()) {
                error(index, SpsProblem.NOT_A_NUMBER, text);
                return null;
            }
            return value.get();
        }

        private void error(int index, SpsProblem problem, String... arguments) {
            errors.add(SpsError.ofCell(row.lineOf(index), index + 1, header.text(index).strip(), problem, arguments));
        }
    }
}
