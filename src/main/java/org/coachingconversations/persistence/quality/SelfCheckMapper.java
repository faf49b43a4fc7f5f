package org.coachingconversations.persistence.quality;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.coachingconversations.domain.guide.ConversationQuality;
import org.coachingconversations.domain.quality.QualitySelfCheck;
import org.coachingconversations.domain.quality.SavedSelfCheck;
import org.coachingconversations.domain.versioning.Versioned;

/** Between {@link SelfCheckEntity} rows and {@link SavedSelfCheck}; the only code that knows both. */
final class SelfCheckMapper {

    /** The flag and note columns of one quality, with the row's accessors for them. */
    private record QualityColumns(String flagColumn, String noteColumn, Predicate<SelfCheckEntity> flag,
            BiConsumer<SelfCheckEntity, Boolean> setFlag, Function<SelfCheckEntity, String> note,
            BiConsumer<SelfCheckEntity, String> setNote) {
    }

    private static final Map<ConversationQuality, QualityColumns> COLUMNS = columns();

    private SelfCheckMapper() {
    }

    static Versioned<SavedSelfCheck> toVersioned(SelfCheckEntity row) {
        Set<ConversationQuality> present = EnumSet.noneOf(ConversationQuality.class);
        Map<ConversationQuality, String> notes = new EnumMap<>(ConversationQuality.class);
        COLUMNS.forEach((quality, columns) -> {
            if (columns.flag().test(row)) {
                present.add(quality);
            }
            String note = columns.note().apply(row);
            if (note != null) {
                notes.put(quality, note);
            }
        });
        SavedSelfCheck saved = new SavedSelfCheck(row.getSpaceKey(), QualitySelfCheck.of(row.getPageId(), present,
                notes), row.getSavedBy(), Instant.ofEpochMilli(row.getSavedAt()));
        return new Versioned<>(saved, row.getVersion());
    }

    static Map<String, Object> columnsOf(SavedSelfCheck saved) {
        Map<String, Object> values = new HashMap<>();
        values.put(SelfCheckEntity.COLUMN_PAGE_ID, saved.pageId());
        values.put(SelfCheckEntity.COLUMN_SPACE_KEY, saved.spaceKey());
        COLUMNS.forEach((quality, columns) -> {
            values.put(columns.flagColumn(), saved.check().isPresent(quality));
            saved.check().note(quality).ifPresent(note -> values.put(columns.noteColumn(), note));
        });
        values.put(SelfCheckEntity.COLUMN_SAVED_BY, saved.savedByKey());
        values.put(SelfCheckEntity.COLUMN_SAVED_AT, saved.savedAt().toEpochMilli());
        return values;
    }

    static void copyInto(SavedSelfCheck saved, SelfCheckEntity row) {
        row.setSpaceKey(saved.spaceKey());
        COLUMNS.forEach((quality, columns) -> {
            columns.setFlag().accept(row, saved.check().isPresent(quality));
            columns.setNote().accept(row, saved.check().note(quality).orElse(null));
        });
        row.setSavedBy(saved.savedByKey());
        row.setSavedAt(saved.savedAt().toEpochMilli());
    }

    private static Map<ConversationQuality, QualityColumns> columns() {
        Map<ConversationQuality, QualityColumns> columns = new EnumMap<>(ConversationQuality.class);
        for (ConversationQuality quality : ConversationQuality.values()) {
            columns.put(quality, switch (quality) {
                case SUBSTANTIVE -> new QualityColumns(SelfCheckEntity.COLUMN_SUBSTANTIVE,
                        SelfCheckEntity.COLUMN_SUBSTANTIVE_NOTE, SelfCheckEntity::isSubstantive,
                        SelfCheckEntity::setSubstantive, SelfCheckEntity::getSubstantiveNote,
                        SelfCheckEntity::setSubstantiveNote);
                case RECENT_INFORMATION -> new QualityColumns(SelfCheckEntity.COLUMN_RECENT_INFORMATION,
                        SelfCheckEntity.COLUMN_RECENT_INFORMATION_NOTE, SelfCheckEntity::isRecentInformation,
                        SelfCheckEntity::setRecentInformation, SelfCheckEntity::getRecentInformationNote,
                        SelfCheckEntity::setRecentInformationNote);
                case SPRING_FROM_QUESTIONS -> new QualityColumns(SelfCheckEntity.COLUMN_SPRING_FROM_QUESTIONS,
                        SelfCheckEntity.COLUMN_SPRING_FROM_QUESTIONS_NOTE, SelfCheckEntity::isSpringFromQuestions,
                        SelfCheckEntity::setSpringFromQuestions, SelfCheckEntity::getSpringFromQuestionsNote,
                        SelfCheckEntity::setSpringFromQuestionsNote);
                case NON_DEFENSIVE -> new QualityColumns(SelfCheckEntity.COLUMN_NON_DEFENSIVE,
                        SelfCheckEntity.COLUMN_NON_DEFENSIVE_NOTE, SelfCheckEntity::isNonDefensive,
                        SelfCheckEntity::setNonDefensive, SelfCheckEntity::getNonDefensiveNote,
                        SelfCheckEntity::setNonDefensiveNote);
                case EACH_OTHER_AS_PEOPLE -> new QualityColumns(SelfCheckEntity.COLUMN_EACH_OTHER_AS_PEOPLE,
                        SelfCheckEntity.COLUMN_EACH_OTHER_AS_PEOPLE_NOTE, SelfCheckEntity::isEachOtherAsPeople,
                        SelfCheckEntity::setEachOtherAsPeople, SelfCheckEntity::getEachOtherAsPeopleNote,
                        SelfCheckEntity::setEachOtherAsPeopleNote);
                case PROFESSIONAL_KNOWLEDGE -> new QualityColumns(SelfCheckEntity.COLUMN_PROFESSIONAL_KNOWLEDGE,
                        SelfCheckEntity.COLUMN_PROFESSIONAL_KNOWLEDGE_NOTE, SelfCheckEntity::isProfessionalKnowledge,
                        SelfCheckEntity::setProfessionalKnowledge, SelfCheckEntity::getProfessionalKnowledgeNote,
                        SelfCheckEntity::setProfessionalKnowledgeNote);
                case LEAD_TO_ACTION -> new QualityColumns(SelfCheckEntity.COLUMN_LEAD_TO_ACTION,
                        SelfCheckEntity.COLUMN_LEAD_TO_ACTION_NOTE, SelfCheckEntity::isLeadToAction,
                        SelfCheckEntity::setLeadToAction, SelfCheckEntity::getLeadToActionNote,
                        SelfCheckEntity::setLeadToActionNote);
            });
        }
        return columns;
    }
}
