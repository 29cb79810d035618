package dev.oxprops.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.backend.tnef.TnefMime;
import dev.oxprops.backend.tnef.TnefWriter;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.specs.oxshare.Section4Example;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessages;
import dev.oxprops.testdata.RealFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** inspect on TNEF streams, a MIME message with a winmail.dat part, and PST files (backends tnef and pst). */
class InspectTnefPstTest {
    @TempDir
    Path dir;

    private Path real(String name) throws IOException {
        Path target = dir.resolve(name.substring(name.indexOf('/') + 1));
        try (InputStream in = RealFiles.open(name)) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    @Test
    void everyRealTnefStreamAndTheMimeMessageWithOneRead() throws IOException {
        for (String name : RealFiles.names(".tnef")) {
            real(name);
        }
        real("jstedfast--MimeKit/ukr.eml");
        Cli r = Cli.run("inspect", "--no-progress", dir.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("14 files: 14 not a sharing message; exit code 0"), r::toString);
        assertTrue(r.out.contains("multi-name-property.tnef (tnef): not a sharing message"), r::toString);
        assertTrue(r.out.contains("message class: IPM.Appointment"), r::toString);
        // a TNEF stream's attachments are listed with their names and sizes
        assertTrue(r.out.contains("1. file \"zappa_av1.jpg\", "), r::toString);
        assertTrue(r.out.contains("4. file \"image003.png\", "), r::toString);
        // the MIME message is read with the MAPI properties of its winmail.dat
        assertTrue(r.out.contains("ukr.eml (eml): not a sharing message"), r::toString);
        assertTrue(r.out.contains("subject: rr test 7"), r::toString);
        assertTrue(r.out.contains("read with the MAPI properties of its winmail.dat"), r::toString);
    }

    @Test
    void aSharingRequestSentAsWinmailDatIsInspectedAsASharingMessage() throws IOException {
        InMemoryPropertyBag request = new InMemoryPropertyBag();
        SharingMessages.createRequest(request, Section4Example.provider(), Section4Example.kendall(),
                SharingMessageKeys.LocalType.CALENDAR, Section4Example.REQUEST_SUBJECT);
        byte[] winmail = new TnefWriter().write(request);
        Path eml = dir.resolve("request.eml");
        Files.write(eml, TnefMime.toEml(request, winmail));
        Path tnef = dir.resolve("winmail.dat");
        Files.write(tnef, winmail);
        for (Path p : new Path[] {eml, tnef}) {
            Cli r = Cli.run("inspect", p.toString());
            assertEquals(0, r.code, r::toString);
            assertTrue(r.out.contains(": valid"), r::toString);
            assertTrue(r.out.contains("flavor: 0x00020500 REQUEST"), r::toString);
            assertTrue(r.out.contains("validation: MS-OXSHARE: no violations"), r::toString);
        }
    }

    @Test
    void eachItemOfAPstIsInspected() throws IOException {
        Path pst = real("rjohnsondev--java-libpst/dist-list.pst");
        Cli r = Cli.run("inspect", pst.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("4 files: 4 not a sharing message; exit code 0"), r::toString);
        assertTrue(r.out.contains("dist-list.pst: /Top of Personal Folders/Calendar #2097348 (pst): not a sharing message"),
                r::toString);
        assertTrue(r.out.contains("54 named properties not carried"), r::toString);
    }

    @Test
    void aPasswordProtectedPstIsReportedAndReadOnRequest() throws IOException {
        Path pst = real("rjohnsondev--java-libpst/passworded.pst");
        Cli r = Cli.run("inspect", pst.toString());
        assertEquals(2, r.code, r::toString);
        assertTrue(r.out.contains("the PST is password-protected (PidTagPstPassword); its items are not read"), r::toString);
        Cli read = Cli.run("inspect", "--read-password-protected", pst.toString());
        assertEquals(0, read.code, read::toString);
        assertTrue(read.out.contains("3 files: 3 not a sharing message; exit code 0"), read::toString);
    }
}
