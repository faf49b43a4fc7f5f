package org.coachingconversations.domain.form;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.coachingconversations.domain.conversation.ClipRange;
import org.coachingconversations.domain.people.UserReference;
import org.coachingconversations.domain.text.TextRules;

/**
 * Checks the fields of one submitted form and collects every problem, so a user sees all of them
 * at once. Each check returns the parsed value, or empty when the field is absent or wrong (the
 * error is then recorded); {@link #result} builds the input only when nothing was wrong, so no
 * half-valid input ever leaves a form.
 */
public final class FieldValidator {

    /** Years outside this range are typing slips (0026, 20226), not school years. */
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;
    public static final String DATE_FORMAT = "yyyy-MM-dd";

    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Pattern CLIP_TIMESTAMP = Pattern.compile("(\\d{1,3}):(\\d{2})");
    /** Hyphen, en dash (what word processors turn a hyphen into) or em dash, spaces allowed around. */
    private static final Pattern CLIP_DASH = Pattern.compile("\\s*[-\u2013\u2014]\\s*");
    private static final Pattern RUBRIC_CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");
    private static final Pattern RUBRIC_CODE_SEPARATORS = Pattern.compile("[,;\\s]+");
    /** A value echoed in a message is cut here, so a pasted essay does not flood the form. */
    private static final int MAX_ECHOED_LENGTH = 40;

    private final FormInput input;
    private final List<FormField> fieldOrder;
    private final List<FieldError> errors = new ArrayList<>();

    /** @param fieldOrder the form's fields in the order the user sees them; errors are reported in it */
    public FieldValidator(FormInput input, List<FormField> fieldOrder) {
        this.input = input;
        this.fieldOrder = List.copyOf(fieldOrder);
    }

    /**
     * One person. Confluence's user picker (the create dialog binds it to every {@code autocomplete-multiuser} input)
     * submits the chosen user names joined by commas, so a comma separates names here; choosing several is refused.
     */
    public Optional<UserReference> requiredUser(FormField field) {
        Optional<String> value = single(field, true);
        if (value.isEmpty() || !withinLength(field, value.get())) {
            return Optional.empty();
        }
        List<String> chosen = Arrays.stream(value.get().split(",")).map(String::strip)
                .filter(name -> !name.isEmpty()).toList();
        if (chosen.isEmpty()) {
            reject(field, FormMessage.REQUIRED);
            return Optional.empty();
        }
        if (chosen.size() > 1) {
            reject(field, FormMessage.ONE_USER, String.valueOf(chosen.size()));
            return Optional.empty();
        }
        value = Optional.of(chosen.get(0));
        if (value.get().codePoints().anyMatch(UserReference::isForbidden)) {
            reject(field, FormMessage.USER, echo(value.get()));
            return Optional.empty();
        }
        return Optional.of(new UserReference(value.get()));
    }

    /** One line of text: no line breaks, tabs or other control characters. */
    public Optional<String> requiredLine(FormField field) {
        return text(field, true, false);
    }

    public Optional<String> optionalLine(FormField field) {
        return text(field, false, false);
    }

    /** Text that may span lines (line endings become \n). */
    public Optional<String> requiredText(FormField field) {
        return text(field, true, true);
    }

    public Optional<String> optionalText(FormField field) {
        return text(field, false, true);
    }

    public Optional<LocalDate> requiredDate(FormField field) {
        return date(field, true);
    }

    public Optional<LocalDate> optionalDate(FormField field) {
        return date(field, false);
    }

    /** A time of day written HH:mm on a 24-hour clock (one hour digit accepted). */
    public Optional<LocalTime> requiredTime(FormField field) {
        Optional<String> value = single(field, true);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Matcher time = TIME.matcher(value.get());
        if (time.matches()) {
            int hour = Integer.parseInt(time.group(1));
            int minute = Integer.parseInt(time.group(2));
            if (hour <= 23 && minute <= 59) {
                return Optional.of(LocalTime.of(hour, minute));
            }
        }
        reject(field, FormMessage.TIME_FORMAT, echo(value.get()));
        return Optional.empty();
    }

