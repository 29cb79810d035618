package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.codec.ValueCodec;

/** A {@link StoreEntryId} held as its bytes (PtypBinary); {@code null} stays {@code null} both ways. */
public final class StoreEntryIdCodec implements ValueCodec<StoreEntryId, byte[]> {
    public static final StoreEntryIdCodec INSTANCE = new StoreEntryIdCodec();

    public StoreEntryIdCodec() {}

    @Override
    public byte[] encode(StoreEntryId value) {
        return value == null ? null : value.toBytes();
    }

    /** @throws MalformedEntryIdException when the bytes are not a Store Object EntryID */
    @Override
    public StoreEntryId decode(byte[] stored) {
        return stored == null ? null : StoreEntryId.parse(stored);
    }
}
