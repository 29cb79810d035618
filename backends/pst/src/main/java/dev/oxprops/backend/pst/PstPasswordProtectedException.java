package dev.oxprops.backend.pst;

/**
 * The PST's message store carries a password (PidTagPstPassword, [MS-PST] 2.4.3): its items are not read unless the
 * reader is told to ({@link PstReader#readPasswordProtected(boolean)}). The PST format does not encrypt with the
 * password (Outlook checks it), so the choice is the caller's, not the file's.
 */
public class PstPasswordProtectedException extends PstFormatException {
    private static final long serialVersionUID = 1L;

    public PstPasswordProtectedException(String message) {
        super(message);
    }
}
