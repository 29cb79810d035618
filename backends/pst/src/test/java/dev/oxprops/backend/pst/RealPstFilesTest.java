package dev.oxprops.backend.pst;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.OxPropsException;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyNotCarriedException;
import dev.oxprops.testdata.RealFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two real PSTs of oxprops-test-data: every item read, counts pinned; a password-protected store reported. */
class RealPstFilesTest {
    static final PropertyId MESSAGE_CLASS = PropertyId.tag(0x001A);
    static final PropertyId SUBJECT = PropertyId.tag(0x0037);

    @TempDir
    Path dir;

    Path copy(String name) throws IOException {
        Path p = dir.resolve(name);
        try (InputStream in = RealFiles.open("rjohnsondev--java-libpst/" + name)) {
            Files.copy(in, p, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return p;
    }

    /** "folder class: properties carried / named not carried / attachments / problems" per item. */
    static List<String> summary(List<PstItem> items) {
        return items.stream().map(i -> i.folderPath() + " " + i.get(MESSAGE_CLASS) + ": " + i.size() + "/"
                + i.unresolvedNamedIds().size() + "/" + i.attachments().size() + "/" + i.problems().size())
                .collect(Collectors.toList());
    }

    @Test
    void everyItemOfDistListReads() throws IOException {
        try (PstFile pst = new PstReader().open(copy("dist-list.pst"))) {
            assertFalse(pst.passwordProtected());
            assertEquals("Personal Folders", pst.displayName());
            List<PstItem> items = pst.items();
            assertEquals(List.of(
                    "/Top of Personal Folders/Calendar IPM.Appointment: 36/54/2/0",
                    "/Top of Personal Folders/Contacts IPM.Contact: 51/52/0/0",
                    "/Top of Personal Folders/Contacts IPM.DistList: 45/37/0/0",
                    "/Freebusy Data IPM.Microsoft.ScheduleData.FreeBusy: 12/0/0/0"), summary(items));
            // search folders (no subfolders, PidTagSubfolders false) are not asked for any
            assertEquals(List.of(), pst.problems());

            PstItem appointment = items.get(0);
            assertEquals("Test appointment", appointment.get(SUBJECT));
            assertEquals(MapiType.PtypString, appointment.typeOf(SUBJECT));
            assertEquals(Instant.parse("2016-08-02T00:27:12Z"), appointment.get(PropertyId.tag(0x0039)).getClass() == Instant.class
                    ? ((Instant) appointment.get(PropertyId.tag(0x0039))).truncatedTo(java.time.temporal.ChronoUnit.SECONDS) : null);
            assertEquals(28591, appointment.get(PropertyId.tag(0x3FDE)));
            assertEquals(true, appointment.get(PropertyId.tag(0x0063)));
            assertEquals("PtypInteger32", appointment.unresolvedNamedIds().get(0x8000));
            // both attachments are the recurrence's exceptions, embedded appointments
            for (PstAttachment a : appointment.attachments()) {
                assertEquals(5, a.get(PropertyId.tag(0x3705)));
                assertTrue(a.embeddedMessage().isPresent());
                assertEquals(List.of(), a.problems());
            }
        }
    }

    @Test
    void namedPropertiesAreNotCarriedAndTheBagIsReadOnly() throws IOException {
        try (PstFile pst = new PstReader().open(copy("dist-list.pst"))) {
            PstItem contact = pst.items().get(1);
            PropertyId lid = PropertyId.lid(UUID.fromString("00062004-0000-0000-c000-000000000046"), 0x8005);
            assertFalse(contact.canCarry(lid, MapiType.PtypString));
            assertTrue(contact.canCarry(SUBJECT, MapiType.PtypString));
            assertThrows(PropertyNotCarriedException.class, () -> contact.put(lid, MapiType.PtypString, "x"));
            assertThrows(UnsupportedOperationException.class, () -> contact.put(SUBJECT, MapiType.PtypString, "x"));
            assertThrows(UnsupportedOperationException.class, () -> contact.remove(SUBJECT));
            PropertyBag copy = contact.toBag();
            copy.put(SUBJECT, MapiType.PtypString, "x");
            assertEquals("contact name 1", contact.get(SUBJECT));
        }
    }

    @Test
    void aPasswordProtectedStoreIsReportedNotRead() throws IOException {
        try (PstFile pst = new PstReader().open(copy("passworded.pst"))) {
            assertTrue(pst.passwordProtected());
            PstPasswordProtectedException e = assertThrows(PstPasswordProtectedException.class, pst::items);
            assertTrue(e.getMessage().contains("passworded.pst is password-protected"), e.getMessage());
        }
        // read when the caller says so: the password protects nothing in the file format
        try (PstFile pst = new PstReader().readPasswordProtected(true).open(copy("passworded.pst"))) {
            assertEquals(List.of(
                    "/Top of Personal Folders/Contacts IPM.Contact: 51/52/0/0",
                    "/Top of Personal Folders/Contacts IPM.DistList: 45/37/0/0",
                    "/Freebusy Data IPM.Microsoft.ScheduleData.FreeBusy: 12/0/0/0"), summary(pst.items()));
        }
    }

    @Test
    void whatIsNotAPstIsATypedException() throws IOException {
        Path text = dir.resolve("not.pst");
        Files.writeString(text, "hello");
        assertThrows(PstFormatException.class, () -> new PstReader().open(text));
        assertThrows(PstFormatException.class, () -> new PstReader().open(dir.resolve("missing.pst")));
        // a truncated PST: a typed exception or items with problems, never anything else
        byte[] full = Files.readAllBytes(copy("dist-list.pst"));
        for (int size : new int[] {512, 4096, 65536, 131072, 200000}) {
            Path cut = dir.resolve("cut" + size + ".pst");
            Files.write(cut, Arrays.copyOf(full, size));
            try (PstFile pst = new PstReader().open(cut)) {
                pst.forEachItem(i -> { });
            } catch (OxPropsException e) {
                // typed
            }
        }
        assertArrayEquals(Arrays.copyOf(full, 4), new byte[] {'!', 'B', 'D', 'N'});
    }
}
