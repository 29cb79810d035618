package dev.oxprops.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.oxprops.sample.BulkScan;
import dev.oxprops.sample.ItemScan;
import dev.oxprops.sample.ScanCommand;
import dev.oxprops.sample.ScanItem;
import dev.oxprops.testdata.RealFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] mode on the real files of the test data (every .msg, .tnef, .eml and both PSTs, and
 * the real Exchange sharing invitation's headers as an .eml, in nested folders) against the single-machine scan of
 * the same files: the same items, statuses and violations, and the same counts per rule and per status.
 */
class ScanJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path corpus() throws IOException {
        Path in = dir.resolve("in");
        for (String name : RealFiles.names()) {
            if (name.matches(".*\\.(msg|tnef|eml|pst)")) {
                copy(name, in.resolve(name));
            }
        }
        copy("javaxt-project--javaxt-exchange/exchange2010_sharing_invitation_headers.txt",
                in.resolve("shared/invitation.eml"));
        return in;
    }

    private static void copy(String name, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream s = RealFiles.open(name)) {
            Files.copy(s, target);
        }
    }

    @Test
    void theJobFindsWhatTheSingleMachineScanFinds() throws Exception {
        Path in = corpus();
        Path out = dir.resolve("out");
        ItemScan.Options options = new ItemScan.Options(false, false);
        List<ScanItem> local = new ArrayList<>();
        BulkScan.run(List.of(in), options, 2, local::add);
        List<JsonNode> expected = new ArrayList<>();
        for (ScanItem item : local) {
            expected.add(relative(JSON.readTree(ScanCommand.json(item)), in.toString()));
        }
        long written;
        SparkSession spark = SparkSession.builder().master("local[2]").appName("oxprops ScanJobTest")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                // the driver's ports on the loopback interface only
                .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
                .getOrCreate();
        try {
            written = ScanJob.run(spark, new ScanJob.Settings(in.toUri().toString(), out.toString(), "json", options));
        } finally {
            spark.stop();
        }
        List<JsonNode> rows = new ArrayList<>();
        for (String line : lines(out.resolve("items"))) {
            rows.add(relative(JSON.readTree(line), "file:" + in));
        }
        Comparator<JsonNode> byPath = Comparator.comparing(n -> n.get("path").asText());
        expected.sort(byPath);
        rows.sort(byPath);
        assertEquals(39, expected.size(), expected::toString);
        assertEquals(expected.size(), written);
        assertEquals(expected, rows);
        assertTrue(rows.stream().anyMatch(r -> r.get("status").asText().equals("violations")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> r.get("path").asText().contains(".pst: /")), rows::toString);

        Map<String, Long> rules = new TreeMap<>();
        for (ScanItem item : local) {
            item.violations().stream().map(v -> v.level() + " " + v.section() + " " + v.property() + " " + v.rule()
                    + " " + v.mandatory()).distinct().forEach(k -> rules.merge(k, 1L, Long::sum));
        }
        Map<String, Long> ruleRows = new TreeMap<>();
        for (String line : lines(out.resolve("rules"))) {
            JsonNode r = JSON.readTree(line);
            ruleRows.put(r.get("level").asText() + " " + r.get("section").asText() + " " + r.get("property").asText()
                    + " " + r.get("rule").asText() + " " + r.get("mandatory").asBoolean(), r.get("items").asLong());
        }
        assertEquals(4, rules.size(), rules::toString);
        assertEquals(rules, ruleRows);

        Map<String, Long> statuses = local.stream().collect(Collectors.groupingBy(ScanItem::status, TreeMap::new,
                Collectors.counting()));
        Map<String, Long> statusRows = new TreeMap<>();
        for (String line : lines(out.resolve("statuses"))) {
            JsonNode r = JSON.readTree(line);
            statusRows.put(r.get("status").asText(), r.get("items").asLong());
        }
        assertEquals(statuses, statusRows);
    }

    /** The path and parent of an item relative to the input folder (the job names files by URI). */
    private static JsonNode relative(JsonNode item, String prefix) {
        ObjectNode o = (ObjectNode) item;
        for (String f : new String[] {"path", "embeddedIn"}) {
            if (o.get(f).isTextual() && o.get(f).asText().startsWith(prefix)) {
                o.put(f, o.get(f).asText().substring(prefix.length()));
            }
        }
        return o;
    }

    /** Every line of the part files Spark wrote into a folder. */
    private static List<String> lines(Path folder) throws IOException {
        List<String> all = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).sorted()
                    .collect(Collectors.toList())) {
                Files.readAllLines(p, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).forEach(all::add);
            }
        }
        return all;
    }
}
