/** School days of a space: weekends, holidays and its time zone. */
package org.coachingconversations.domain.calendar;