    /** One of a fixed set of choices, given by its id (case and surrounding spaces ignored). */
    public <E extends Enum<E>> Optional<E> requiredChoice(FormField field, E[] choices, Function<E, String> idOf) {
        Optional<String> value = single(field, true);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String wanted = value.get().toLowerCase(Locale.ROOT);
        for (E choice : choices) {
            if (idOf.apply(choice).equals(wanted)) {
                return Optional.of(choice);
            }
        }
        String allowed = Arrays.stream(choices).map(idOf).collect(Collectors.joining(", "));
        reject(field, FormMessage.CHOICE, echo(value.get()), allowed);
        return Optional.empty();
    }

    /**
     * A clip written {@code mm:ss-mm:ss}: minutes 0–999, seconds 00–59, the end after the start.
     * An en or em dash may stand for the hyphen, with spaces around it.
     */
    public Optional<ClipRange> optionalClipRange(FormField field) {
        Optional<String> value = single(field, false);
        if (value.isEmpty() || !withinLength(field, value.get())) {
            return Optional.empty();
        }
        String[] ends = CLIP_DASH.split(value.get(), -1);
        if (ends.length != 2 || ends[0].isEmpty() || ends[1].isEmpty()) {
            reject(field, FormMessage.CLIP_FORMAT, echo(value.get()));
            return Optional.empty();
        }
        Optional<Integer> start = clipTimestamp(field, ends[0]);
        Optional<Integer> end = start.isPresent() ? clipTimestamp(field, ends[1]) : Optional.empty();
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (start.get().equals(end.get())) {
            reject(field, FormMessage.CLIP_EMPTY, ends[0]);
            return Optional.empty();
        }
        if (start.get() > end.get()) {
            reject(field, FormMessage.CLIP_REVERSED, ends[0], ends[1]);
            return Optional.empty();
        }
        return Optional.of(new ClipRange(start.get(), end.get()));
    }

    /**
     * A list of short codes, sent as several values or as one value separated by commas,
     * semicolons or spaces. Repeats are dropped (ignoring case), the first spelling kept.
     */
    public Optional<List<String>> codeList(FormField field, int maxCodes, int maxCodeLength) {
        List<String> values = input.values(field);
        String all = String.join(",", values);
        if (!withinLength(field, all)) {
            return Optional.empty();
        }
        Map<String, String> codes = new LinkedHashMap<>();
        for (String code : RUBRIC_CODE_SEPARATORS.split(all.strip())) {
            if (code.isEmpty()) {
                continue;
            }
            if (TextRules.length(code) > maxCodeLength || !RUBRIC_CODE.matcher(code).matches()) {
                reject(field, FormMessage.RUBRIC_CODE, echo(code), String.valueOf(maxCodeLength));
                return Optional.empty();
            }
            codes.putIfAbsent(code.toLowerCase(Locale.ROOT), code);
        }
        if (codes.size() > maxCodes) {
            reject(field, FormMessage.RUBRIC_CODES_TOO_MANY, String.valueOf(codes.size()), String.valueOf(maxCodes));
            return Optional.empty();
        }
        return Optional.of(List.copyOf(codes.values()));
    }

    /** Whether anything but whitespace was sent for the field, valid or not. */
    public boolean isGiven(FormField field) {
        return input.values(field).stream().anyMatch(value -> !value.isBlank());
    }

