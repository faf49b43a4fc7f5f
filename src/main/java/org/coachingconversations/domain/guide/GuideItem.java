package org.coachingconversations.domain.guide;

import java.util.List;

/** One entry of a guide section. The kinds differ in structure, so a renderer chooses by type. */
public sealed interface GuideItem permits TextItem, Topic, QualityItem, ProtocolStep, AgendaStep, CoachingTask {

    /** Every text this item shows, in reading order. */
    List<GuideText> texts();
}
