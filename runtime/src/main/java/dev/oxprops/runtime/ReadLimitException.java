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

    public ReadLimitException(String subject, long claimed, long limit, String limitName) {
        super(subject + ": " + claimed + " bytes, over the " + limitName + " of " + limit + " bytes");
        this.subject = subject;
        this.limit = limit;
    }

    /** What tripped the limit: a stream, a header, a document. */
    public String subject() {
        return subject;
    }

    /** The limit, in bytes. */
    public long limit() {
        return limit;
    }
}
