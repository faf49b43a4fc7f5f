package org.coachingconversations.persistence.quality;

import net.java.ao.Entity;
import net.java.ao.schema.Default;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A page's conversation-quality self-check: table {@code AO_16E8C7_SELF_CHECK}, one row per page. Each of the seven
 * qualities has a flag (so a dashboard counts a quality with one {@code COUNT}) and a note.
 */
@Table("SelfCheck")
interface SelfCheckEntity extends Entity {

    String COLUMN_PAGE_ID = "PAGE_ID";
    String COLUMN_SPACE_KEY = "SPACE_KEY";
    String COLUMN_SUBSTANTIVE = "SUBSTANTIVE";
    String COLUMN_RECENT_INFORMATION = "RECENT_INFORMATION";
    String COLUMN_SPRING_FROM_QUESTIONS = "SPRING_FROM_QUESTIONS";
    String COLUMN_NON_DEFENSIVE = "NON_DEFENSIVE";
    String COLUMN_EACH_OTHER_AS_PEOPLE = "EACH_OTHER_AS_PEOPLE";
    String COLUMN_PROFESSIONAL_KNOWLEDGE = "PROFESSIONAL_KNOWLEDGE";
    String COLUMN_LEAD_TO_ACTION = "LEAD_TO_ACTION";
    String COLUMN_SUBSTANTIVE_NOTE = "SUBSTANTIVE_NOTE";
    String COLUMN_RECENT_INFORMATION_NOTE = "RECENT_INFORMATION_NOTE";
    String COLUMN_SPRING_FROM_QUESTIONS_NOTE = "SPRING_FROM_QUESTIONS_NOTE";
    String COLUMN_NON_DEFENSIVE_NOTE = "NON_DEFENSIVE_NOTE";
    String COLUMN_EACH_OTHER_AS_PEOPLE_NOTE = "EACH_OTHER_AS_PEOPLE_NOTE";
    String COLUMN_PROFESSIONAL_KNOWLEDGE_NOTE = "PROFESSIONAL_KNOWLEDGE_NOTE";
    String COLUMN_LEAD_TO_ACTION_NOTE = "LEAD_TO_ACTION_NOTE";
    String COLUMN_SAVED_BY = "SAVED_BY";
    String COLUMN_SAVED_AT = "SAVED_AT";
    String COLUMN_TRASHED = "TRASHED";
    String COLUMN_VERSION = "VERSION";

    @NotNull
    @Unique
    @Indexed
    long getPageId();

    void setPageId(long pageId);

    /** Copied from the page's conversation, so that removing a space deletes its self-checks with one statement. */
    @NotNull
    @Indexed
    String getSpaceKey();

    void setSpaceKey(String spaceKey);

    @NotNull
    @Default("false")
    boolean isSubstantive();

    void setSubstantive(boolean present);

    @NotNull
    @Default("false")
    boolean isRecentInformation();

    void setRecentInformation(boolean present);

    @NotNull
    @Default("false")
    boolean isSpringFromQuestions();

    void setSpringFromQuestions(boolean present);

    @NotNull
    @Default("false")
    boolean isNonDefensive();

    void setNonDefensive(boolean present);

    @NotNull
    @Default("false")
    boolean isEachOtherAsPeople();

    void setEachOtherAsPeople(boolean present);

    @NotNull
    @Default("false")
    boolean isProfessionalKnowledge();

    void setProfessionalKnowledge(boolean present);

    @NotNull
    @Default("false")
    boolean isLeadToAction();

    void setLeadToAction(boolean present);

    /*
     * Notes: at most QualitySelfCheck.NOTE_MAX_LENGTH characters (code points), checked before writing. A VARCHAR
     * counts UTF-16 units on some databases, where such a note may need twice as many, beyond AO's longest VARCHAR
     * (767): so the notes are unlimited text columns. Null when there is no note.
     */

    @StringLength(StringLength.UNLIMITED)
    String getSubstantiveNote();

    void setSubstantiveNote(String note);

    @StringLength(StringLength.UNLIMITED)
    String getRecentInformationNote();

    void setRecentInformationNote(String note);

    @StringLength(StringLength.UNLIMITED)
    String getSpringFromQuestionsNote();

    void setSpringFromQuestionsNote(String note);

    @StringLength(StringLength.UNLIMITED)
    String getNonDefensiveNote();

    void setNonDefensiveNote(String note);

    @StringLength(StringLength.UNLIMITED)
    String getEachOtherAsPeopleNote();

    void setEachOtherAsPeopleNote(String note);

    @StringLength(StringLength.UNLIMITED)
    String getProfessionalKnowledgeNote();

    void setProfessionalKnowledgeNote(String note);

    @StringLength(StringLength.UNLIMITED)
    String getLeadToActionNote();

    void setLeadToActionNote(String note);

    /** User key of the person who saved this state. */
    @NotNull
    String getSavedBy();

    void setSavedBy(String userKey);

    /**
     * Milliseconds since the epoch (UTC). A TIMESTAMP column would be written and read through the JVM's default
     * zone, which may differ between cluster nodes.
     */
    @NotNull
    long getSavedAt();

    void setSavedAt(long savedAt);

    @NotNull
    @Default("false")
    @Indexed
    boolean isTrashed();

    void setTrashed(boolean trashed);

    @NotNull
    @Default("0")
    long getVersion();

    void setVersion(long version);
}
