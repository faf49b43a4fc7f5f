package org.coachingconversations.domain.sps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The problems of an export, in line and column order, keeping only the first few and counting the rest, so that a
 * file with a problem on every row costs no more memory than one with a few.
 *
 * <p>Problems at the same line and column keep the order of their pass (a row's own values, then duplicates, then
 * the checks against the all-students row), and within one pass the order they were found in.
 */
final class BoundedErrors {

    /** The checks that find problems, in the order they are listed when two share a line and column. */
    enum Pass {
        ROW,
        DUPLICATES,
        ACROSS_ROWS
    }

    private record Entry(SpsError error, Pass pass, long sequence) {
    }

    private static final Comparator<Entry> ORDER = Comparator.<Entry>comparingInt(entry -> entry.error().line())
            .thenComparingInt(entry -> entry.error().column())
            .thenComparing(Entry::pass)
            .thenComparingLong(Entry::sequence);

    private final int kept;
    private final TreeSet<Entry> first = new TreeSet<>(ORDER);
    private long total;

    /** @param kept how many problems to keep; the others are only counted */
    BoundedErrors(int kept) {
        this.kept = kept;
    }

    void add(SpsError error) {
        add(error, Pass.ROW);
    }

    void add(SpsError error, Pass pass) {
        total++;
        first.add(new Entry(error, pass, total));
        if (first.size() > kept) {
            first.pollLast();
        }
    }

    boolean isEmpty() {
        return total == 0;
    }

    long total() {
        return total;
    }

    /** The first problems in line and column order: all of them when no more than were kept were found. */
    List<SpsError> listed() {
        List<SpsError> listed = new ArrayList<>(first.size());
        first.forEach(entry -> listed.add(entry.error()));
        return listed;
    }

    /** The problems that were not kept. */
    long unlisted() {
        return total - first.size();
    }
}
