package toy;

import dev.oxprops.annotations.PropertySet;

/** The property sets of the toy specs. */
public interface ToySets {
    /** The toy protocol's own set. */
    @PropertySet(name = "PSETID_Toy", guid = "{1A2B3C4D-0000-4000-8000-00000000CAFE}")
    interface PSETID_Toy {}

    /** Internet headers: names compare case-insensitively. */
    @PropertySet(name = "PS_INTERNET_HEADERS", guid = "00020386-0000-0000-C000-000000000046")
    interface PS_INTERNET_HEADERS {}

    /** Where applications put their own string-named properties. */
    @PropertySet(name = "PS_PUBLIC_STRINGS", guid = "00020329-0000-0000-C000-000000000046")
    interface PS_PUBLIC_STRINGS {}
}
