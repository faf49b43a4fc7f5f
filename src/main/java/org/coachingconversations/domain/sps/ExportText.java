package org.coachingconversations.domain.sps;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The characters of an export as they are read, without a leading byte order mark, watching what must hold for the
 * whole file: its size in UTF-8 bytes stays within the limit, its bytes are UTF-8, and it holds something besides
 * blanks and separators. It stops (reads as ended) as soon as the size is over the limit or a byte is not UTF-8,
 * reading no more than one byte past the limit.
 */
abstract class ExportText extends Reader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    protected final long maxBytes;
    private boolean started;
    private boolean tooLarge;
    private boolean substance;

    private ExportText(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Bytes decoded as UTF-8, counted as they come. */
    static ExportText ofBytes(InputStream bytes, long maxBytes) {
        return new Decoding(bytes, maxBytes);
    }

    /** Characters already decoded, counted by the size of their UTF-8 form. */
    static ExportText ofChars(Reader chars, long maxBytes) {
        return new Counting(chars, maxBytes);
    }

    boolean tooLarge() {
        return tooLarge;
    }

    /** The line of the first byte that is not UTF-8, or 0 when all were. */
    int notUtf8Line() {
        return 0;
    }

    /** Whether any character besides blanks, commas and semicolons was read: what a spreadsheet saves for an empty sheet. */
    boolean hasSubstance() {
        return substance;
    }

    /** Reads on to the end of the input (or just past the limit) without decoding, so its size is known. */
    void skipRest() throws IOException {
    }

    protected void overLimit() {
        tooLarge = true;
    }

    protected abstract int readChars(char[] buffer, int offset, int length) throws IOException;

    @Override
    public final int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int read;
        do {
            read = readChars(buffer, offset, length);
            if (read <= 0) {
                return read;
            }
            if (!started) {
                started = true;
                if (buffer[offset] == BYTE_ORDER_MARK) {
                    System.arraycopy(buffer, offset + 1, buffer, offset, read - 1);
                    read--;
                }
            }
        } while (read == 0);
        for (int i = offset; i < offset + read && !substance; i++) {
            char c = buffer[i];
            substance = !(Character.isWhitespace(c) || c == ',' || c == ';');
        }
        return read;
    }

    @Override
    public void close() {
    }

    private static final class Counting extends ExportText {
        private final Reader chars;
        private long bytes;

        Counting(Reader chars, long maxBytes) {
            super(maxBytes);
            this.chars = chars;
        }

        @Override
        protected int readChars(char[] buffer, int offset, int length) throws IOException {
            if (tooLarge()) {
                return -1;
            }
            int read = chars.read(buffer, offset, length);
            for (int i = offset; i < offset + Math.max(read, 0); i++) {
                char c = buffer[i];
                // A surrogate pair is four bytes in UTF-8: two for each half.
                bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            }
            if (bytes > maxBytes) {
                overLimit();
                return -1;
            }
            return read;
        }
    }

    private static final class Decoding extends ExportText {
        private final InputStream input;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final ByteBuffer bytes = ByteBuffer.allocate(8192).flip();
        private long bytesRead;
        private boolean endOfBytes;
        private boolean stopped;
        private int newlines;
        private int notUtf8Line;
        private int pending = -1;

        Decoding(InputStream input, long maxBytes) {
            super(maxBytes);
            this.input = input;
        }

        @Override
        int notUtf8Line() {
            return notUtf8Line;
        }

        @Override
        protected int readChars(char[] buffer, int offset, int length) throws IOException {
            if (pending >= 0) {
                buffer[offset] = (char) pending;
                pending = -1;
                return 1;
            }
            if (length == 1) {
                // Room for both halves of a surrogate pair: the decoder cannot write one alone.
                char[] two = new char[2];
                int read = readChars(two, 0, 2);
                if (read <= 0) {
                    return read;
                }
                buffer[offset] = two[0];
                pending = read == 2 ? two[1] : -1;
                return 1;
            }
            if (stopped) {
                return -1;
            }
            CharBuffer out = CharBuffer.wrap(buffer, offset, length);
            while (out.position() == offset) {
                if (!bytes.hasRemaining() || !endOfBytes && bytes.remaining() < 4) {
                    fill();
                    if (tooLarge()) {
                        stopped = true;
                        return -1;
                    }
                }
                CoderResult result = decoder.decode(bytes, out, endOfBytes);
                if (result.isError()) {
                    countNewlines(buffer, offset, out.position());
                    // Every byte before the bad one was decoded, so its '\n' bytes are the '\n' characters so far.
                    notUtf8Line = newlines + 1;
                    stopped = true;
                    return -1;
                }
                if (endOfBytes && !bytes.hasRemaining() && out.position() == offset) {
                    decoder.flush(out);
                    if (out.position() == offset) {
                        stopped = true;
                        return -1;
                    }
                }
            }
            countNewlines(buffer, offset, out.position());
            return out.position() - offset;
        }

        private void countNewlines(char[] buffer, int from, int to) {
            for (int i = from; i < to; i++) {
                if (buffer[i] == '\n') {
                    newlines++;
                }
            }
        }

        /** Reads more bytes, never more than one past the limit in all. */
        private void fill() throws IOException {
            if (endOfBytes) {
                return;
            }
            bytes.compact();
            long allowed = maxBytes + 1 - bytesRead;
            int wanted = (int) Math.min(bytes.remaining(), allowed);
            int read = wanted == 0 ? -1 : input.read(bytes.array(), bytes.position(), wanted);
            if (read > 0) {
                bytes.position(bytes.position() + read);
                bytesRead += read;
            } else if (read < 0) {
                endOfBytes = true;
            }
            bytes.flip();
            if (bytesRead > maxBytes) {
                overLimit();
            }
        }

        @Override
        void skipRest() throws IOException {
            byte[] skipped = new byte[8192];
            while (bytesRead <= maxBytes && !endOfBytes) {
                int read = input.read(skipped, 0, (int) Math.min(skipped.length, maxBytes + 1 - bytesRead));
                if (read < 0) {
                    endOfBytes = true;
                } else {
                    bytesRead += read;
                }
            }
            if (bytesRead > maxBytes) {
                overLimit();
            }
        }
    }
}
