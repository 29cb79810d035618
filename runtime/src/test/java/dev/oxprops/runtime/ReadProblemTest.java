package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadProblemTest {
    @Test
    void namesWhatItConcerns() {
        ReadProblem p = new ReadProblem(ReadProblem.Kind.SIZE_MISMATCH, "__substg1.0_0037001F", PropertyId.tag(0x37),
                "declares 8 bytes, holds 4");
        assertEquals("SIZE_MISMATCH __substg1.0_0037001F: declares 8 bytes, holds 4", p.toString());
        assertEquals(PropertyId.tag(0x37), p.property());
        ReadProblem whole = ReadProblem.of(ReadProblem.Kind.MALFORMED_STRUCTURE, "", "not JSON");
        assertNull(whole.property());
        assertEquals("MALFORMED_STRUCTURE (input): not JSON", whole.toString());
    }

    @Test
    void refusesNulls() {
        assertThrows(NullPointerException.class, () -> ReadProblem.of(null, "", "m"));
        assertThrows(NullPointerException.class, () -> ReadProblem.of(ReadProblem.Kind.MISSING, null, "m"));
        assertThrows(NullPointerException.class, () -> ReadProblem.of(ReadProblem.Kind.MISSING, "", null));
    }

    @Test
    void problemsOfAnythingThatReportsThem() {
        List<ReadProblem> list = List.of(ReadProblem.of(ReadProblem.Kind.DUPLICATE, "a", "twice"));
        ProblemReporting r = () -> list;
        assertSame(list, ProblemReporting.problemsOf(r));
        assertEquals(List.of(), ProblemReporting.problemsOf(new InMemoryPropertyBag()));
        assertEquals(List.of(), ProblemReporting.problemsOf(null));
    }

    @Test
    void aLimitNamesTheSubjectAndTheLimit() {
        ReadLimitException e = new ReadLimitException("stream __substg1.0_1000001F", 314572800L, 1048576L, "file size");
        assertEquals("stream __substg1.0_1000001F", e.subject());
        assertEquals(1048576L, e.limit());
        assertTrue(e.getMessage().contains("314572800 bytes, over the file size of 1048576 bytes"), e.getMessage());
    }
}
