/** The seven-qualities self-check of a conversation and its aggregate. */
package org.coachingconversations.domain.quality;
