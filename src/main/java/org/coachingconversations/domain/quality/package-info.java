/**
 * The seven-qualities self-check of a conversation: what was ticked and noted, which pages carry one and who may save
 * it, its store port, and the aggregate over many conversations.
 */
package org.coachingconversations.domain.quality;
