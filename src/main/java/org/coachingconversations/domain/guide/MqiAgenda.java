package org.coachingconversations.domain.guide;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.coachingconversations.domain.guide.GuideProblem.Kind;

/**
 * The 60-minute MQI coaching conversation (seed 004) as a meeting agenda: the nine time boxes in order, as clock
 * times when a start is given, each with the note a team wrote for it.
 */
public final class MqiAgenda {

    /** The longest note a step takes, in characters: a line or two beside the step, not a page. */
    public static final int MAX_NOTE_LENGTH = 500;
    /** How a start time is written. */
    public static final String TIME_FORMAT = "HH:mm";

    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):([0-5][0-9])");

    private MqiAgenda() {
    }

    /** One row of the agenda: a step, when it begins and ends (minutes from the start), its clock times, its note. */
    public record Row(AgendaStep step, int fromMinute, int toMinute, Optional<LocalTime> from,
                      Optional<LocalTime> to, Optional<String> note) {
        public Row {
            Objects.requireNonNull(step, "step");
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(note, "note");
        }
    }

    /** The answer to an {@link AgendaRequest}: the rows, or every reason it cannot be shown. */
    public sealed interface Plan {
    }

    /** The agenda's rows in order; {@code start} and {@code end} are present when a start time was given. */
    public record Planned(List<Row> rows, int totalMinutes, Optional<LocalTime> start, Optional<LocalTime> end)
            implements Plan {
        public Planned {
            rows = List.copyOf(rows);
        }
    }

    /** At least one parameter is wrong. */
    public record Refused(List<GuideProblem> problems) implements Plan {
        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /** The nine steps of the agenda, in order. */
    public static List<AgendaStep> steps() {
        return MqiGuide.agendaSteps();
    }

    /**
     * Judges a request: a start time must be {@code HH:mm} (a one-digit hour is accepted; the agenda may run past
     * midnight), a note at most {@value #MAX_NOTE_LENGTH} characters; blank values are not given.
     */
    public static Plan plan(AgendaRequest request) {
        List<GuideProblem> problems = new ArrayList<>();
        Optional<LocalTime> start = Optional.empty();
        if (request.start() != null && !request.start().isBlank()) {
            start = parseTime(request.start());
            if (start.isEmpty()) {
                problems.add(GuideProblem.of(AgendaRequest.START, Kind.NOT_A_TIME, request.start(),
                        List.of(TIME_FORMAT)));
            }
        }
        List<Row> rows = new ArrayList<>();
        int minute = 0;
        for (AgendaStep step : steps()) {
            String parameter = AgendaRequest.noteParameter(step);
            String note = request.notes().get(parameter);
            Optional<String> shownNote = Optional.empty();
            if (note != null && !note.isBlank()) {
                String trimmed = note.strip();
                if (trimmed.codePointCount(0, trimmed.length()) > MAX_NOTE_LENGTH) {
                    problems.add(GuideProblem.of(parameter, Kind.TOO_LONG, note,
                            List.of(String.valueOf(MAX_NOTE_LENGTH))));
                }
                shownNote = Optional.of(trimmed);
            }
            int from = minute;
            minute += step.minutes();
            int to = minute;
            rows.add(new Row(step, from, to, start.map(time -> time.plusMinutes(from)),
                    start.map(time -> time.plusMinutes(to)), shownNote));
        }
        if (!problems.isEmpty()) {
            return new Refused(problems);
        }
        int total = minute;
        return new Planned(rows, total, start, start.map(time -> time.plusMinutes(total)));
    }

    private static Optional<LocalTime> parseTime(String value) {
        Matcher matcher = TIME.matcher(value.trim());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
    }
}
