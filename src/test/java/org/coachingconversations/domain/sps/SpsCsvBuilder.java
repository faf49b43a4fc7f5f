package org.coachingconversations.domain.sps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Builds SPS exports for tests: a header and rows, joined with a chosen separator and quoted where needed. */
final class SpsCsvBuilder {

    static final List<String> STANDARD_HEADER = List.of("Item", "Element", "% Favorable", "School average",
            "District average", "Responses");

    private List<String> header = STANDARD_HEADER;
    private final List<List<String>> rows = new ArrayList<>();
    private String separator = ",";
    private String lineBreak = "\n";

    static SpsCsvBuilder anExport() {
        return new SpsCsvBuilder();
    }

    SpsCsvBuilder withHeader(String... names) {
        header = List.of(names);
        return this;
    }

    SpsCsvBuilder withSeparator(String value) {
        separator = value;
        return this;
    }

    SpsCsvBuilder withLineBreak(String value) {
        lineBreak = value;
        return this;
    }

    /** A row of the standard header: item, element, percent favorable, school, district, responses. */
    SpsCsvBuilder withItem(String item, String element, String favorable, String school, String district,
                           String responses) {
        return withRow(item, element, favorable, school, district, responses);
    }

    SpsCsvBuilder withRow(String... values) {
        rows.add(Arrays.asList(values));
        return this;
    }

    String build() {
        StringBuilder text = new StringBuilder(line(header));
        for (List<String> row : rows) {
            text.append(lineBreak).append(line(row));
        }
        return text.append(lineBreak).toString();
    }

    private String line(List<String> values) {
        return values.stream().map(this::quoteIfNeeded).collect(Collectors.joining(separator));
    }

    private String quoteIfNeeded(String value) {
        if (value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
