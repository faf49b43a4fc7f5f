/** The facts stored for a Cycle Record (seed 003): its dates in order, finalization and the store port. */
package org.coachingconversations.domain.cyclerecord;
