package dev.oxprops.sample;

import dev.oxprops.specs.oxshare.Section4Example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.backend.mime.MimePropertyBag;
import dev.oxprops.backend.msg.MsgMessage;
import dev.oxprops.backend.msg.MsgReader;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.specs.oxshare.SharingMessageAccessor;
import dev.oxprops.specs.oxshare.SharingMessageKeys;
import dev.oxprops.specs.oxshare.SharingMessageKeys.Flavor;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreateCommandTest {
    @TempDir
    Path dir;

    private Path request(String name) {
        Path p = dir.resolve(name);
        Cli r = Cli.run("create", "request", "--folder-type", "contacts", "--initiator-name", "Kendall Keil",
                "--initiator-smtp", "kendall@contoso.com", "--initiator-dn", "/o=Contoso/ou=Users/cn=kendall",
                "--out", p.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("wrote request as"), r::toString);
        return p;
    }

    @Test
    void requestAsMsg() {
        Path p = request("request.msg");
        MsgMessage m = MsgReader.readFile(p);
        SharingMessageAccessor a = SharingMessageAccessor.of(m);
        assertEquals(Flavor.REQUEST.value(), a.getFlavor());
        assertEquals(SharingMessageKeys.LocalType.CONTACTS, a.getLocalTypeEnum());
        assertEquals("/o=Contoso/ou=Users/cn=kendall", a.getInitiatorEntryId().x500Dn());
        assertEquals("kendall@contoso.com", a.getInitiatorSmtp());
        assertTrue(SharingMessageValidator.INSTANCE.validate(m).isClean());
    }

    @Test
    void invitationAsEmlCarriesOnlyTheHeaderTwins() throws Exception {
        Path p = dir.resolve("invitation.eml");
        Cli r = Cli.run("create", "invitation", "--folder-type", "tasks", "--folder-name", "Team tasks", "--not-special",
                "--out", p.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("not carried by eml (left out): "), r::toString);
        assertTrue(r.out.contains("PidLidSharingFlavor"), r::toString);
        try (InputStream in = Files.newInputStream(p)) {
            MimePropertyBag bag = MimePropertyBag.parse(in);
            assertEquals("310", bag.get(SharingMessageKeys.X_SHARING_FLAVOR.id()));
            assertEquals("Team tasks", bag.get(SharingMessageKeys.X_SHARING_REMOTE_NAME.id()));
            assertEquals("IPF.Task", bag.get(SharingMessageKeys.X_SHARING_LOCAL_TYPE.id()));
            assertTrue(SharingMessageValidator.INSTANCE.validate(bag).isConformant(),
                    () -> SharingMessageValidator.INSTANCE.validate(bag).format());
        }
    }

    @Test
    void invitationAndRequestAsJson() throws Exception {
        Path p = dir.resolve("both.json");
        Cli r = Cli.run("create", "invitation", "--also-request", "--format", "json", "--out", p.toString());
        assertEquals(0, r.code, r::toString);
        PropertyBag bag = GraphJson.read(Files.readString(p)).bag();
        assertEquals(Flavor.INVITATION_AND_REQUEST.value(), SharingMessageAccessor.of(bag).getFlavor());
        assertTrue(SharingMessageValidator.INSTANCE.validate(bag).isClean(),
                () -> SharingMessageValidator.INSTANCE.validate(bag).format());
    }

    @Test
    void alsoRequestOfANonSpecialFolderIsRefused() {
        Cli r = Cli.run("create", "invitation", "--also-request", "--not-special", "--out", dir.resolve("x.msg").toString());
        assertEquals(1, r.code, r::toString);
        assertTrue(r.err.contains("PidLidSharingFlavor"), r::toString);
    }

    @Test
    void acceptMarksAMsgRequest() {
        Path req = request("request.msg");
        Path resp = dir.resolve("accept.msg");
        Cli r = Cli.run("create", "accept", "--request", req.toString(), "--folder-name", "Kendall's contacts",
                "--time", "2024-05-01T10:00:00Z", "--out", resp.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("request updated: "), r::toString);
        SharingMessageAccessor a = SharingMessageAccessor.of(MsgReader.readFile(resp));
        assertEquals(Flavor.ACCEPT.value(), a.getFlavor());
        assertEquals(SharingMessageKeys.LocalType.CONTACTS, a.getLocalTypeEnum());
        assertEquals("Allowed: sharing request: contacts", a.getNormalizedSubject());
        assertEquals("user10", a.getInitiatorName());
        MsgMessage marked = MsgReader.readFile(req);
        SharingMessageAccessor m = SharingMessageAccessor.of(marked);
        assertEquals(SharingMessageKeys.ResponseType.ACCEPTED.value(), m.getResponseType());
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), m.getResponseTime());
        assertTrue(SharingMessageValidator.INSTANCE.validate(marked).isClean());
    }

    @Test
    void denyAJsonRequest() throws Exception {
        Path req = dir.resolve("request.json");
        assertEquals(0, Cli.run("create", "request", "--out", req.toString()).code);
        Path resp = dir.resolve("deny.json");
        Cli r = Cli.run("create", "deny", "--request", req.toString(), "--out", resp.toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("request updated: "), r::toString);
        PropertyBag marked = GraphJson.read(Files.readString(req)).bag();
        assertEquals(SharingMessageKeys.ResponseType.DENIED.value(), SharingMessageAccessor.of(marked).getResponseType());
        assertEquals(Section4Example.RESPONSE_TIME, SharingMessageAccessor.of(marked).getResponseTime());
        assertEquals(Flavor.DENY.value(), SharingMessageAccessor.of(GraphJson.read(Files.readString(resp)).bag()).getFlavor());
    }

    @Test
    void denyAnEmlRequestSaysWhyItIsNotMarked() throws Exception {
        Path req = dir.resolve("request.eml");
        assertEquals(0, Cli.run("create", "request", "--out", req.toString()).code);
        String before = Files.readString(req);
        Cli r = Cli.run("create", "deny", "--request", req.toString(), "--out", dir.resolve("deny.msg").toString());
        assertEquals(0, r.code, r::toString);
        assertTrue(r.out.contains("request not updated: ") && r.out.contains("have no header twin"), r::toString);
        assertEquals(before, Files.readString(req));
        // the response still took its local type from the request's header twin
        SharingMessageAccessor a = SharingMessageAccessor.of(MsgReader.readFile(dir.resolve("deny.msg")));
        assertEquals(SharingMessageKeys.LocalType.CALENDAR, a.getLocalTypeEnum());
    }

    @Test
    void readOnlyRequestIsNotMarked() throws Exception {
        Path req = request("request.msg");
        assertTrue(req.toFile().setWritable(false));
        try {
            Cli r = Cli.run("create", "deny", "--request", req.toString(), "--out", dir.resolve("deny.msg").toString());
            assertEquals(0, r.code, r::toString);
            if (!Files.isWritable(req)) { // root may write anyway
                assertTrue(r.out.contains("is not writable"), r::toString);
            }
        } finally {
            assertTrue(req.toFile().setWritable(true));
        }
    }

    @Test
    void answeringSomethingThatIsNotARequestFails() {
        Path inv = dir.resolve("invitation.msg");
        assertEquals(0, Cli.run("create", "invitation", "--out", inv.toString()).code);
        Cli r = Cli.run("create", "accept", "--request", inv.toString(), "--out", dir.resolve("a.msg").toString());
        assertEquals(1, r.code, r::toString);
        assertTrue(r.err.contains("not a sharing request"), r::toString);
        Cli missing = Cli.run("create", "deny", "--request", dir.resolve("nope.msg").toString());
        assertEquals(2, missing.code, missing::toString);
    }
    @Test
    void anOutPathThatCannotBeWrittenIsExit2WithASentence() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "in the way");
        Cli r = Cli.run("create", "request", "--out", file.resolve("request.msg").toString());
        assertEquals(2, r.code, r::toString);
        assertTrue(r.err.contains("cannot write " + file.resolve("request.msg")), r::toString);
        assertTrue(r.err.contains("is in the way: it exists and is not a folder"), r::toString);
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r::toString);
        assertEquals("", r.out, "nothing printed as if it had been written");
    }

    @Test
    void notSpecialIsAnInvitationOptionOnly() throws Exception {
        Path special = dir.resolve("special.msg");
        Path plain = dir.resolve("plain.msg");
        assertEquals(0, Cli.run("create", "invitation", "--sent", "2024-01-01T00:00:00Z", "--out", special.toString()).code);
        assertEquals(0, Cli.run("create", "invitation", "--not-special", "--sent", "2024-01-01T00:00:00Z", "--out",
                plain.toString()).code);
        assertEquals(Flavor.INVITATION_SPECIAL_FOLDER.value(), SharingMessageAccessor.of(MsgReader.readFile(special)).getFlavor());
        SharingMessageAccessor a = SharingMessageAccessor.of(MsgReader.readFile(plain));
        assertEquals(Flavor.INVITATION_FOLDER.value(), a.getFlavor());
        assertEquals(SharingMessageKeys.Capabilities.NOT_SPECIAL_FOLDER.value(), a.getCapabilities());
        // an acceptance answers a request, and requests are for special folders only: no such option there
        Path req = request("request.msg");
        Cli r = Cli.run("create", "accept", "--not-special", "--request", req.toString(), "--out", dir.resolve("a.msg").toString());
        assertEquals(2, r.code, r::toString);
        assertTrue(r.err.contains("Unknown option: '--not-special'"), r::toString);
    }

    @Test
    void answeringAnAnsweredRequestIsRefusedUnlessOverwrite() throws Exception {
        Path req = request("request.msg");
        assertEquals(0, Cli.run("create", "accept", "--request", req.toString(), "--out", dir.resolve("a.msg").toString()).code);
        byte[] accepted = Files.readAllBytes(req);
        Path deny = dir.resolve("deny.msg");
        Cli r = Cli.run("create", "deny", "--request", req.toString(), "--out", deny.toString());
        assertEquals(1, r.code, r::toString);
        assertTrue(r.err.contains("the request is already answered (accepted at 2008-03-06T23:43:00Z)"), r::toString);
        assertTrue(r.err.contains("--overwrite"), r::toString);
        assertFalse(Files.exists(deny), "no response written");
        assertTrue(java.util.Arrays.equals(accepted, Files.readAllBytes(req)), "the request is left as it was");
        Cli again = Cli.run("create", "deny", "--overwrite", "--request", req.toString(), "--out", deny.toString());
        assertEquals(0, again.code, again::toString);
        assertEquals(SharingMessageKeys.ResponseType.DENIED.value(), SharingMessageAccessor.of(MsgReader.readFile(req)).getResponseType());
    }

    @Test
    void recipientsAndSentTimeFromOptions() throws Exception {
        Path p = dir.resolve("r.msg");
        Cli r = Cli.run("create", "request", "--to", "\"Ryan Gregg\" <ryan@fabrikam.com>", "--to", "pat@fabrikam.com",
                "--sent", "2024-05-01T10:00:00Z", "--out", p.toString());
        assertEquals(0, r.code, r::toString);
        MsgMessage m = MsgReader.readFile(p);
        assertEquals("Ryan Gregg; pat@fabrikam.com", m.get(dev.oxprops.specs.oxcmsg.Envelope.DISPLAY_TO));
        assertEquals(Instant.parse("2024-05-01T10:00:00Z"), m.get(dev.oxprops.specs.oxcmsg.Envelope.CLIENT_SUBMIT_TIME));
        assertEquals(2, m.recipients().size());
        Cli bad = Cli.run("create", "request", "--to", "nobody", "--out", dir.resolve("x.msg").toString());
        assertEquals(2, bad.code, bad::toString);
        assertTrue(bad.err.contains("not an e-mail address: \"nobody\""), bad::toString);
        assertFalse(Files.exists(dir.resolve("x.msg")));
    }
}
