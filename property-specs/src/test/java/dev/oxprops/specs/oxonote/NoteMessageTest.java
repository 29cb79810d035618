package dev.oxprops.specs.oxonote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** [MS-OXONOTE]: a yellow note built through the generated accessor, and every rule broken once. */
class NoteMessageTest {
    private static final UUID PSETID_NOTE = UUID.fromString("0006200E-0000-0000-C000-000000000046");

    /** A yellow note as a client creates it (3.1.4.1): the 2.2.1 properties and the 2.2.2 ones. */
    static NoteMessageAccessor yellowNote() {
        return NoteMessageAccessor.create()
                .setMessageClass("IPM.StickyNote")
                .setNoteColor(0x00000003)
                .setNoteWidth(200)
                .setNoteHeight(166)
                .setNoteX(80)
                .setNoteY(80)
                .setIconIndex(0x00000303);
    }

    private static void row(PropertyBag bag, PropertyId id, MapiType type, Object value) {
        assertEquals(type, bag.typeOf(id), id.toString());
        assertEquals(value, bag.get(id), id.toString());
    }

    @Test
    void exampleHasEveryPropertyWithItsIdTypeAndValue() {
        PropertyBag bag = yellowNote().bag();
        row(bag, PropertyId.tag(0x001A), MapiType.PtypString, "IPM.StickyNote");
        row(bag, PropertyId.lid(PSETID_NOTE, 0x8B00), MapiType.PtypInteger32, 3);
        row(bag, PropertyId.lid(PSETID_NOTE, 0x8B02), MapiType.PtypInteger32, 200);
        row(bag, PropertyId.lid(PSETID_NOTE, 0x8B03), MapiType.PtypInteger32, 166);
        row(bag, PropertyId.lid(PSETID_NOTE, 0x8B04), MapiType.PtypInteger32, 80);
        row(bag, PropertyId.lid(PSETID_NOTE, 0x8B05), MapiType.PtypInteger32, 80);
        row(bag, PropertyId.tag(0x1080), MapiType.PtypInteger32, 0x303);
        assertEquals(7, bag.size());
        assertEquals(NoteMessageKeys.NoteColor.YELLOW, yellowNote().getNoteColorEnum());
        ValidationReport report = yellowNote().validate();
        assertTrue(report.isClean(), report.format());
    }

    private static Violation only(ValidationReport report) {
        assertEquals(1, report.violations().size(), report.format());
        return report.violations().get(0);
    }

    @Test
    void messageClassIsRequired() {
        Violation v = only(yellowNote().removeMessageClass().validate());
        assertEquals(RuleKind.PRESENCE, v.rule());
        assertEquals(Level.MUST, v.level());
    }

    @Test
    void messageClassStartsWithStickyNote() {
        assertTrue(yellowNote().setMessageClass("ipm.stickynote.custom").validate().isClean());
        Violation v = only(yellowNote().setMessageClass("IPM.Note").validate());
        assertEquals(RuleKind.MESSAGE_CLASS, v.rule());
        assertEquals(RuleKind.MESSAGE_CLASS, only(yellowNote().setMessageClass("IPM.StickyNoteX").validate()).rule());
    }

    @Test
    void colorIsOneOfFive() {
        Violation v = only(yellowNote().setNoteColor(5).setIconIndex(0x303).validate());
        assertEquals(RuleKind.ONE_OF, v.rule());
        assertEquals("PidLidNoteColor", v.property());
        assertEquals("2.2.1.1", v.section());
    }

    @Test
    void iconIsOneOfFive() {
        Violation v = only(yellowNote().removeNoteColor().setIconIndex(0x100).validate());
        assertEquals(RuleKind.ONE_OF, v.rule());
        assertEquals("PidTagIconIndex", v.property());
    }

    @Test
    void iconFollowsTheColor() {
        int[] icons = {0x300, 0x301, 0x302, 0x303, 0x304};
        for (int color = 0; color < 5; color++) {
            assertTrue(yellowNote().setNoteColor(color).setIconIndex(icons[color]).validate().isClean());
            Violation v = only(yellowNote().setNoteColor(color).setIconIndex(icons[(color + 1) % 5]).validate());
            assertEquals(RuleKind.IMPLIES, v.rule());
            assertEquals(Level.SHOULD, v.level());
            assertEquals("2.2.2.2", v.section());
        }
    }
}
