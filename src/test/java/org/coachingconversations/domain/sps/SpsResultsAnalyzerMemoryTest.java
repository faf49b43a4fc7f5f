package org.coachingconversations.domain.sps;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

/**
 * The analysis of a large export needs a heap bounded by what it reports, not by the export's size. Proven in a JVM
 * of its own with a 48 MB heap: a 200,000-row export (about 23 MB of text, read from a Reader that makes it up as it
 * goes) must be analysed there; holding the text alone, as bytes and as characters, would need more than that.
 */
public class SpsResultsAnalyzerMemoryTest {

    private static final int ROWS = 200_000;
    private static final String HEAP = "-Xmx48m";
    /** Generous: the analysis takes a few seconds, but the machine may be busy with other builds. */
    private static final long TIMEOUT_SECONDS = 300;

    @Test
    public void analyse_shouldAnalyseA200000RowExportIn48MegabytesOfHeap_whenStreamedFromAReader() throws Exception {
        // Given
        int suppressed = GeneratedSpsExport.suppressedRows(ROWS, SpsSettings.DEFAULT_MINIMUM_RESPONSES);
        int subgroups = GeneratedSpsExport.subgroups(ROWS);
        int differences = subgroups * GeneratedSpsExport.ITEMS - suppressed;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder child = new ProcessBuilder(List.of(java, HEAP, "-XX:+UseSerialGC",
                "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
                SpsBoundedMemoryCheck.class.getName(), String.valueOf(ROWS)))
                .redirectErrorStream(true);

        // When
        Process process = child.start();
        boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String output = output(process);

        // Then
        assertTrue("still running after " + TIMEOUT_SECONDS + " s: " + output, finished);
        assertEquals(output, 0, process.exitValue());
        assertEquals(String.format("items=%d subgroups=%d differences=%d suppressed=%d", GeneratedSpsExport.ITEMS,
                subgroups, differences, suppressed), output.strip());
    }

    private static String output(Process process) throws IOException {
        return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
}
