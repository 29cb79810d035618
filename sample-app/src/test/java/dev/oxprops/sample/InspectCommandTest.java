package dev.oxprops.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
        assertTrue(r.out.contains("10 files: 10 valid, 0 with violations"), r::toString);
        assertTrue(r.out.contains("flavor: 0x00023310 ACCEPT"), r::toString);
        // the .msg keeps the ids the demo gave the named properties
        assertTrue(r.out.contains("PidLidSharingFlavor            0x823D"), r::toString);
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
        assertTrue(r.out.contains("PSETID_Common:0x8554"), r::toString);
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
        assertTrue(r.out.contains("b-corrupt.msg (msg)\n   UNREADABLE: "), r::toString);
        assertTrue(r.out.contains("d-broken.json (json)\n   UNREADABLE: "), r::toString);
        assertTrue(r.out.contains("flavor: 0x00020500 REQUEST"), r::toString);
        assertTrue(r.out.contains("flavor: 0x00023310 ACCEPT"), r::toString);
        assertTrue(r.out.contains("4 files: 2 valid, 0 with violations (MUST / MUST NOT), 2 unreadable; exit code 2"),
                r::toString);
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
        assertEquals("ACCEPT", accept.get("flavor").asText());
        assertTrue(accept.get("valid").asBoolean());
        assertEquals(0, accept.get("violations").size());
        boolean flavorRow = false;
        for (JsonNode p : accept.get("properties")) {
            if (p.get("name").asText().equals("PidLidSharingFlavor")) {
                flavorRow = p.get("propertyId").asText().equals("0x823D") && p.get("value").asText().equals("0x00023310");
            }
        }
        assertTrue(flavorRow, accept::toPrettyString);
        JsonNode inv = files.get(1);
        assertEquals("INVITATION_FOLDER", inv.get("flavor").asText());
        assertFalse(inv.get("valid").asBoolean());
        assertTrue(inv.get("violations").size() > 0);
        assertTrue(inv.get("violations").get(0).has("level") && inv.get("violations").get(0).has("section"));
        JsonNode simple = files.get(2);
        assertFalse(simple.get("sharing").asBoolean());
        assertEquals("IPM.Note", simple.get("messageClass").asText());
        assertEquals(12, simple.get("namedProperties").size());
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
}
