package org.coachingconversations.domain.sps;

/**
 * What can be wrong with an SPS export. Each problem has an i18n key and the English text of the same
 * java.text.MessageFormat pattern, so messages read well in logs and tests without a bundle.
 */
public enum SpsProblem {
    FILE_TOO_LARGE("file-too-large",
            "The file is larger than the limit of {0} bytes. Export only the results of one teacher or ask an administrator to raise the limit."),
    FILE_EMPTY("file-empty", "The file is empty: it has neither a header row nor results."),
    NOT_UTF8("not-utf8", "The file is not UTF-8 text. Save it as \"CSV UTF-8\" and try again."),
    UNTERMINATED_QUOTE("unterminated-quote", "A quoted value starts here but its closing quote is missing."),
    TEXT_AFTER_QUOTE("text-after-quote",
            "There is text after the closing quote; a quote inside a quoted value must be written twice (\"\")."),
    MISSING_COLUMN("missing-column", "The required column \"{0}\" is missing. Accepted names: {1}."),
    DUPLICATE_COLUMN("duplicate-column", "This column means the same as column {0} (\"{1}\"); keep only one of them."),
    NO_DATA_ROWS("no-data-rows", "The file has a header row but no results."),
    TOO_MANY_VALUES("too-many-values", "The row has {0} values but the header has only {1} columns."),
    EMPTY_VALUE("empty-value", "A value is required here."),
    NOT_A_NUMBER("not-a-number", "\"{0}\" is not a number."),
    PERCENT_OUT_OF_RANGE("percent-out-of-range", "{0} is not a percentage between 0 and 100."),
    NOT_WHOLE_NUMBER("not-whole-number", "\"{0}\" is not a whole number."),
    NEGATIVE_COUNT("negative-count", "{0} is negative; a count cannot be below 0."),
    COUNT_TOO_LARGE("count-too-large", "{0} is too large for a count."),
    OPTION_COUNTS_EXCEED_RESPONSES("option-counts-exceed-responses",
            "The response options add up to {0}, more than the {1} responses of this row."),
    DUPLICATE_ITEM("duplicate-item", "The item \"{0}\" appears twice for {1} (first on line {2})."),
    NO_ALL_STUDENTS_ROW("no-all-students-row", "The item \"{0}\" has a row for {1} but no row for all students."),
    ELEMENT_MISMATCH("element-mismatch",
            "The item \"{0}\" is in element \"{1}\" here but in \"{2}\" on line {3}."),
    MORE_PROBLEMS("more-problems", "{0} more problems are not listed.");

    private static final String KEY_PREFIX = "coaching.sps.error.";

    private final String id;
    private final String englishPattern;

    SpsProblem(String id, String englishPattern) {
        this.id = id;
        this.englishPattern = englishPattern;
    }

    public String key() {
        return KEY_PREFIX + id;
    }

    /** The English MessageFormat pattern; the bundle holds the same text under {@link #key()}. */
    public String englishPattern() {
        return englishPattern;
    }
}
