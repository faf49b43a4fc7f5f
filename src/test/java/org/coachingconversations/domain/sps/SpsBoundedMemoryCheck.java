package org.coachingconversations.domain.sps;

import java.io.IOException;

/**
 * Analyses a generated export of the given number of rows and prints what the analysis holds, for a test that runs
 * it in a JVM with a small heap. Exits with 1 when the export is rejected.
 */
public final class SpsBoundedMemoryCheck {

    private SpsBoundedMemoryCheck() {
    }

    public static void main(String[] args) throws IOException {
        int rows = Integer.parseInt(args[0]);
        SpsResultsAnalyzer analyzer = new SpsResultsAnalyzer(SpsSettings.defaults()
                .withMaxBytes(SpsSettings.MAX_MAX_BYTES));
        SpsAnalysisResult result = analyzer.analyse(new GeneratedSpsExport(rows));
        String summary = result.fold(analysis -> String.format("items=%d subgroups=%d differences=%d suppressed=%d",
                analysis.items().size(), analysis.subgroups().size(),
                analysis.subgroups().stream().mapToInt(subgroup -> subgroup.items().size()).sum(),
                analysis.suppressed().size()), errors -> "rejected: " + errors);
        System.out.println(summary);
        System.exit(result.isAnalysed() ? 0 : 1);
    }
}
