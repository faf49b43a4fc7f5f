package org.coachingconversations.benchmark;

import java.io.IOException;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.coachingconversations.domain.sps.GeneratedSpsExport;
import org.coachingconversations.domain.sps.SpsAnalysisResult;
import org.coachingconversations.domain.sps.SpsResultsAnalyzer;
import org.coachingconversations.domain.sps.SpsSettings;

/**
 * One variant of the SPS case, in a JVM of its own so that its heap is its own: {@code analyse} runs the analysis
 * over a generated export read from a Reader; {@code read} (the baseline) only reads the same export into one String,
 * the least that holding an export's text costs; {@code render} is the SPS results macro on a page with the export
 * attached ({@link SpsMacroRender}): reading the attachment, the analysis with the space's settings and the page's
 * HTML with its charts. Prints one line: the export's size, the median and fastest time,
 * the peak heap, and the answer.
 *
 * <p>Peak heap is the live data at its largest: a first, untimed run collects garbage fully and reads the heap in
 * use every {@value #SAMPLE_CHARS} characters the variant reads, and once more at the end while its result is still
 * held. Between samples the heap may hold a little more (a table being grown, the row being read), so the figure is
 * a close lower bound, taken the same way for both variants. The timed runs that follow collect nothing themselves.
 */
public final class SpsAnalysisRun {

    static final int SAMPLE_CHARS = 1 << 20;

    private SpsAnalysisRun() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int rows = Integer.parseInt(args[1]);
        int repetitions = Integer.parseInt(args[2]);
        PeakHeap peak = new PeakHeap();
        if (mode.equals("render")) {
            macro = new SpsMacroRender(new GeneratedSpsExport(rows));
        }
        Object answer = describe(run(mode, new Sampling(new GeneratedSpsExport(rows), peak)));
        peak.sample();
        double[] millis = new double[repetitions];
        // One more run than timed: the first warms the JIT up.
        for (int run = 0; run <= repetitions; run++) {
            long start = System.nanoTime();
            Object result = run(mode, new GeneratedSpsExport(rows));
            long took = System.nanoTime() - start;
            if (run > 0) {
                millis[run - 1] = took / 1_000_000.0;
            }
            if (!describe(result).equals(answer)) {
                throw new IllegalStateException("run " + run + " answered " + describe(result) + ", not " + answer);
            }
        }
        Arrays.sort(millis);
        System.out.printf(java.util.Locale.ROOT, "bytes=%d median=%.1f min=%.1f peak=%d answer=%s%n", exportBytes(rows),
                millis[repetitions / 2], millis[0], peak.bytes, answer);
    }

    /** The page and its attached export, prepared once so that a timed run is the page view alone. */
    private static SpsMacroRender macro;

    private static Object run(String mode, Reader export) throws Exception {
        if (mode.equals("render")) {
            return macro.render();
        }
        return mode.equals("read") ? readIntoString(export) : analyse(export);
    }

    private static Object analyse(Reader export) throws IOException {
        return new SpsResultsAnalyzer(SpsSettings.defaults().withMaxBytes(SpsSettings.MAX_MAX_BYTES))
                .analyse(export);
    }

    private static String readIntoString(Reader export) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[8192];
        int read;
        while ((read = export.read(buffer)) > 0) {
            text.append(buffer, 0, read);
        }
        return text.toString();
    }

    private static String describe(Object result) {
        if (result instanceof String text) {
            return "chars:" + text.length();
        }
        if (result instanceof SpsMacroRender.Rendered rendered) {
            return rendered.toString();
        }
        return ((SpsAnalysisResult) result).fold(
                analysis -> "items:" + analysis.items().size() + ",subgroups:" + analysis.subgroups().size()
                        + ",differences:" + analysis.subgroups().stream().mapToInt(s -> s.items().size()).sum()
                        + ",suppressed:" + analysis.suppressed().size(),
                errors -> "rejected:" + errors.get(0).message());
    }

    static long exportBytes(int rows) throws IOException {
        long bytes = 0;
        char[] buffer = new char[8192];
        try (Reader export = new GeneratedSpsExport(rows)) {
            int read;
            while ((read = export.read(buffer)) > 0) {
                bytes += read;
            }
        }
        return bytes;
    }

    /** The most heap found in use after a full collection. */
    private static final class PeakHeap {
        long bytes;

        void sample() {
            System.gc();
            bytes = Math.max(bytes, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
    }

    /** Samples the heap every {@value #SAMPLE_CHARS} characters the variant reads. */
    private static final class Sampling extends Reader {
        private final Reader export;
        private final PeakHeap peak;
        private long untilSample = SAMPLE_CHARS;

        Sampling(Reader export, PeakHeap peak) {
            this.export = export;
            this.peak = peak;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int read = export.read(buffer, offset, length);
            untilSample -= Math.max(read, 0);
            if (untilSample <= 0) {
                peak.sample();
                untilSample = SAMPLE_CHARS;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            export.close();
        }
    }
}
