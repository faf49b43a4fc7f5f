package org.coachingconversations.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coachingconversations.domain.sps.GeneratedSpsExport;
import org.coachingconversations.domain.sps.SpsSettings;

/**
 * The SPS case of {@code ./benchmark}: how long the analysis of a large export takes and how much heap it needs,
 * against a baseline measured in the same run, on the same generated export: reading its text into one String
 * (what any analysis that holds the file must pay at least, before doing anything). Each variant runs in a JVM of
 * its own ({@link SpsAnalysisRun}), so that one's heap does not count against the other.
 */
final class SpsBenchmark {

    /** Streaming means the analysis needs less heap than the text it reads. */
    static final double GOAL_PEAK_HEAP_VS_TEXT = 1.0;
    static final long FIVE_MEGABYTES = 5L * 1024 * 1024;
    /** "Well under a second" for a page view with a 5 MB export attached. */
    static final double GOAL_RENDER_SECONDS = 0.5;
    private static final List<String> CHILD_JVM = List.of("-Xmx1g", "-XX:+UseSerialGC");
    private static final long CHILD_TIMEOUT_SECONDS = 600;

    /** What one variant reported. */
    record Run(long bytes, double medianMillis, double minMillis, long peakHeapBytes, String answer) {

        String describe(String name) {
            return String.format("%-44s median %9.1f ms   min %9.1f ms   peak heap %6.1f MB", name, medianMillis,
                    minMillis, peakHeapBytes / 1e6);
        }
    }

    private SpsBenchmark() {
    }

    /** Measures, prints the figures as they come, and returns the ratios line's part. */
    static String measure(int rows) throws Exception {
        int fiveMegabyteRows = GeneratedSpsExport.rowsForBytes(FIVE_MEGABYTES);
        System.out.println();
        System.out.println("== SPS analysis (each variant in its own JVM: " + String.join(" ", CHILD_JVM) + ")");
        System.out.printf("data: generated exports of %,d rows and of %,d rows (about 5 MB); %d items, the rest"
                + " subgroup rows, a quarter of them with fewer than %d responses%n", rows, fiveMegabyteRows,
                GeneratedSpsExport.ITEMS, SpsSettings.DEFAULT_MINIMUM_RESPONSES);
        Run analysed = run("analyse", rows, 3);
        System.out.println(analysed.describe(String.format("analyse %,d rows (%.1f MB)", rows, analysed.bytes() / 1e6)));
        Run read = run("read", rows, 3);
        System.out.println(read.describe(String.format("baseline: read %,d rows into a String", rows)));
        Run analysedFive = run("analyse", fiveMegabyteRows, 5);
        System.out.println(analysedFive.describe(String.format("analyse %,d rows (%.1f MB)", fiveMegabyteRows,
                analysedFive.bytes() / 1e6)));
        Run readFive = run("read", fiveMegabyteRows, 5);
        System.out.println(readFive.describe(String.format("baseline: read %,d rows into a String",
                fiveMegabyteRows)));
        Run renderedFive = run("render", fiveMegabyteRows, 5);
        System.out.println(renderedFive.describe(String.format("SPS results macro, %,d-row export attached",
                fiveMegabyteRows)));
        checkRendered(renderedFive);
        checkAnswer(rows, analysed);
        checkAnswer(fiveMegabyteRows, analysedFive);
        System.out.println("answer: " + analysed.answer());
        return String.format("SPS analysis: %d-rows=%.2f s (%.1fx the baseline) peak-heap=%.1f MB (%.2fx the"
                + " baseline, goal < %.0fx); 5MB=%.2f s (%.1fx the baseline); 5MB macro render=%.2f s (%.2fx the"
                + " analysis alone, goal < %.1f s)", rows,
                analysed.medianMillis() / 1000, analysed.medianMillis() / read.medianMillis(),
                analysed.peakHeapBytes() / 1e6, (double) analysed.peakHeapBytes() / read.peakHeapBytes(),
                GOAL_PEAK_HEAP_VS_TEXT, analysedFive.medianMillis() / 1000,
                analysedFive.medianMillis() / readFive.medianMillis(), renderedFive.medianMillis() / 1000,
                renderedFive.medianMillis() / analysedFive.medianMillis(), GOAL_RENDER_SECONDS);
    }

    /** The macro must have shown the analysis (one bar per item), not a message. */
    private static void checkRendered(Run run) {
        if (!run.answer().endsWith(",bars:" + GeneratedSpsExport.ITEMS)) {
            throw new Timing.WrongResultException("The SPS results macro rendered " + run.answer() + ", not a chart bar"
                    + " for each of the " + GeneratedSpsExport.ITEMS + " items.");
        }
    }

    private static void checkAnswer(int rows, Run run) {
        int suppressed = GeneratedSpsExport.suppressedRows(rows, SpsSettings.DEFAULT_MINIMUM_RESPONSES);
        int subgroups = GeneratedSpsExport.subgroups(rows);
        String expected = String.format("items:%d,subgroups:%d,differences:%d,suppressed:%d",
                GeneratedSpsExport.ITEMS, subgroups, subgroups * GeneratedSpsExport.ITEMS - suppressed, suppressed);
        if (!expected.equals(run.answer())) {
            throw new Timing.WrongResultException("The analysis of " + rows + " rows answered " + run.answer()
                    + ", the export holds " + expected + ".");
        }
    }

    private static Run run(String mode, int rows, int repetitions) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java));
        command.addAll(CHILD_JVM);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), SpsAnalysisRun.class.getName(), mode,
                String.valueOf(rows), String.valueOf(repetitions)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output;
        try {
            output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(CHILD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException(mode + " of " + rows + " rows still running after "
                        + CHILD_TIMEOUT_SECONDS + " s");
            }
        } finally {
            process.destroyForcibly();
        }
        if (process.exitValue() != 0 || !output.startsWith("bytes=")) {
            throw new IllegalStateException(mode + " of " + rows + " rows failed (exit " + process.exitValue() + "): "
                    + output);
        }
        String[] fields = output.split(" ", 5);
        return new Run(Long.parseLong(value(fields[0])), Double.parseDouble(value(fields[1])),
                Double.parseDouble(value(fields[2])), Long.parseLong(value(fields[3])), value(fields[4]));
    }

    private static String value(String field) {
        return field.substring(field.indexOf('=') + 1);
    }
}
