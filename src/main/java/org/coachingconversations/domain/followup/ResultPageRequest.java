package org.coachingconversations.domain.followup;

/** One page of a query: skip {@code offset} rows, return at most {@code limit}. */
public record ResultPageRequest(long offset, int limit) {

    public static final int MAX_LIMIT = 500;

    public ResultPageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("Page request: the offset " + offset + " cannot be negative.");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("Page request: the limit " + limit + " must be between 1 and "
                    + MAX_LIMIT + ".");
        }
    }

    public static ResultPageRequest first(int limit) {
        return new ResultPageRequest(0, limit);
    }

    public ResultPageRequest next() {
        return new ResultPageRequest(offset + limit, limit);
    }
}
