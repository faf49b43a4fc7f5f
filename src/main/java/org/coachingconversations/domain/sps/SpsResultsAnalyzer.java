package org.coachingconversations.domain.sps;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a Student Perception Survey export (CSV, UTF-8) and answers the "Dig into the data"
 * questions of seed 000: which items are above or below the school and district averages, which
 * have the most top-option ("always") and bottom-option ("never") answers, how each element and each
 * student subgroup fares. Rows with fewer responses than the minimum are suppressed.
 *
 * <p>The export is read as a stream, one row at a time: memory grows with the items and groups it reports, never
 * with the size of its text, and a file with a problem on every row keeps only the first {@value #MAX_LISTED_ERRORS}.
 */
public final class SpsResultsAnalyzer {

    /** Enough to fix a file in one pass without burying the reader. */
    static final int MAX_LISTED_ERRORS = 50;

    private final SpsSettings settings;

    public SpsResultsAnalyzer(SpsSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Analyses text already in memory, such as a macro body; the size limit applies to its UTF-8 form. */
    public SpsAnalysisResult analyse(String csv) {
        try {
            return analyse(ExportText.ofChars(new StringReader(csv), settings.maxBytes()));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    public SpsAnalysisResult analyse(byte[] csv) {
        if (csv.length > settings.maxBytes()) {
            return tooLarge();
        }
        try {
            return analyse(new ByteArrayInputStream(csv));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    /**
     * Reads UTF-8 bytes as they come, and no more than one byte past the size limit, so an oversized attachment is
     * never loaded whole. The caller closes the stream.
     */
    public SpsAnalysisResult analyse(InputStream csv) throws IOException {
        return analyse(ExportText.ofBytes(csv, settings.maxBytes()));
    }

    /**
     * Reads characters as they come; the size limit applies to their UTF-8 form, and reading stops once it is
     * passed. The caller closes the reader.
     */
    public SpsAnalysisResult analyse(Reader csv) throws IOException {
        return analyse(ExportText.ofChars(csv, settings.maxBytes()));
    }

    private SpsAnalysisResult analyse(ExportText text) throws IOException {
        SpsExportReader.Outcome outcome = new SpsExportReader(settings, MAX_LISTED_ERRORS).read(text);
        if (text.notUtf8Line() > 0) {
            text.skipRest();
        }
        if (text.tooLarge()) {
            return tooLarge();
        }
        if (text.notUtf8Line() > 0) {
            return rejected(List.of(SpsError.ofLine(text.notUtf8Line(), SpsProblem.NOT_UTF8)), 0);
        }
        if (!text.hasSubstance()) {
            return rejected(List.of(SpsError.ofFile(SpsProblem.FILE_EMPTY)), 0);
        }
        if (outcome.analysis() == null) {
            return rejected(outcome.errors(), outcome.unlistedErrors());
        }
        return new SpsAnalysisResult.Analysed(outcome.analysis());
    }

    private SpsAnalysisResult tooLarge() {
        return rejected(List.of(SpsError.ofFile(SpsProblem.FILE_TOO_LARGE,
                String.format(Locale.ENGLISH, "%,d", settings.maxBytes()))), 0);
    }

    /** @param listed the first problems, in line and column order; {@code unlisted} more were found */
    private static SpsAnalysisResult rejected(List<SpsError> listed, long unlisted) {
        if (unlisted == 0) {
            return new SpsAnalysisResult.Rejected(listed);
        }
        List<SpsError> withCount = new ArrayList<>(listed);
        withCount.add(SpsError.ofFile(SpsProblem.MORE_PROBLEMS, String.valueOf(unlisted)));
        return new SpsAnalysisResult.Rejected(withCount);
    }
}
