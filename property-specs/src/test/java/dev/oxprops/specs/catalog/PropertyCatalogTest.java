package dev.oxprops.specs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every row of the three MS-OXPROPS tables (copied into test resources) is reachable through the catalogue. */
class PropertyCatalogTest {
    private final PropertyCatalog catalog = PropertyCatalog.get();

    private static List<Map<String, String>> table(String name) throws IOException {
        try (InputStream in = PropertyCatalogTest.class.getResourceAsStream("/catalog/" + name)) {
            if (in == null) {
                throw new IOException("missing test resource /catalog/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String[] header = r.readLine().split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i]);
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static int hex(String s) {
        return Integer.parseInt(s.substring(2), 16);
    }

    private static Set<String> names(List<PropertyKey<?>> keys) {
        return keys.stream().map(PropertyKey::canonicalName).collect(Collectors.toSet());
    }

    private PropertyKey<?> byName(Map<String, String> row) {
        String name = row.get("name");
        PropertyKey<?> key = catalog.byCanonicalName(name).orElseThrow(() -> new AssertionError("not in the catalogue: " + name));
        assertEquals(MapiType.valueOf(row.get("type")), key.type(), name);
        return key;
    }

    @Test
    void everyLidRowIsReachable() throws IOException {
        List<Map<String, String>> rows = table("named-lids.tsv");
        assertEquals(403, rows.size());
        for (Map<String, String> row : rows) {
            PropertyKey<?> key = byName(row);
            UUID set = UUID.fromString(row.get("set_guid"));
            long lid = hex(row.get("lid"));
            assertEquals(PropertyId.lid(set, lid), key.id(), row.get("name"));
            assertTrue(names(catalog.byLid(set, lid)).contains(row.get("name")), row.get("name"));
        }
    }

    @Test
    void everyNameRowIsReachable() throws IOException {
        List<Map<String, String>> rows = table("named-strings.tsv");
        assertEquals(129, rows.size());
        for (Map<String, String> row : rows) {
            PropertyKey<?> key = byName(row);
            UUID set = UUID.fromString(row.get("set_guid"));
            String stringName = row.get("string_name");
            PropertyId.Name id = (PropertyId.Name) key.id();
            assertEquals(set, id.set(), row.get("name"));
            assertEquals(stringName, id.name(), row.get("name"));
            assertTrue(names(catalog.byName(set, stringName)).contains(row.get("name")), row.get("name"));
            boolean headers = "PS_INTERNET_HEADERS".equals(row.get("set"));
            String otherCase = stringName.toUpperCase(Locale.ROOT).equals(stringName)
                    ? stringName.toLowerCase(Locale.ROOT) : stringName.toUpperCase(Locale.ROOT);
            assertEquals(headers, names(catalog.byName(set, otherCase)).contains(row.get("name")),
                    row.get("name") + ": case-insensitive only in PS_INTERNET_HEADERS");
        }
    }

    @Test
    void everyTagRowIsReachable() throws IOException {
        List<Map<String, String>> rows = table("tags.tsv");
        assertEquals(868, rows.size());
        for (Map<String, String> row : rows) {
            PropertyKey<?> key = byName(row);
            int tag = hex(row.get("id"));
            MapiType type = MapiType.valueOf(row.get("type"));
            assertEquals(PropertyId.tag(tag), key.id(), row.get("name"));
            assertTrue(names(catalog.byTag(tag, type)).contains(row.get("name")), row.get("name"));
            assertTrue(names(catalog.byTag(tag)).contains(row.get("name")), row.get("name"));
            long propertyTag = ((long) tag << 16) | type.code();
            PropertyKey<?> first = catalog.byPropertyTag(propertyTag).orElseThrow();
            assertEquals(type, first.type());
            assertEquals(key.id(), first.id());
        }
    }

    @Test
    void sizesMatchTheTables() throws IOException {
        int rows = table("named-lids.tsv").size() + table("named-strings.tsv").size() + table("tags.tsv").size();
        assertEquals(rows, catalog.size());
        assertEquals(CatalogGroups.TABLE_ROWS, catalog.size());
        assertEquals(25, catalog.interfaces().size());
        Set<String> seen = new HashSet<>();
        for (PropertyKey<?> key : catalog.all()) {
            assertTrue(seen.add(key.canonicalName()), key.canonicalName());
        }
    }

    @Test
    void aliasesShareOneIdentity() {
        assertEquals(Set.of("PidTagEntryId", "PidTagMemberEntryId"), names(catalog.byTag(0x0FFF, MapiType.PtypBinary)));
        UUID common = UUID.fromString("00062008-0000-0000-C000-000000000046");
        assertEquals(List.of("PidLidNonSendBccTrackStatus", "PidLidNonSendableBccTrackStatus"),
                catalog.byLid(common, 0x8545).stream().map(PropertyKey::canonicalName).collect(Collectors.toList()));
        assertEquals(Set.of("PidTagFreeBusyPublishStart", "PidTagSearchFolderTag", "PidTagWlinkSaveStamp"),
                names(catalog.byTag(0x6847, MapiType.PtypInteger32)));
    }

    @Test
    void oneTagIdWithTwoTypes() {
        assertEquals(Set.of("PidTagAcknowledgementMode", "PidTagTemplateData"), names(catalog.byTag(0x0001)));
        assertEquals("PidTagTemplateData", catalog.byPropertyTag(0x00010102L).orElseThrow().canonicalName());
        assertEquals("PidTagAcknowledgementMode", catalog.byPropertyTag(0x00010003L).orElseThrow().canonicalName());
        assertTrue(catalog.byPropertyTag(0x0001001FL).isEmpty());
        assertTrue(catalog.byPropertyTag(0x0001FFFFL).isEmpty());
    }

    @Test
    void unknownLookupsAreEmpty() {
        assertFalse(catalog.byCanonicalName("PidTagNoSuchThing").isPresent());
        assertFalse(catalog.byCanonicalName("pidtagmessageclass").isPresent());
        assertTrue(catalog.byLid(UUID.fromString("00062008-0000-0000-C000-000000000046"), 0x7FFF).isEmpty());
        assertEquals("MS-OXPROPS/lids/PSETID_Common", catalog.groupOf("PidLidReminderSet").orElseThrow());
        assertEquals("MS-OXPROPS/tags/8000-FFFE", catalog.groupOf("PidTagAddressBookManager").orElseThrow());
    }
}
