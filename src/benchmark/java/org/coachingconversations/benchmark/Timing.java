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

    static <T> Figures<T> measure(String name, int warmUps, int repetitions, Callable<T> variant) throws Exception {
        T first = variant.call();
        for (int i = 1; i < warmUps; i++) {
            sameAnswer(name, first, variant.call());
        }
        double[] millis = new double[repetitions];
        for (int i = 0; i < repetitions; i++) {
            long start = System.nanoTime();
            T result = variant.call();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
            sameAnswer(name, first, result);
        }
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
