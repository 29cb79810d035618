package dev.oxprops.runtime.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.oxprops.runtime.FileTime;
import dev.oxprops.runtime.Guids;
import dev.oxprops.runtime.Hex;
import dev.oxprops.runtime.MalformedValueException;
import dev.oxprops.runtime.entryid.AddressBookEntryId;
import dev.oxprops.runtime.entryid.FolderEntryId;
import dev.oxprops.runtime.entryid.StoreEntryId;
import java.util.Arrays;

/**
 * Fuzzes the readers of the runtime's codecs: whatever the input, each gives a value or a
 * {@link MalformedValueException}; whatever it gives back re-encodes to an equivalent input. Under plain
 * {@code mvn test} this runs over the committed inputs in {@code CodecFuzzTestInputs}; with {@code JAZZER_FUZZ=1}
 * Jazzer mutates them.
 */
class CodecFuzzTest {
    @FuzzTest(maxDuration = "1m")
    void hexAndEntryIdReaders(FuzzedDataProvider data) {
        String text = data.consumeString(400);
        try {
            byte[] bytes = Hex.parseBytes(text);
            if (!Hex.matchesBytes(text, bytes) || !Hex.ofBytes(bytes).equalsIgnoreCase(text)) {
                throw new AssertionError("hex round trip broke for " + text);
            }
        } catch (MalformedValueException expected) {
            // bad hex is reported, not thrown as anything else
        }
        try {
            long v = Hex.parseUnsigned(text, 32);
            if ((v >>> 32) != 0 || !Hex.ofInt((int) v).equals(Hex.ofLong(v))) {
                throw new AssertionError("32-bit hex read out of range: " + text);
            }
        } catch (MalformedValueException expected) {
            // bad or too big
        }
        try {
            Guids.parse(text);
        } catch (MalformedValueException expected) {
            // not a GUID
        }
        byte[] raw = data.consumeRemainingAsBytes();
        try {
            byte[] again = FolderEntryId.parse(raw).toBytes();
            if (!Arrays.equals(raw, again)) {
                throw new AssertionError("folder entry ID does not re-encode");
            }
        } catch (MalformedValueException expected) {
            // not a folder entry ID
        }
        try {
            StoreEntryId.parse(raw).toBytes();
        } catch (MalformedValueException expected) {
            // not a store entry ID
        }
        try {
            AddressBookEntryId.parse(raw).toBytes();
        } catch (MalformedValueException expected) {
            // not an address-book entry ID
        }
        if (raw.length >= 8) {
            try {
                FileTime.fromBytes(raw, 0);
            } catch (MalformedValueException expected) {
                // out of range
            }
        }
    }
}
