/** The files attached to a page, as the host keeps them: their names, sizes and dates, and their content (a port). */
package org.coachingconversations.domain.attachment;
