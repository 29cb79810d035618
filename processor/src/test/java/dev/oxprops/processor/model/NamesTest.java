package dev.oxprops.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NamesTest {
    @Test
    void constantsFromMethodNames() {
        assertEquals("FLAVOR", Names.constant("flavor"));
        assertEquals("X_MESSAGE_FLAG", Names.constant("xMessageFlag"));
        assertEquals("REMOTE_UID", Names.constant("remoteUid"));
        assertEquals("REMOTE_UID", Names.constant("remoteUID"), "acronyms collapse: the duplicate-accessor check relies on it");
        assertEquals("HTML_BODY", Names.constant("HTMLBody"));
        assertEquals("BODY2_TEXT", Names.constant("body2Text"));
        assertEquals("", Names.constant(""));
    }

    @Test
    void capitalized() {
        assertEquals("Flavor", Names.capitalized("flavor"));
        assertEquals("", Names.capitalized(""));
    }
}
