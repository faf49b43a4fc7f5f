package org.coachingconversations.domain.quality;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A self-check that cannot be saved, with every note that is too long or holds a control character (not just the
 * first). The exception's own message is for logs; the adapter words each {@link NoteProblem}.
 */
public class InvalidSelfCheckException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<NoteProblem> problems;

    public InvalidSelfCheckException(List<NoteProblem> problems) {
        super(problems.stream().map(Object::toString).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<NoteProblem> problems() {
        return problems;
    }
}
