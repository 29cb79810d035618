package dev.oxprops.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.oxprops.testdata.RealFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code oxprops scan} over the real files of the test data (and a real sharing message with violations). */
class ScanCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** The real files' folder, and a folder with the real Exchange sharing invitation (headers) as an .eml. */
    private List<String> inputs() throws IOException {
        Path extra = Files.createDirectories(dir.resolve("extra"));
        try (InputStream in = RealFiles.open(InspectCommandTest.HEADERS)) {
            Files.copy(in, extra.resolve("invitation.eml"));
        }
        return List.of(RealFiles.directory().toString(), extra.toString());
    }

    private Cli scan(List<String> inputs, String... options) {
        List<String> args = new ArrayList<>(List.of("scan"));
        args.addAll(List.of(options));
        args.addAll(inputs);
        return Cli.run(args.toArray(new String[0]));
    }

    @Test
    void oneAndManyThreadsGiveTheSameItemsInTheSameOrder() throws IOException {
        List<String> in = inputs();
        Path r1 = dir.resolve("r1.jsonl");
        Path r2 = dir.resolve("r2.jsonl");
        Path r3 = dir.resolve("r3.jsonl");
        Cli one = scan(in, "--threads", "1", "--report", r1.toString());
        Cli two = scan(in, "--threads", "2", "--report", r2.toString());
        Cli three = scan(in, "--threads", "3", "--report", r3.toString());
        assertEquals(2, one.code, one::toString);
        String summary = "39 items in 33 files: 1 with violations (MUST / MUST NOT), 37 not a sharing message, 1 unreadable;"
                + " exit code 2";
        assertTrue(one.out.contains(summary), one::toString);
        assertEquals(one.out, two.out);
        assertEquals(one.out, three.out);
        List<String> lines = Files.readAllLines(r1, StandardCharsets.UTF_8);
        assertEquals(39, lines.size());
        assertEquals(lines, Files.readAllLines(r2, StandardCharsets.UTF_8));
        assertEquals(lines, Files.readAllLines(r3, StandardCharsets.UTF_8));
        // the item lines are in the order of the walk: each folder's entries by name, a PST's items in its order
        assertTrue(one.out.indexOf("A daily 1.msg (msg)") < one.out.indexOf("voteYes.msg (msg)"), one::toString);
        assertTrue(one.out.indexOf("msgInMsg.msg (msg)") < one.out.indexOf("msgInMsg.msg > attachment 1 (msg)"));
        assertTrue(one.out.indexOf("/Calendar #2097348 (pst)") < one.out.indexOf("/Calendar #2097348 attachment 1 (pst)"));
        assertTrue(one.out.indexOf("/Calendar #2097348 attachment 2") < one.out.indexOf("/Freebusy Data #2097220 (pst)"));
        assertTrue(one.out.indexOf("passworded.pst (pst): unreadable") < one.out.indexOf("invitation.eml (eml)"));
    }

    @Test
    void theReportHasOneDocumentedObjectPerItemAndTheSummaryCountsRules() throws IOException {
        Cli r = scan(inputs(), "--threads", "2", "--report", "-");
        assertEquals(2, r.code, r::toString);
        String[] lines = r.out.split("\n");
        assertEquals(39, lines.length, r::toString);
        Set<String> fields = new TreeSet<>(List.of("path", "embeddedIn", "format", "status", "problem", "warnings",
                "messageClass", "subject", "sharing", "flavor", "attachments", "violations"));
        JsonNode invitation = null;
        for (String line : lines) {
            JsonNode o = JSON.readTree(line);
            Set<String> names = new TreeSet<>();
            o.fieldNames().forEachRemaining(names::add);
            assertEquals(fields, names, line);
            if (o.get("path").asText().endsWith("invitation.eml")) {
                invitation = o;
            }
        }
        assertTrue(invitation != null, r::toString);
        assertEquals("violations", invitation.get("status").asText());
        assertEquals("INVITATION_FOLDER", invitation.get("flavor").asText());
        assertEquals(4, invitation.get("violations").size());
        JsonNode first = invitation.get("violations").get(0);
        assertEquals("MUST", first.get("level").asText());
        assertEquals("PidNameContentClass", first.get("property").asText());
        assertEquals("PRESENCE", first.get("rule").asText());
        // the embedded message names its parent
        assertTrue(r.out.contains("\"embeddedIn\":\"" + RealFiles.directory().resolve("HiraokaHyperTools--msgreader")
                .resolve("msgInMsg.msg") + "\""), r::toString);
        // with --report -, the summary goes to standard error, rules broken by how many items
        assertTrue(r.err.contains("39 items in 33 files"), r::toString);
        assertTrue(r.err.contains("rules broken (items breaking each):"), r::toString);
        assertTrue(r.err.contains("       1  MUST [2.2.5.1] PidNameContentClass PRESENCE"), r::toString);
        assertTrue(r.err.contains("       1  SHOULD NOT [2.2.6] PidNameXSharingRemotePath PRESENCE"), r::toString);
        assertFalse(r.err.contains("items/s"), "no progress line unless asked or on a terminal: " + r);
    }

    @Test
    void theScanFindsWhatInspectFinds() throws IOException {
        List<String> in = inputs();
        Cli scan = scan(in, "--threads", "2", "--report", "-");
        List<String> args = new ArrayList<>(List.of("inspect", "--json", "--no-progress"));
        args.addAll(in);
        Cli inspect = Cli.run(args.toArray(new String[0]));
        assertEquals(scan.code, inspect.code, inspect::toString);
        List<String> fromInspect = new ArrayList<>();
        for (JsonNode f : JSON.readTree(inspect.out).get("files")) {
            flatten(f, fromInspect);
        }
        List<String> fromScan = new ArrayList<>();
        for (String line : scan.out.split("\n")) {
            JsonNode o = JSON.readTree(line);
            fromScan.add(o.get("path").asText() + " " + o.get("status").asText() + " " + o.get("violations").size());
        }
        fromInspect.sort(null);
        fromScan.sort(null);
        assertEquals(fromInspect, fromScan);
    }

    private static void flatten(JsonNode f, List<String> out) {
        out.add(f.get("path").asText() + " " + f.get("status").asText() + " "
                + (f.has("violations") ? f.get("violations").size() : 0));
        for (JsonNode a : f.get("attachments")) {
            if (!a.get("embedded").isNull()) {
                flatten(a.get("embedded"), out);
            }
        }
    }

    @Test
    void progressOnRequestAndNothingToScan() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.txt"), "not looked at");
        Cli r = scan(List.of(empty.toString()), "--progress");
        assertEquals(3, r.code, r::toString);
        assertTrue(r.out.contains("empty: an empty folder"), r::toString);
        assertTrue(r.out.contains("0 items in 0 files: nothing to scan; exit code 3"), r::toString);
        assertTrue(r.err.contains("0 items, "), r::toString);
        Cli bad = scan(List.of(empty.toString()), "--threads", "0");
        assertEquals(2, bad.code, bad::toString);
        assertTrue(bad.err.contains("--threads must be at least 1"), bad::toString);
    }

    @Test
    void aPstClosedEarlyLetsTheNextOneBeRead() {
        Path pst = RealFiles.path("rjohnsondev--java-libpst/dist-list.pst");
        ItemScan.Options options = new ItemScan.Options(false, false);
        try (ItemScan.Jobs jobs = ItemScan.jobs(pst, "first", options)) {
            assertTrue(jobs.hasNext());
            assertEquals("first: /Top of Personal Folders/Calendar #2097348", jobs.next().run().get(0).path());
        }
        List<ScanItem> all = new ArrayList<>();
        ItemScan.items(pst, "second", options).forEachRemaining(all::add);
        assertEquals(6, all.size(), all::toString);
        assertEquals("second: /Freebusy Data #2097220", all.get(5).path());
    }

    @Test
    void aPstNotNamedPstIsRecognisedWhenReadAndScannedItemByItem() throws IOException {
        // every file is recognised by its content: a PST under another name gives the same items, in the same order
        Path named = Files.createDirectories(dir.resolve("named"));
        Path misnamed = Files.createDirectories(dir.resolve("misnamed"));
        Files.copy(RealFiles.path("rjohnsondev--java-libpst/dist-list.pst"), named.resolve("mail.pst"));
        Files.copy(RealFiles.path("rjohnsondev--java-libpst/dist-list.pst"), misnamed.resolve("mail.msg"));
        Files.writeString(named.resolve("z.eml"), "Subject: after the PST\r\n\r\nbody\r\n");
        Files.copy(named.resolve("z.eml"), misnamed.resolve("z.eml"));
        Cli a = scan(List.of(named.toString()), "--threads", "2");
        Cli b = scan(List.of(misnamed.toString()), "--threads", "2");
        assertEquals(6, b.out.lines().filter(l -> l.contains("mail.msg: /") && l.contains(" (pst): ")).count(), b::toString);
        assertTrue(b.out.contains("7 items in 2 files"), b::toString);
        assertEquals(a.out.replace("named/mail.pst", "X").replace(named.toString(), "D"),
                b.out.replace("misnamed/mail.msg", "X").replace(misnamed.toString(), "D"));
        assertEquals(a.code, b.code);
    }
}
