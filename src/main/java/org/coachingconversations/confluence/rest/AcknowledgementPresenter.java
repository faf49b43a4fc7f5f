package org.coachingconversations.confluence.rest;

import org.coachingconversations.platform.SiteLinks;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.message.I18nResolver;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Objects;
import org.coachingconversations.application.cyclerecord.AcknowledgementStatus;
import org.coachingconversations.confluence.i18n.ReaderDates;
import org.coachingconversations.domain.acknowledgement.Acknowledgement;
import org.coachingconversations.domain.acknowledgement.AcknowledgementKind;
import org.coachingconversations.domain.cyclerecord.StoredCycleRecord;
import org.coachingconversations.domain.versioning.Versioned;

/**
 * Turns a Cycle Record's {@link AcknowledgementStatus} into what the REST API answers and the macro renders: people
 * by name and profile link (never their user keys), translated labels and the stage's sentence, dates and times as
 * the reader writes them (the JSON's data fields stay ISO).
 */
public final class AcknowledgementPresenter {

    static final String PREFIX = "coaching.acknowledgement.";

    private final UserManager userManager;
    private final I18nResolver i18n;
    private final SiteLinks links;
    private final ReaderDates dates;

    public AcknowledgementPresenter(UserManager userManager, I18nResolver i18n,
            ApplicationProperties applicationProperties, ReaderDates dates) {
        this.userManager = Objects.requireNonNull(userManager, "userManager");
        this.i18n = Objects.requireNonNull(i18n, "i18n");
        this.dates = Objects.requireNonNull(dates, "dates");
        this.links = new SiteLinks(Objects.requireNonNull(applicationProperties, "applicationProperties"));
    }

    public AcknowledgementJson.Status status(AcknowledgementStatus status) {
        StoredCycleRecord record = status.record().value();
        AcknowledgementJson.Person teacher = person(record.teacherKey());
        AcknowledgementJson.Person observer = person(record.observerKey());
        String finalizedOn = record.dates().finalizedOn().map(Object::toString).orElse(null);
        String stageMessage = i18n.getText(PREFIX + "stage." + status.stage().id(),
                observer.displayName(), teacher.displayName(),
                record.dates().finalizedOn().map(dates::date).orElse(""));
        AcknowledgementJson.Answer answer = status.answer().map(this::answer).orElse(null);
        return new AcknowledgementJson.Status(record.pageId(), status.stage().id(), stageMessage, teacher, observer,
                status.record().version(), finalizedOn, answer, status.mayAnswer(), status.mayFinalize());
    }

    /** The kind's id in the API: {@code received} or {@code objection}. */
    public static String kindId(AcknowledgementKind kind) {
        return kind == AcknowledgementKind.ACKNOWLEDGED ? "received" : "objection";
    }

    /** A day as the reader writes it. */
    public String date(LocalDate day) {
        return dates.date(day);
    }

    /** An answer's time as the reader writes it, in UTC (the zone the answer was recorded in, shown). */
    public String moment(Instant instant) {
        return dates.moment(instant, ZoneOffset.UTC);
    }

    public String text(String suffix, Object... arguments) {
        Serializable[] values = new Serializable[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            values[i] = arguments[i] == null ? "" : arguments[i].toString();
        }
        return i18n.getText(PREFIX + suffix, values);
    }

    /** The translation of a whole key, without arguments. */
    public String translate(String key) {
        return i18n.getText(key);
    }

    public AcknowledgementJson.Person person(String userKey) {
        UserProfile profile = userKey == null ? null : userManager.getUserProfile(new UserKey(userKey));
        if (profile == null) {
            return new AcknowledgementJson.Person(null, i18n.getText(PREFIX + "unknown-user"), null);
        }
        String name = profile.getFullName() == null || profile.getFullName().isBlank() ? profile.getUsername()
                : profile.getFullName();
        return new AcknowledgementJson.Person(profile.getUsername(), name, links.profileUrl(profile.getProfilePageUri()));
    }

    private AcknowledgementJson.Answer answer(Versioned<Acknowledgement> stored) {
        Acknowledgement answer = stored.value();
        return new AcknowledgementJson.Answer(kindId(answer.kind()), i18n.getText(answer.kind().nameKey()),
                answer.additionalInformation().orElse(null), person(answer.teacherKey()),
                answer.respondedAt().toString(), moment(answer.respondedAt()), stored.version());
    }


    /** The relative base URL, without a trailing slash ("/confluence", or "" at the root). */
    public String baseUrl() {
        return links.baseUrl();
    }
}
