/** The rule that page data follows its page (trash, restore, purge) and its space. */
package org.coachingconversations.domain.lifecycle;
