package dev.oxprops.specs.oxonote;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.specs.catalog.PropertyCatalog;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * [MS-OXONOTE] section 4.1 ("Sample Note Object"), as far as it could be read.
 *
 * <p>Source (read 2026-11-25):
 * https://docs.microsoft.com/en-us/openspecs/exchange_server_protocols/ms-oxonote/3363831e-148b-4fe7-9594-f85e61e72cdf.
 * The copy we could read holds the RopGetPropertyIdsFromNames request (name, property set, LID) and the ids the
 * server answers; it breaks off where the RopSetProperties table with the note's values begins. So this class
 * checks the two mapping tables; the values of the note are not the spec's (NoteMessageTest builds a note with
 * our own values, see docs/specs.md, "Left to do").
 */
class Section4ConformanceTest {
    private static final UUID PSETID_NOTE = UUID.fromString("0006200E-0000-0000-C000-000000000046");

    /** One row of the two tables: name, set, LID asked for, id the server answered. */
    record Mapping(String property, UUID set, int lid, int id) {}

    static final List<Mapping> MAPPINGS = List.of(
            new Mapping("PidLidNoteColor", PSETID_NOTE, 0x8B00, 0x8046),
            new Mapping("PidLidNoteWidth", PSETID_NOTE, 0x8B02, 0x8047),
            new Mapping("PidLidNoteHeight", PSETID_NOTE, 0x8B03, 0x8048),
            new Mapping("PidLidNoteX", PSETID_NOTE, 0x8B04, 0x8049),
            new Mapping("PidLidNoteY", PSETID_NOTE, 0x8B05, 0x804A));

    static NamedPropertyMap serverMapping() {
        NamedPropertyMap map = new NamedPropertyMap();
        for (Mapping m : MAPPINGS) {
            map.preassign(PropertyId.lid(m.set(), m.lid()), m.id());
        }
        return map;
    }

    @Test
    void theMappingRequestAsksForTheLidsOfTheCatalogueAndOfTheSpecInterface() {
        for (Mapping m : MAPPINGS) {
            PropertyId expected = PropertyId.lid(m.set(), m.lid());
            assertEquals(expected, PropertyCatalog.get().byCanonicalName(m.property()).orElseThrow().id(), m.property());
            assertEquals(expected, NoteMessageKeys.byCanonicalName(m.property()).orElseThrow().id(), m.property());
        }
    }

    /** The example maps every PSETID_Note property a note carries, and nothing else. */
    @Test
    void theMappingRequestCoversExactlyTheNotesNamedProperties() {
        Set<String> noteLids = NoteMessageKeys.ALL.stream()
                .filter(k -> k.id() instanceof PropertyId.Lid l && l.set().equals(PSETID_NOTE))
                .map(PropertyKey::canonicalName).collect(Collectors.toSet());
        assertEquals(noteLids, MAPPINGS.stream().map(Mapping::property).collect(Collectors.toSet()));
    }

    @Test
    void theServersIdsAreDistinctNamedPropertyIds() {
        NamedPropertyMap map = serverMapping();
        assertEquals(MAPPINGS.size(), map.size());
        for (Mapping m : MAPPINGS) {
            assertEquals(m.id(), map.find(PropertyId.lid(m.set(), m.lid())), m.property());
            assertTrue(m.id() >= NamedPropertyMap.FIRST_ID && m.id() <= NamedPropertyMap.LAST_ID, m.property());
        }
    }

    /** A note built through the accessor (values our own) resolves every named property through 4.1's mapping. */
    @Test
    void aNoteBuiltThroughTheAccessorIsFullyMappedBy41() {
        PropertyBag bag = NoteMessageTest.yellowNote().bag();
        NamedPropertyMap map = serverMapping();
        bag.forEach((id, type, value) -> {
            if (id.isNamed()) {
                int number = map.find(id);
                assertTrue(number >= 0x8046 && number <= 0x804A, id + " -> " + Integer.toHexString(number));
            }
        });
        assertEquals(0x8046, map.find(NoteMessageKeys.NOTE_COLOR.id()));
        assertEquals(0x804A, map.find(NoteMessageKeys.NOTE_Y.id()));
    }
}
