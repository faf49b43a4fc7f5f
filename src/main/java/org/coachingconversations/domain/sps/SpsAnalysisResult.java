package org.coachingconversations.domain.sps;

import java.util.List;
import java.util.function.Function;

/**
 * Either a complete analysis or the problems that prevented it; never a partial analysis.
 */
public sealed interface SpsAnalysisResult permits SpsAnalysisResult.Analysed, SpsAnalysisResult.Rejected {

    /** Applies the function that matches this result. */
    <T> T fold(Function<SpsAnalysis, T> onAnalysis, Function<List<SpsError>, T> onErrors);

    boolean isAnalysed();

    record Analysed(SpsAnalysis analysis) implements SpsAnalysisResult {

        @Override
        public <T> T fold(Function<SpsAnalysis, T> onAnalysis, Function<List<SpsError>, T> onErrors) {
            return onAnalysis.apply(analysis);
        }

        @Override
        public boolean isAnalysed() {
            return true;
        }
    }

    /** @param errors at least one, ordered by line and column */
    record Rejected(List<SpsError> errors) implements SpsAnalysisResult {

        public Rejected {
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("a rejected export needs at least one error");
            }
            errors = List.copyOf(errors);
        }

        @Override
        public <T> T fold(Function<SpsAnalysis, T> onAnalysis, Function<List<SpsError>, T> onErrors) {
            return onErrors.apply(errors);
        }

        @Override
        public boolean isAnalysed() {
            return false;
        }
    }
}
