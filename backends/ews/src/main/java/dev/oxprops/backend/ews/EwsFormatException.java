package dev.oxprops.backend.ews;

import dev.oxprops.runtime.OxPropsException;

/** EWS XML is not what the EWS schema allows (or not XML at all), so it cannot be read. */
public class EwsFormatException extends OxPropsException {
    private static final long serialVersionUID = 1L;

    public EwsFormatException(String message) {
        super(message);
    }

    public EwsFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
