/** Follow-up across pages: the space summary's records and how its sections are read from paged repository queries, which steps are newly overdue, the earlier conversation a page follows up on, and what one viewer may see of it. */
package org.coachingconversations.domain.followup;
