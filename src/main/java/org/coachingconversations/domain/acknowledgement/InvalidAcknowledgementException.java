package org.coachingconversations.domain.acknowledgement;

/** Typed input that cannot make an answer (an objection without reasons, a text too long). Nothing was written. */
public class InvalidAcknowledgementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Acknowledgement.InputProblem problem;

    public InvalidAcknowledgementException(Acknowledgement.InputProblem problem) {
        super("The additional information cannot go with this answer: " + problem + ".");
        this.problem = problem;
    }

    public Acknowledgement.InputProblem problem() {
        return problem;
    }
}
