package dev.oxprops.specs.oxshare;

import dev.oxprops.runtime.OxPropsException;

/** A higher-layer sharing operation was asked for something the protocol does not allow. */
public class SharingProtocolException extends OxPropsException {
    private static final long serialVersionUID = 1L;
    private final String property;

    public SharingProtocolException(String property, String message) {
        super(property + ": " + message);
        this.property = property;
    }

    /** The canonical name of the property concerned. */
    public String property() {
        return property;
    }
}
