package dev.oxprops.sample;

import dev.oxprops.specs.oxshare.Section4Example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.backend.msg.MsgMessage;
import dev.oxprops.backend.msg.MsgReader;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void playsSection4AndWritesEveryMessage() throws Exception {
        Path out = dir.resolve("demo");
        Cli r = Cli.run("demo", "--out", out.toString());
        assertEquals(0, r.code, r::toString);
        for (String base : List.of("4.1-request", "4.2-deny", "4.2-request-denied", "4.3-accept", "4.3-request-accepted")) {
            assertTrue(Files.size(out.resolve(base + ".msg")) > 0, base);
            assertTrue(Files.size(out.resolve(base + ".eml")) > 0, base);
        }
        assertTrue(r.out.contains("Output folder: " + out), r::toString);
        assertTrue(r.out.contains("carry only the PS_INTERNET_HEADERS twins"), r::toString);

        // the acceptance table, in the spec's form, with the example server's ids
        String accept = r.out.substring(r.out.indexOf("== 4.3 Accepting"));
        assertTrue(accept.contains("flavor: 0x00023310 ACCEPT"), accept);
        assertLine(accept, "PidTagNormalizedSubject", "0x0E1D", "PtypString", "\"Allowed: sharing request: calendar\"");
        assertLine(accept, "PidNameContentClass", "0x806D", "PtypString", "\"Sharing\"");
        assertLine(accept, "PidLidSharingFlavor", "0x823D", "PtypInteger32", "0x00023310");
        assertLine(accept, "PidNameXSharingFlavor", "0x836D", "PtypString", "\"23310\"");
        assertLine(accept, "PidLidSharingCapabilities", "0x823C", "PtypInteger32", "0x00040290");
        assertLine(accept, "PidLidSharingInitiatorName", "0x8029", "PtypString", "\"user10\"");
        assertLine(accept, "PidLidSharingRemoteUid", "0x8246", "PtypString", "\"" + Section4Example.REMOTE_UID_HEX + "\"");
        assertLine(accept, "PidLidSharingResponseType", "0x83E4", "PtypInteger32", "0x00000001");
        assertLine(accept, "PidLidSharingResponseTime", "0x83E3", "PtypTime", "2008/03/06 23:43:00.000");
        assertTrue(accept.contains("validation: MS-OXSHARE: no violations"), accept);
        String deny = r.out.substring(r.out.indexOf("== 4.2 Denying"), r.out.indexOf("== 4.3 Accepting"));
        assertLine(deny, "PidLidSharingResponseType", "0x83E4", "PtypInteger32", "0x00000002");
        assertLine(deny, "PidTagNormalizedSubject", "0x0E1D", "PtypString", "\"Denied: sharing request: calendar\"");

        // the .msg written reads back, a valid message with compact named-property ids (no placeholders)
        MsgMessage m = MsgReader.readFile(out.resolve("4.3-accept.msg"));
        assertTrue(m.namedProperties().find(SharingMessageKeys.FLAVOR.id()) < 0x8000 + m.namedProperties().size());
        assertTrue(m.namedProperties().names().stream().noneMatch(n -> n.toString().contains("x-oxprops-unused")));
        assertTrue(Files.size(out.resolve("4.3-accept.msg")) < 30_000, "compact ids: no 47 KB of placeholders");
        assertTrue(SharingMessageValidator.INSTANCE.validate(m).isClean(), () -> SharingMessageValidator.INSTANCE.validate(m).format());
        SharingMessageAccessor a = SharingMessageAccessor.of(m);
        assertEquals("Allowed: sharing request: calendar", a.getNormalizedSubject());
        assertEquals(Section4Example.REMOTE_UID_HEX, a.getRemoteUid().toHex());
        MsgMessage denied = MsgReader.readFile(out.resolve("4.2-request-denied.msg"));
        assertEquals(Section4Example.RESPONSE_TIME, SharingMessageAccessor.of(denied).getResponseTime());
        // the .eml: Internet mail from Ryan to Kendall with the header twins
        String eml = Files.readString(out.resolve("4.3-accept.eml"));
        assertTrue(eml.contains("X-Sharing-Flavor: 23310"), eml);
        assertTrue(eml.contains("Subject: Allowed: sharing request: calendar"), eml);
        assertTrue(eml.contains("From: user10 <user10@fabrikam.com>"), eml);
        assertTrue(eml.contains("To: user12 <user12@fabrikam.com>"), eml);
        assertTrue(eml.contains("Date: Thu, 6 Mar 2008 23:43:00 +0000"), eml);
        assertFalse(eml.contains("X-Sharing-Initiator"), "the LID properties have no header twin: " + eml);
        assertTrue(r.out.contains("mail: from user12 <user12@fabrikam.com> to user10, sent 2008-03-06T23:28:00Z"), r::toString);
    }

    @Test
    void section4IdsOnRequest() throws Exception {
        Path out = dir.resolve("demo");
        Cli r = Cli.run("demo", "--section4-ids", "--out", out.toString());
        assertEquals(0, r.code, r::toString);
        MsgMessage m = MsgReader.readFile(out.resolve("4.3-accept.msg"));
        assertEquals(0x823D, m.namedProperties().find(SharingMessageKeys.FLAVOR.id()));
        assertEquals(0x83E4, MsgReader.readFile(out.resolve("4.3-request-accepted.msg")).namedProperties()
                .find(SharingMessageKeys.RESPONSE_TYPE.id()));
        assertTrue(SharingMessageValidator.INSTANCE.validate(m).isClean());
    }

    @Test
    void entryIdsAreTheSpecsDumps() {
        AddressBookEntryId kendall = Section4Example.kendallEntryId();
        assertEquals(125, kendall.toBytes().length);
        assertEquals("/o=First Organization/ou=Exchange Administrative Group (FYDIBOHF23SPDLT)/cn=Recipients/cn=user12",
                kendall.x500Dn());
        assertTrue(Section4Example.ryanEntryId().x500Dn().endsWith("/cn=user10"));
        assertEquals(46, Section4Example.ryansCalendar().entryId().toBytes().length);
        assertEquals(Section4Example.REMOTE_STORE_UID_HEX, Section4Example.ryansCalendar().storeEntryId().toHex());
    }

    @Test
    void defaultFolderIsANewOne() throws Exception {
        assertEquals(dir.resolve("oxprops-demo-1"), DemoCommand.newFolder(dir));
        Files.createDirectory(dir.resolve("oxprops-demo-1"));
        Files.createDirectory(dir.resolve("oxprops-demo-2"));
        assertEquals(dir.resolve("oxprops-demo-3"), DemoCommand.newFolder(dir));
    }

    static void assertLine(String text, String... cells) {
        for (String line : text.split("\n")) {
            List<String> parts = List.of(line.trim().split("\\s{2,}"));
            if (parts.equals(List.of(cells))) {
                return;
            }
        }
        throw new AssertionError("no row " + String.join(" | ", cells) + " in\n" + text);
    }

    @Test
    void theLastLineNamesTheCommandAsTheUserStartedIt() {
        Cli plain = Cli.run("demo", "--out", dir.resolve("a").toString());
        assertTrue(plain.out.contains("Check them with: oxprops inspect " + dir.resolve("a")), plain::toString);
        System.setProperty("oxprops.command", "sample-app/target/oxprops");
        try {
            Cli launched = Cli.run("demo", "--out", dir.resolve("b").toString());
            assertTrue(launched.out.contains("Check them with: sample-app/target/oxprops inspect " + dir.resolve("b")),
                    launched::toString);
        } finally {
            System.clearProperty("oxprops.command");
        }
    }
}
