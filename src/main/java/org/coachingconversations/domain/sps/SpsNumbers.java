package org.coachingconversations.domain.sps;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the numbers of an export: a decimal point or a decimal comma, an optional "%" after the number. */
final class SpsNumbers {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private SpsNumbers() {
    }

    static Optional<BigDecimal> parse(String raw) {
        String text = raw.replace('\u00A0', ' ').trim();
        if (text.endsWith("%")) {
            text = text.substring(0, text.length() - 1).trim();
        }
        if (!DECIMAL.matcher(text).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(',', '.')));
    }

    static boolean isNumber(String raw) {
        return parse(raw).isPresent();
    }
}
