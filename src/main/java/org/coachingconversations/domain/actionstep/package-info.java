/** Action steps of a conversation: their details, status rules, overdue and due-soon deadlines, and the store port. */
package org.coachingconversations.domain.actionstep;
