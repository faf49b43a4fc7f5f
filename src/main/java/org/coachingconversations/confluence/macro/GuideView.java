package org.coachingconversations.confluence.macro;

import java.util.List;

/** What the guide template renders: a guide, whole or in part. Immutable; every text already translated. */
public final class GuideView {

    private final String guideId;
    private final String title;
    private final List<String> introduction;
    private final List<GuideSectionView> sections;

    public GuideView(String guideId, String title, List<String> introduction, List<GuideSectionView> sections) {
        this.guideId = guideId;
        this.title = title;
        this.introduction = List.copyOf(introduction);
        this.sections = List.copyOf(sections);
    }

    public String getGuideId() {
        return guideId;
    }

    public String getTitle() {
        return title;
    }

    public List<String> getIntroduction() {
        return introduction;
    }

    public List<GuideSectionView> getSections() {
        return sections;
    }
}
