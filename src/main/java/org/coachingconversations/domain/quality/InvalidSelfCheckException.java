package org.coachingconversations.domain.quality;

import java.util.List;
import java.util.stream.Collectors;

/** A self-check that cannot be saved, with every note that is too long (not just the first). */
public class InvalidSelfCheckException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<NoteTooLong> problems;

    public InvalidSelfCheckException(List<NoteTooLong> problems) {
        super(problems.stream().map(NoteTooLong::message).collect(Collectors.joining(" ")));
        this.problems = List.copyOf(problems);
    }

    public List<NoteTooLong> problems() {
        return problems;
    }
}
