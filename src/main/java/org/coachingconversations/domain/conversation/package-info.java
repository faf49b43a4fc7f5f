/** The four page types and their sections, the stored facts of a conversation page and its store port, page-title rules and video clips. */
package org.coachingconversations.domain.conversation;
