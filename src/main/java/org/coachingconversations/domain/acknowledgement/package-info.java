/** The teacher's answer to a finalized Cycle Record (acknowledge or object, with reasons), who may give it, and its store port. */
package org.coachingconversations.domain.acknowledgement;
