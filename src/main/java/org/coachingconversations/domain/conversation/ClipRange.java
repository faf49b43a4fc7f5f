package org.coachingconversations.domain.conversation;

/**
 * Where a teaching clip sits in the lesson video (seed 004: "Clip selection #1 (timestamps)"),
 * in whole seconds from the start of the video.
 */
public record ClipRange(int startSecond, int endSecond) {

    /** Timestamps are written with up to three minute digits. */
    public static final int MAX_MINUTES = 999;
    private static final int MAX_SECOND = MAX_MINUTES * 60 + 59;

    public ClipRange {
        if (startSecond < 0 || endSecond > MAX_SECOND || startSecond >= endSecond) {
            throw new IllegalArgumentException("Not a clip range: " + startSecond + "s to " + endSecond + "s");
        }
    }

    public int lengthInSeconds() {
        return endSecond - startSecond;
    }

    /** The range as the teacher email and the planning guide show it, e.g. {@code 03:15-08:40}. */
    public String format() {
        return timestamp(startSecond) + "-" + timestamp(endSecond);
    }

    static String timestamp(int second) {
        return String.format("%02d:%02d", second / 60, second % 60);
    }
}
