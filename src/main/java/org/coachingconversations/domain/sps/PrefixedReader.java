package org.coachingconversations.domain.sps;

import java.io.IOException;
import java.io.Reader;

/** Gives back the text already taken from a reader, then the rest of that reader. */
final class PrefixedReader extends Reader {

    private final StringBuilder prefix;
    private final Reader rest;
    private int position;

    /** @param prefix given back as it is, and emptied once it has been read, so its memory can go */
    PrefixedReader(StringBuilder prefix, Reader rest) {
        this.prefix = prefix;
        this.rest = rest;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position < prefix.length()) {
            int count = Math.min(length, prefix.length() - position);
            prefix.getChars(position, position + count, buffer, offset);
            position += count;
            if (position == prefix.length()) {
                prefix.setLength(0);
                prefix.trimToSize();
                position = 0;
            }
            return count;
        }
        return rest.read(buffer, offset, length);
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public void close() throws IOException {
        rest.close();
    }
}
