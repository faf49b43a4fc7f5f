package org.coachingconversations.benchmark;

import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Callable;

/** Runs a variant a few times to warm up, then times several repetitions; every run must give the same answer. */
final class Timing {

    private Timing() {
    }

    /** Median and fastest of the timed repetitions, in milliseconds, and the answer they gave. */
    record Figures<T>(String name, double medianMillis, double minMillis, int repetitions, T result) {

        String describe() {
            return String.format("%-44s median %9.2f ms   min %9.2f ms   (%d runs)", name, medianMillis, minMillis,
                    repetitions);
        }
    }

    /** A slow variant stops after this long, once it has run {@value #FEWEST_REPETITIONS} times. */
    private static final long BUDGET_NANOS = 30_000_000_000L;
    private static final int FEWEST_REPETITIONS = 3;
    private static final long TOO_SLOW_TO_REPEAT_NANOS = 20_000_000_000L;

    static <T> Figures<T> measure(String name, int warmUps, int repetitions, Callable<T> variant) throws Exception {
        long began = System.nanoTime();
        T first = variant.call();
        double firstMillis = (System.nanoTime() - began) / 1_000_000.0;
        if (firstMillis * 1_000_000 > TOO_SLOW_TO_REPEAT_NANOS) {
            // Minutes per run: one cold run already tells the story, and repeating it would take the machine all day.
            return new Figures<>(name + " [1 cold run]", firstMillis, firstMillis, 1, first);
        }
        for (int i = 1; i < warmUps && System.nanoTime() - began < BUDGET_NANOS; i++) {
            sameAnswer(name, first, variant.call());
        }
        double[] all = new double[repetitions];
        int done = 0;
        began = System.nanoTime();
        while (done < repetitions && (done < FEWEST_REPETITIONS || System.nanoTime() - began < BUDGET_NANOS)) {
            long start = System.nanoTime();
            T result = variant.call();
            all[done++] = (System.nanoTime() - start) / 1_000_000.0;
            sameAnswer(name, first, result);
        }
        double[] millis = Arrays.copyOf(all, done);
        repetitions = done;
        Arrays.sort(millis);
        double median = repetitions % 2 == 1 ? millis[repetitions / 2]
                : (millis[repetitions / 2 - 1] + millis[repetitions / 2]) / 2;
        return new Figures<>(name, median, millis[0], repetitions, first);
    }

    private static void sameAnswer(String name, Object first, Object again) {
        if (!Objects.equals(first, again)) {
            throw new WrongResultException(name + " answered differently on a second run over the same data:\n  "
                    + first + "\n  " + again);
        }
    }

    /** The benchmark's only failure: a variant whose answer differs from the others'. */
    static final class WrongResultException extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        WrongResultException(String message) {
            super(message);
        }
    }
}
