/** The content of the five seeds as structure and i18n keys, and queries over it. */
package org.coachingconversations.domain.guide;
