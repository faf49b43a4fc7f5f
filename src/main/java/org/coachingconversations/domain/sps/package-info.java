/** SPS results: parsing the survey export and analysing it as a stream. */
package org.coachingconversations.domain.sps;
