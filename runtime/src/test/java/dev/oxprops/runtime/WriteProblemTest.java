package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WriteProblemTest {
    private static final PropertyId SUBJECT = PropertyId.tag(0x0037);

    @Test
    void namesThePropertyAndTheFormatsNameWhenItDiffers() {
        assertEquals("0x0037: cannot be carried", WriteProblem.of(SUBJECT, "cannot be carried").toString());
        assertEquals("0x0037", WriteProblem.of(SUBJECT, "x").subject());
        WriteProblem p = new WriteProblem(SUBJECT, "String 0x37", "held as Integer");
        assertEquals("0x0037 (String 0x37): held as Integer", p.toString());
        assertEquals(SUBJECT, p.property());
        assertEquals("held as Integer", p.message());
    }

    @Test
    void everyPartIsNeeded() {
        assertEquals("property", assertThrows(NullPointerException.class, () -> new WriteProblem(null, "s", "m")).getMessage());
        assertEquals("subject", assertThrows(NullPointerException.class, () -> new WriteProblem(SUBJECT, null, "m")).getMessage());
        assertEquals("message", assertThrows(NullPointerException.class, () -> new WriteProblem(SUBJECT, "s", null)).getMessage());
    }
}
