/** Users as a conversation names them: user references typed in a wizard, known users, participant roles, and the directory port. */
package org.coachingconversations.domain.people;
