/**
 * The leaders' follow-up dashboard: which rows a viewer sees (only rows on pages the viewer may view now, counted
 * and paged by the database), its sections, filters and the weekly chart. Plain Java; the host is reached through
 * the ports {@link org.coachingconversations.domain.followup.PageVisibility}, {@link RestrictedPages} and
 * {@link SpaceVisibility}.
 */
package org.coachingconversations.domain.dashboard;
