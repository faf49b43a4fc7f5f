package org.coachingconversations.confluence.macro;

import java.util.List;

/** What the conversation-qualities template renders. Immutable; every text already translated. */
public final class ConversationQualitiesView {

    private final String title;
    private final String purpose;
    private final String introduction;
    private final String listIntroduction;
    private final String listenIn;
    private final boolean showIntroduction;
    private final List<QualityView> qualities;

    public ConversationQualitiesView(String title, String purpose, String introduction, String listIntroduction,
                                     String listenIn, boolean showIntroduction, List<QualityView> qualities) {
        this.title = title;
        this.purpose = purpose;
        this.introduction = introduction;
        this.listIntroduction = listIntroduction;
        this.listenIn = listenIn;
        this.showIntroduction = showIntroduction;
        this.qualities = List.copyOf(qualities);
    }

    public String getTitle() {
        return title;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getListIntroduction() {
        return listIntroduction;
    }

    public String getListenIn() {
        return listenIn;
    }

    public boolean isShowIntroduction() {
        return showIntroduction;
    }

    public List<QualityView> getQualities() {
        return qualities;
    }
}
