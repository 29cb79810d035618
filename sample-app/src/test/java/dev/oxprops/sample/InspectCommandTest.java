package dev.oxprops.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.backend.msg.MsgAttachment;
import dev.oxprops.backend.msg.MsgMessage;
import dev.oxprops.backend.msg.MsgWriter;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.testdata.RealFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectCommandTest {
    static final List<String> REAL_MSG = List.of("HiraokaHyperTools--msgreader/Simple.msg",
            "HiraokaHyperTools--msgreader/voteYes.msg", "HiraokaHyperTools--msgreader/contactUnicode.msg",
            "ctabin--jotlmsg/replyto.msg");
    static final String HEADERS = "javaxt-project--javaxt-exchange/exchange2010_sharing_invitation_headers.txt";

    @TempDir
    Path dir;
    Path demo;

    @BeforeEach
    void demo() {
        demo = dir.resolve("demo");
        assertEquals(0, Cli.run("demo", "--out", demo.toString()).code);
    }

    private Path real(String name) throws IOException {
        Path target = dir.resolve("real").resolve(name.substring(name.indexOf('/') + 1));
        Files.createDirectories(target.getParent());
        try (InputStream in = RealFiles.open(name)) {
            Files.copy(in, target);
        }
        return target;
    }

    @Test
    void theDemosFilesAreValid() {
        Cli r = Cli.run("inspect", demo.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("10 files: 10 valid; exit code 0"), r::toString);
        assertTrue(r.out.contains("flavor: 0x00023310 ACCEPT"), r::toString);
        // the .msg: the ids the file gives the named properties (compact, from 0x8000)
        assertTrue(r.out.matches("(?s).*PidLidSharingFlavor +0x80[0-2][0-9A-F] +PtypInteger32 +0x00023310.*"), r::toString);
        // the .eml: only the header twins, the rest reported as not carried
        assertTrue(r.out.contains("not carried by this backend (not checked): "), r::toString);
        // more than five files: a progress bar on standard error, on one line
        assertTrue(r.err.contains("\r[") && r.err.contains("10/10"), r::toString);
        assertEquals(1, r.err.split("\n").length, r::toString);
    }

    @Test
    void realMessagesThatAreNotSharingMessages() throws IOException {
        String[] args = new String[REAL_MSG.size() + 1];
        args[0] = "inspect";
        for (int i = 0; i < REAL_MSG.size(); i++) {
            args[i + 1] = real(REAL_MSG.get(i)).toString();
        }
        Cli r = Cli.run(args);
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("message class: IPM.Note"), r::toString);
        assertTrue(r.out.contains("message class: IPM.Contact"), r::toString);
        assertTrue(r.out.contains("subject: Simple"), r::toString);
        assertTrue(r.out.contains("named properties (12):"), r::toString);
        // named properties by their MS-OXPROPS names, not set:LID
        assertTrue(r.out.contains("PidLidCurrentVersionName"), r::toString);
        assertFalse(r.out.contains("PSETID_Common:0x8554"), r::toString);
        assertTrue(r.out.contains(": not a sharing message"), r::toString);
        assertTrue(r.out.contains("4 files: 4 not a sharing message; exit code 0"), r::toString);
        assertFalse(r.out.contains("sharing message ([MS-OXSHARE])"), r::toString);
        assertEquals("", r.err, "four files: no progress bar");
    }

    @Test
    void realExchange2010InvitationHeadersBreakAMust() throws IOException {
        Cli r = Cli.run("inspect", real(HEADERS).toString());
        assertEquals(1, r.code, r::toString);
        assertTrue(r.out.contains("flavor: 0x00000310 INVITATION_FOLDER"), r::toString);
        // Exchange 2010 sent no X-Sharing-Local-Type header (2.2.2.11)
        assertTrue(r.out.contains("PidNameXSharingLocalType"), r::toString);
        assertTrue(r.out.contains("MUST"), r::toString);
    }

    @Test
    void aCorruptFileAmongGoodOnes() throws IOException {
        Path folder = dir.resolve("mixed");
        Files.createDirectories(folder.resolve("sub"));
        Files.copy(demo.resolve("4.1-request.msg"), folder.resolve("a-request.msg"));
        Files.copy(demo.resolve("4.3-accept.eml"), folder.resolve("sub/c-accept.eml"));
        Files.write(folder.resolve("b-corrupt.msg"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3});
        Files.writeString(folder.resolve("d-broken.json"), "{\"singleValueExtendedProperties\": [");
        Files.writeString(folder.resolve("ignored.txt"), "not walked");
        Cli r = Cli.run("inspect", folder.toString());
        assertEquals(2, r.code, r::toString);
        assertTrue(r.out.contains("b-corrupt.msg (msg): unreadable: "), r::toString);
        assertTrue(r.out.contains("d-broken.json (json): unreadable: not valid JSON: Unexpected end-of-input"), r::toString);
        assertFalse(r.out.contains("Exception") || r.out.contains("[Source:"), r::toString);
        assertTrue(r.out.contains("flavor: 0x00020500 REQUEST"), r::toString);
        assertTrue(r.out.contains("flavor: 0x00023310 ACCEPT"), r::toString);
        assertTrue(r.out.contains("4 files: 2 valid, 2 unreadable; exit code 2"), r::toString);
        assertFalse(r.out.contains("ignored.txt"), r::toString);
    }

    @Test
    void unreadableWinsOverViolations() throws IOException {
        Cli r = Cli.run("inspect", real(HEADERS).toString(), dir.resolve("missing.msg").toString());
        assertEquals(2, r.code, r::toString);
    }

    @Test
    void jsonOutputParses() throws IOException {
        Path headers = real(HEADERS);
        Cli r = Cli.run("inspect", "--json", demo.resolve("4.3-accept.msg").toString(), headers.toString(),
                real(REAL_MSG.get(0)).toString());
        assertEquals(1, r.code, r::toString);
        JsonNode root = new ObjectMapper().readTree(r.out);
        assertEquals(1, root.get("exitCode").asInt());
        JsonNode files = root.get("files");
        assertEquals(3, files.size());
        JsonNode accept = files.get(0);
        assertTrue(accept.get("sharing").asBoolean());
        assertEquals("ACCEPT", accept.get("flavor").get("name").asText());
        assertEquals(0x00023310, accept.get("flavor").get("value").asInt());
        assertEquals("valid", accept.get("status").asText());
        assertTrue(accept.get("valid").asBoolean());
        assertEquals(0, accept.get("violations").size());
        // typed values: a number, an ISO-8601 time, hex for binary, plain strings
        java.util.Map<String, JsonNode> props = new java.util.HashMap<>();
        accept.get("properties").forEach(p -> props.put(p.get("name").asText(), p));
        JsonNode flavor = props.get("PidLidSharingFlavor");
        assertTrue(flavor.get("value").isIntegralNumber() && flavor.get("value").asInt() == 0x00023310, flavor::toString);
        assertEquals("PSETID_Sharing", flavor.get("set").asText());
        assertEquals("0x8A18", flavor.get("lid").asText());
        assertTrue(flavor.get("fileId").asText().matches("0x80[0-9A-F]{2}"), flavor::toString);
        assertEquals("IPM.Sharing", props.get("PidTagMessageClass").get("value").asText());
        assertEquals("AEF0060000000000C000000000000046", props.get("PidLidSharingProviderGuid").get("value").asText());
        assertEquals("X-Sharing-Flavor", props.get("PidNameXSharingFlavor").get("propertyName").asText());
        JsonNode inv0 = files.get(1);
        assertEquals("violations", inv0.get("status").asText());
        JsonNode summary = root.get("summary");
        assertEquals(3, summary.get("files").asInt());
        assertEquals(1, summary.get("valid").asInt());
        assertEquals(1, summary.get("violations").asInt());
        assertEquals(1, summary.get("notSharing").asInt());
        JsonNode inv = files.get(1);
        assertEquals("INVITATION_FOLDER", inv.get("flavor").get("name").asText());
        assertFalse(inv.get("valid").asBoolean());
        assertTrue(inv.get("violations").size() > 0);
        assertTrue(inv.get("violations").get(0).has("level") && inv.get("violations").get(0).has("section"));
        JsonNode simple = files.get(2);
        assertFalse(simple.get("sharing").asBoolean());
        assertEquals("notSharing", simple.get("status").asText());
        assertEquals("IPM.Note", simple.get("messageClass").asText());
        assertEquals(12, simple.get("properties").size());
    }

    @Test
    void strictCountsShould() throws IOException {
        // a request with PidLidSharingRemoteName set: SHOULD NOT on a request (2.2.3)
        Path req = dir.resolve("request.msg");
        Files.copy(demo.resolve("4.1-request.msg"), req);
        var m = dev.oxprops.backend.msg.MsgReader.readFile(req);
        dev.oxprops.specs.oxshare.SharingMessageAccessor.of(m).setRemoteName("Calendar");
        Path changed = dir.resolve("request-with-remote-name.msg");
        MessageFiles.write(m, MessageFiles.Format.MSG, changed, m.namedProperties());
        Cli lax = Cli.run("inspect", changed.toString());
        assertEquals(0, lax.code, lax::toString);
        assertTrue(lax.out.contains("SHOULD NOT"), lax::toString);
        Cli strict = Cli.run("inspect", "--strict", changed.toString());
        assertEquals(1, strict.code, strict::toString);
    }
    /** A file that is not a message: exit 2, one line naming it and what it is, the summary; never "valid". */
    private static void notAMessage(Path file, String why) {
        Cli r = Cli.run("inspect", file.toString());
        assertEquals(2, r.code, r::toString);
        List<String> lines = r.out.lines().toList();
        assertEquals(2, lines.size(), r::toString);
        assertEquals(file + ": not a message: " + why, lines.get(0));
        assertEquals("1 file: 1 not a message; exit code 2", lines.get(1));
        assertFalse(r.out.contains("valid"), r::toString);
    }

    @Test
    void thingsThatAreNotMessagesAreSaidToBeSo() throws IOException {
        Path jar = dir.resolve("tool.jar");
        try (var z = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            z.putNextEntry(new java.util.zip.ZipEntry("META-INF/MANIFEST.MF"));
            z.write("Manifest-Version: 1.0\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        notAMessage(jar, "binary content without the compound-file signature of a .msg");
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "root:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n");
        notAMessage(passwd, "text, but not a mail message: it does not begin with a block of header fields such as From:, "
                + "Subject: or Date:");
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "Remember to share the calendar.\n");
        notAMessage(notes, "text, but not a mail message: it does not begin with a block of header fields such as From:, "
                + "Subject: or Date:");
        Path foo = dir.resolve("foo.json");
        Files.writeString(foo, "{\"foo\":1}");
        notAMessage(foo, "JSON, but not a Graph item: no singleValueExtendedProperties or multiValueExtendedProperties "
                + "array, nor an array of {\"id\", \"value\"} objects");
        Path empty = dir.resolve("empty.msg");
        Files.write(empty, new byte[0]);
        notAMessage(empty, "the file is empty");
    }

    @Test
    void anEmptyFolderIsReportedAsSuchWithItsOwnExitCode() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("nothing-here"));
        Files.writeString(folder.resolve("readme.txt"), "not a message file name");
        Cli r = Cli.run("inspect", folder.toString());
        assertEquals(InspectCommand.NOTHING_TO_INSPECT, r.code, r::toString);
        assertEquals(List.of(folder + ": an empty folder (no *.msg, *.eml, *.json, *.tnef, winmail.dat or *.pst file in it)",
                "0 files: nothing to inspect; exit code 3"), r.out.lines().toList());
        Cli withFile = Cli.run("inspect", folder.toString(), demo.resolve("4.1-request.msg").toString());
        assertEquals(0, withFile.code, withFile::toString);
        assertTrue(withFile.out.contains(folder + ": an empty folder"), withFile::toString);
    }

    @Test
    void theFormatComesFromTheContentNotTheName() throws IOException {
        Path renamed = dir.resolve("really-a-msg.eml");
        Files.copy(demo.resolve("4.3-accept.msg"), renamed);
        Path headers = dir.resolve("headers.json");
        Files.copy(real(HEADERS), headers);
        Cli r = Cli.run("inspect", renamed.toString(), headers.toString());
        assertEquals(1, r.code, r::toString);
        assertTrue(r.out.contains("== " + renamed + " (msg): valid"), r::toString);
        assertTrue(r.out.contains("== " + headers + " (eml): with violations"), r::toString);
        assertFalse(r.out.contains("reader warning"), r::toString);
    }

    @Test
    void aMissingFileIsUnreadableInWords() {
        Path missing = dir.resolve("does-not-exist.msg");
        Cli r = Cli.run("inspect", missing.toString());
        assertEquals(2, r.code, r::toString);
        assertEquals(missing + ": unreadable: no such file", r.out.lines().findFirst().orElse(""));
    }
    @Test
    void aMailWithAttachmentsAndAnEmbeddedMessageListsThemAndRecurses() throws IOException {
        Path mail = real("HiraokaHyperTools--msgreader/msgInMsg.msg");
        Cli r = Cli.run("inspect", mail.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("attachments (2):"), r::toString);
        assertTrue(r.out.matches("(?s).*\\d\\. file \"[^\"]+\", \\d+ bytes.*"), r::toString);
        assertTrue(r.out.matches("(?s).*\\d\\. embedded message .*"), r::toString);
        assertTrue(r.out.matches("(?s).*== " + java.util.regex.Pattern.quote(mail.toString())
                + " > attachment \\d \\(msg\\): not a sharing message.*"), r::toString);
        assertTrue(r.out.contains("1 file: 1 not a sharing message; exit code 0"), r::toString);
        JsonNode file = new ObjectMapper().readTree(Cli.run("inspect", "--json", mail.toString()).out).get("files").get(0);
        JsonNode attachments = file.get("attachments");
        assertEquals(2, attachments.size());
        JsonNode embedded = null;
        for (JsonNode a : attachments) {
            if (a.get("embeddedMessage").asBoolean()) {
                embedded = a.get("embedded");
            } else {
                assertTrue(a.get("size").asLong() > 0 && !a.get("name").asText().isEmpty(), a::toString);
            }
        }
        assertTrue(embedded != null, attachments::toString);
        assertEquals("notSharing", embedded.get("status").asText());
        assertEquals("IPM.Note", embedded.get("messageClass").asText());
        assertFalse(embedded.get("subject").asText().isEmpty(), embedded::toString);
    }

    @Test
    void messagesAttachedDeeperThanTheLimitAreListedNotInspected() throws IOException {
        // seven messages, each attached to the one above: the top and five levels below are inspected, the last is not
        MsgMessage inner = null;
        for (int level = 6; level >= 0; level--) {
            InMemoryPropertyBag props = new InMemoryPropertyBag();
            props.put(MessageFiles.MESSAGE_CLASS, MapiType.PtypString, "IPM.Note");
            props.put(MessageFiles.SUBJECT, MapiType.PtypString, "level " + level);
            List<MsgAttachment> attachments = new java.util.ArrayList<>();
            if (inner != null) {
                InMemoryPropertyBag a = new InMemoryPropertyBag();
                a.put(MsgAttachment.ATTACH_METHOD, MapiType.PtypInteger32, MsgAttachment.EMBEDDED_MESSAGE);
                attachments.add(MsgAttachment.of(a, inner));
            }
            inner = MsgMessage.of(props, List.of(), attachments);
        }
        Path nested = dir.resolve("nested.msg");
        Files.write(nested, new MsgWriter().write(inner));
        Cli r = Cli.run("inspect", nested.toString());
        assertEquals(0, r.code, r::toString);
        for (int level = 1; level <= InspectCommand.MAX_DEPTH; level++) {
            assertTrue(r.out.contains("subject: level " + level), r::toString);
        }
        assertFalse(r.out.contains("subject: level " + (InspectCommand.MAX_DEPTH + 1)), r::toString);
        assertTrue(r.out.contains("not inspected: attached more than " + InspectCommand.MAX_DEPTH + " messages deep"),
                r::toString);
        JsonNode node = new ObjectMapper().readTree(Cli.run("inspect", "--json", nested.toString()).out)
                .get("files").get(0);
        for (int level = 1; level <= InspectCommand.MAX_DEPTH; level++) {
            node = node.get("attachments").get(0).get("embedded");
            assertEquals("level " + level, node.get("subject").asText(), node::toString);
        }
        JsonNode tooDeep = node.get("attachments").get(0);
        assertTrue(tooDeep.get("embeddedMessage").asBoolean() && tooDeep.get("embedded").isNull(), tooDeep::toString);
        assertEquals("not inspected: attached more than 5 messages deep", tooDeep.get("note").asText());
    }
}
