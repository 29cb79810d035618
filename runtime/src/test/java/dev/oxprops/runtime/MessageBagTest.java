package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.oxprops.annotations.MapiType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageBagTest {
    private static final PropertyId SUBJECT = PropertyId.tag(0x0037);

    /** A third-party backend's message: a few lines. */
    static final class Note extends MessageBag<InMemoryPropertyBag> {
        Note(PropertyBag properties, List<? extends PropertyBag> recipients, List<InMemoryPropertyBag> attachments,
                List<ReadProblem> problems) {
            super(properties, recipients, attachments, problems);
        }
    }

    @Test
    void readsAndWritesThroughItsPropertiesAndKeepsCopiesOfTheLists() {
        InMemoryPropertyBag properties = new InMemoryPropertyBag();
        properties.put(SUBJECT, MapiType.PtypString, "Hello");
        List<PropertyBag> recipients = new ArrayList<>(List.of(new InMemoryPropertyBag()));
        List<InMemoryPropertyBag> attachments = new ArrayList<>(List.of(new InMemoryPropertyBag(), new InMemoryPropertyBag()));
        ReadProblem problem = ReadProblem.of(ReadProblem.Kind.MISSING, "stream", "absent");
        List<ReadProblem> problems = new ArrayList<>(List.of(problem));
        Note note = new Note(properties, recipients, attachments, problems);

        assertEquals("Hello", note.get(SUBJECT));
        note.put(SUBJECT, MapiType.PtypString, "Changed");
        assertEquals("Changed", properties.get(SUBJECT));
        recipients.clear();
        attachments.clear();
        problems.clear();
        assertEquals(1, note.recipients().size());
        assertEquals(2, note.attachments().size());
        assertEquals(List.of(problem), note.problems());
        assertEquals(List.of(problem), ProblemReporting.problemsOf(note));
        assertThrows(UnsupportedOperationException.class, () -> note.problems().clear());
        assertEquals("Note{1 properties, 1 recipients, 2 attachments, 1 problems}", note.toString());
    }

    @Test
    void toBagIsAWritableCopy() {
        InMemoryPropertyBag properties = new InMemoryPropertyBag();
        properties.put(SUBJECT, MapiType.PtypString, "Hello");
        Note note = new Note(properties, List.of(), List.of(), List.of());
        InMemoryPropertyBag copy = note.toBag();
        assertNotSame(properties, copy);
        copy.put(SUBJECT, MapiType.PtypString, "Other");
        assertEquals("Hello", note.get(SUBJECT));
        assertEquals(MapiType.PtypString, copy.typeOf(SUBJECT));
        assertEquals(List.of(), note.problems());
    }

    @Test
    void aMessageNeedsProperties() {
        assertEquals("properties", assertThrows(NullPointerException.class,
                () -> new Note(null, List.of(), List.of(), List.of())).getMessage());
    }
}
