/** Work over several stores that commits together or not at all, and the unit-of-work port. */
package org.coachingconversations.domain.transaction;
