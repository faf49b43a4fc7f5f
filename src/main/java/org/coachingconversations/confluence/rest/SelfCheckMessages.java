package org.coachingconversations.confluence.rest;

import com.atlassian.sal.api.message.I18nResolver;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.quality.InvalidSelfCheckException;
import org.coachingconversations.domain.quality.NoteHasControlCharacter;
import org.coachingconversations.domain.quality.NoteProblem;
import org.coachingconversations.domain.quality.NoteTooLong;
import org.coachingconversations.domain.quality.SelfCheckVersionException;
import org.coachingconversations.domain.quality.UnknownQualityException;

/** The words of the self-check API's refusals in the caller's language, from the facts the domain reports. */
final class SelfCheckMessages {

    static final String PREFIX = "coaching.messages.self-check.";

    private final I18nResolver i18n;

    SelfCheckMessages(I18nResolver i18n) {
        this.i18n = i18n;
    }

    String forbidden() {
        return i18n.getText(PREFIX + "forbidden");
    }

    /** Every note that cannot be saved, each naming its quality. */
    String notes(InvalidSelfCheckException invalid) {
        return invalid.problems().stream().map(this::note).collect(Collectors.joining(" "));
    }

    String note(NoteProblem problem) {
        String quality = i18n.getText(problem.quality().termKey());
        if (problem instanceof NoteTooLong tooLong) {
            return i18n.getText(PREFIX + "note-too-long", quality, String.valueOf(tooLong.length()),
                    String.valueOf(tooLong.limit()));
        }
        NoteHasControlCharacter control = (NoteHasControlCharacter) problem;
        return i18n.getText(PREFIX + "note-control-character", quality, control.codePointLabel(),
                String.valueOf(control.position()));
    }

    String unknownQuality(UnknownQualityException unknown) {
        return i18n.getText(PREFIX + "unknown-quality", unknown.candidate(), Arrays.stream(ConversationQuality.values())
                .map(ConversationQuality::id).collect(Collectors.joining(", ")));
    }

    /** A version refused when nobody else's save is known: it was missing, or sent before any save. */
    String version(SelfCheckVersionException refusal) {
        return i18n.getText(PREFIX + (refusal.saved() ? "version-missing" : "version-unexpected"),
                String.valueOf(refusal.version()));
    }

    /** A save without version met a self-check someone saved meanwhile. */
    String versionSavedBy(String who, String when, long version) {
        return i18n.getText(PREFIX + "version-saved-by", who, when, String.valueOf(version));
    }

    /** A stale save, when who saved last is known. */
    String conflictSavedBy(String who, String when) {
        return i18n.getText(PREFIX + "conflict.saved-by", who, when);
    }

    /** A stale save while the other save is not readable yet. */
    String conflictSaving() {
        return i18n.getText(PREFIX + "conflict.saving");
    }

    String body(SelfCheckBody.Malformed malformed) {
        return i18n.getText(PREFIX + "body." + malformed.problem(), malformed.facts());
    }
}
