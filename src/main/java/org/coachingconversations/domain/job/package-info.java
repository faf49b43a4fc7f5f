/**
 * The daily follow-up job as the app sees it: the log of its runs (start, end, steps flagged, digests queued,
 * errors, state, resume point) and the rule that only one run happens at a time in the cluster.
 */
package org.coachingconversations.domain.job;
