/** Which characters typed text may hold, and how long it is. */
package org.coachingconversations.domain.text;
