/** Everything a space administrator sets, its defaults and validation, and the read/write port. */
package org.coachingconversations.domain.settings;
