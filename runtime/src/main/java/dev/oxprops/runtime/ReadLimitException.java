package dev.oxprops.runtime;

/**
 * A reader's configured limit tripped: the input claims (or holds) more than the reader was allowed
 * to take. Names what tripped the limit and the limit, so that a caller can raise it on purpose.
 * Readers check their limits before they allocate: a limit never surfaces as {@link OutOfMemoryError}.
 */
public class ReadLimitException extends OxPropsException {
    private static final long serialVersionUID = 1L;
    private final String subject;
    private final long limit;

    /** {@code subject} needs {@code claimed} bytes, over the limit {@code limitName} of {@code limit} bytes. */
    public ReadLimitException(String subject, long claimed, long limit, String limitName) {
        this(subject, limit, claimed + " bytes, over the " + limitName + " of " + limit + " bytes");
    }

    /** {@code subject} trips {@code limit} (bytes, depth, count), as {@code detail} says in words. */
    public ReadLimitException(String subject, long limit, String detail) {
        super(subject + ": " + detail);
        this.subject = subject;
        this.limit = limit;
    }

    /** What tripped the limit: a stream, a header, a document. */
    public String subject() {
        return subject;
    }

    /** The limit (bytes, unless the message says otherwise). */
    public long limit() {
        return limit;
    }
}
