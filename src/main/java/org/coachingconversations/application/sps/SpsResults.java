package org.coachingconversations.application.sps;

import org.coachingconversations.domain.sps.SpsAnalysisResult;

/** What the SPS results of a page are for one viewer: the export read, or why there is nothing to show. */
public sealed interface SpsResults {

    /** The viewer may not view the page (or nobody is signed in, or the check failed): nothing of it is shown. */
    record NotAvailable() implements SpsResults {
    }

    /** The page has no attachment whose name ends in {@code .csv}. */
    record NoExport() implements SpsResults {
    }

    /** The page has no attachment of the name the macro asks for. */
    record Missing(String fileName) implements SpsResults {
    }

    /** The attachment is larger than the macro reads; it was not opened. */
    record TooLarge(String fileName, long bytes, long limitBytes) implements SpsResults {
    }

    /** The host could not hand over the attachment's content. */
    record Unreadable(String fileName) implements SpsResults {
    }

    /** The attachment was read: its analysis, or the problems (with line and column) that prevented one. */
    record Read(String fileName, SpsAnalysisResult result) implements SpsResults {
    }
}