    /** Records a problem found by a check that spans fields. */
    public void reject(FormField field, FormMessage message, String... arguments) {
        errors.add(FieldError.of(field, message, arguments));
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** The complete input, built only when every field passed; otherwise all the errors. */
    public <T> FormResult<T> result(Supplier<T> complete) {
        if (errors.isEmpty()) {
            return FormResult.valid(complete.get());
        }
        List<FieldError> ordered = new ArrayList<>(errors);
        ordered.sort(Comparator.comparingInt(error -> position(error.field())));
        return FormResult.invalid(ordered);
    }

    private int position(FormField field) {
        int position = fieldOrder.indexOf(field);
        return position < 0 ? Integer.MAX_VALUE : position;
    }

    private Optional<Integer> clipTimestamp(FormField field, String timestamp) {
        Matcher parts = CLIP_TIMESTAMP.matcher(timestamp);
        if (!parts.matches()) {
            reject(field, FormMessage.CLIP_TIMESTAMP, echo(timestamp));
            return Optional.empty();
        }
        int seconds = Integer.parseInt(parts.group(2));
        if (seconds > 59) {
            reject(field, FormMessage.CLIP_SECONDS, timestamp, parts.group(2));
            return Optional.empty();
        }
        return Optional.of(Integer.parseInt(parts.group(1)) * 60 + seconds);
    }

    private Optional<String> text(FormField field, boolean required, boolean multiLine) {
        Optional<String> raw = single(field, required);
        if (raw.isEmpty()) {
            return raw;
        }
        String value = multiLine ? raw.get().replace("\r\n", "\n").replace('\r', '\n') : raw.get();
        if (!withinLength(field, value)) {
            return Optional.empty();
        }
        Optional<TextRules.Offence> offence = TextRules.firstOffence(value, multiLine);
        if (offence.isPresent()) {
            TextRules.Offence found = offence.get();
            if (found.lineBreak()) {
                reject(field, FormMessage.LINE_BREAK, String.valueOf(found.position()));
            } else {
                reject(field, FormMessage.CONTROL_CHARACTER, found.codePointLabel(), String.valueOf(found.position()));
            }
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private Optional<LocalDate> date(FormField field, boolean required) {
        Optional<String> value = single(field, required);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        DateReading reading = readDate(value.get());
        if (reading.problem() != null) {
            if (reading.problem() == FormMessage.DATE_OUT_OF_RANGE) {
                reject(field, reading.problem(), value.get(), String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
            } else {
                reject(field, reading.problem(),
                        reading.problem() == FormMessage.DATE_FORMAT ? echo(value.get()) : value.get());
            }
            return Optional.empty();
        }
        return Optional.of(reading.date());
    }

    /**
     * A date as every form reads it: {@value #DATE_FORMAT}, a day that exists, a year from {@value #MIN_YEAR} to
     * {@value #MAX_YEAR}. The one parser of dates that came from a wizard, also where they are read back.
     *
     * @throws IllegalArgumentException naming the value when it is not such a date
     */
    public static LocalDate parseDate(String value) {
        DateReading reading = readDate(value == null ? "" : value.strip());
        if (reading.problem() != null) {
            throw new IllegalArgumentException("\"" + value + "\" is not a date (" + DATE_FORMAT + ").");
        }
        return reading.date();
    }

    private static DateReading readDate(String value) {
        if (!DATE_SHAPE.matcher(value).matches()) {
            return new DateReading(null, FormMessage.DATE_FORMAT);
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value, ISO_DATE);
        } catch (DateTimeParseException noSuchDay) {
            return new DateReading(null, FormMessage.DATE_INVALID);
        }
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            return new DateReading(null, FormMessage.DATE_OUT_OF_RANGE);
        }
        return new DateReading(date, null);
    }

    /** A date, or the problem that keeps a value from being one. */
    private record DateReading(LocalDate date, FormMessage problem) {
    }

    /** The field's one value with surrounding whitespace removed; blank counts as absent. */
    private Optional<String> single(FormField field, boolean required) {
        List<String> present = input.values(field).stream().map(String::strip).filter(value -> !value.isEmpty()).toList();
        if (present.size() > 1) {
            reject(field, FormMessage.SINGLE_VALUE, String.valueOf(present.size()));
            return Optional.empty();
        }
        if (present.isEmpty()) {
            if (required) {
                reject(field, FormMessage.REQUIRED);
            }
            return Optional.empty();
        }
        return Optional.of(present.get(0));
    }

    private boolean withinLength(FormField field, String value) {
        int length = TextRules.length(value);
        if (length > field.maxLength()) {
            reject(field, FormMessage.TOO_LONG, String.valueOf(length), String.valueOf(field.maxLength()));
            return false;
        }
        return true;
    }

    private static String echo(String value) {
        String printable = value.codePoints()
                .map(codePoint -> Character.isISOControl(codePoint) || TextRules.isNeverAllowed(codePoint) ? '\uFFFD' : codePoint)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        if (TextRules.length(printable) <= MAX_ECHOED_LENGTH) {
            return printable;
        }
        return printable.substring(0, printable.offsetByCodePoints(0, MAX_ECHOED_LENGTH - 1)) + "\u2026";
    }
}
