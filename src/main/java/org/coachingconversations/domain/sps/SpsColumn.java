package org.coachingconversations.domain.sps;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The columns of an SPS export that have a fixed meaning, with the header names accepted for each.
 * Headers are compared by {@link #headerKey(String)}: case, punctuation, word order and common
 * abbreviations do not matter, so "% Favorable", "Favorable %" and "Percent favourable" are one column.
 */
public enum SpsColumn {
    ITEM(true, "Item", "Question", "Survey item", "Item text", "Question text", "Survey question", "Statement"),
    ELEMENT(true, "Element", "Domain", "Category", "Survey element"),
    PERCENT_FAVORABLE(true, "% Favorable", "Percent favorable", "Favorable", "Teacher % favorable"),
    SCHOOL_AVERAGE(true, "School average", "School avg", "School %", "School % favorable",
            "School average % favorable", "School mean"),
    DISTRICT_AVERAGE(true, "District average", "District avg", "District %", "District % favorable",
            "District average % favorable", "District mean"),
    RESPONSES(true, "Responses", "N", "Response count", "Number of responses", "Responses (n)", "Respondents",
            "Number of respondents", "Total responses", "Count"),
    SUBGROUP(false, "Subgroup", "Group", "Student group", "Student subgroup", "Sub-group");

    private static final Map<String, String> WORD_SYNONYMS = Map.of(
            "pct", "percent",
            "favourable", "favorable",
            "avg", "average",
            "mean", "average",
            "subgroup", "sub group");

    private static final Map<String, SpsColumn> BY_KEY = indexByHeaderKey();

    private final boolean required;
    private final List<String> acceptedNames;

    SpsColumn(boolean required, String... acceptedNames) {
        this.required = required;
        this.acceptedNames = List.of(acceptedNames);
    }

    public boolean required() {
        return required;
    }

    /** The name used in messages, e.g. "% Favorable". */
    public String displayName() {
        return acceptedNames.get(0);
    }

    /** Header names accepted for this column (other spellings with the same {@link #headerKey} match too). */
    public List<String> acceptedNames() {
        return acceptedNames;
    }

    private static Map<String, SpsColumn> indexByHeaderKey() {
        Map<String, SpsColumn> index = new HashMap<>();
        for (SpsColumn column : values()) {
            for (String name : column.acceptedNames) {
                SpsColumn other = index.putIfAbsent(headerKey(name), column);
                if (other != null && other != column) {
                    throw new IllegalStateException("\"" + name + "\" would name both " + other + " and " + column);
                }
            }
        }
        return Map.copyOf(index);
    }

    /** The column a header names, if it names one of these. */
    public static Optional<SpsColumn> fromHeader(String header) {
        return Optional.ofNullable(BY_KEY.get(headerKey(header)));
    }

    /**
     * A header reduced to its sorted, distinct words: lower case, "%" read as "percent" and "#" as "number", common
     * abbreviations expanded, punctuation dropped, so that spelling variants compare equal.
     */
    static String headerKey(String header) {
        String text = header.replace('\uFEFF', ' ').replace('\u00A0', ' ').toLowerCase(Locale.ROOT)
                .replace("%", " percent ").replace("#", " number ");
        Set<String> words = new TreeSet<>();
        for (String word : text.split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                Collections.addAll(words, WORD_SYNONYMS.getOrDefault(word, word).split(" "));
            }
        }
        return String.join(" ", words);
    }

    static Set<String> headerWords(String header) {
        String key = headerKey(header);
        return key.isEmpty() ? Set.of() : Set.of(key.split(" "));
    }
}
