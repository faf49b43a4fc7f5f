/** Milestones of a Cycle Record and a coaching conversation (seed 003 windows, per-space settings); early and late checks. */
package org.coachingconversations.domain.timeline;
