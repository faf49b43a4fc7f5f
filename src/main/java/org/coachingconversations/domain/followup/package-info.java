/** Follow-up across pages: the space summary and overdue scan from paged repository queries, the earlier conversation a page follows up on, and what one viewer may see of it. */
package org.coachingconversations.domain.followup;
