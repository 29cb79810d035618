package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.codec.ValueCodec;

/**
 * A {@link StoreEntryId} held as the hexadecimal string of its bytes (uppercase). Reads either case and
 * ignores surrounding whitespace; {@code null} stays {@code null} both ways.
 */
public final class StoreEntryIdHexCodec implements ValueCodec<StoreEntryId, String> {
    public static final StoreEntryIdHexCodec INSTANCE = new StoreEntryIdHexCodec();

    public StoreEntryIdHexCodec() {}

    @Override
    public String encode(StoreEntryId value) {
        return value == null ? null : value.toHex();
    }

    /** @throws MalformedEntryIdException when the string is not the hex string of a Store Object EntryID */
    @Override
    public StoreEntryId decode(String stored) {
        return stored == null ? null : StoreEntryId.parseHex(stored);
    }
}
