package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.codec.ValueCodec;

/** A {@link FolderEntryId} held as its bytes (PtypBinary); {@code null} stays {@code null} both ways. */
public final class FolderEntryIdCodec implements ValueCodec<FolderEntryId, byte[]> {
    public static final FolderEntryIdCodec INSTANCE = new FolderEntryIdCodec();

    public FolderEntryIdCodec() {}

    @Override
    public byte[] encode(FolderEntryId value) {
        return value == null ? null : value.toBytes();
    }

    /** @throws MalformedEntryIdException when the bytes are not a Folder EntryID */
    @Override
    public FolderEntryId decode(byte[] stored) {
        return stored == null ? null : FolderEntryId.parse(stored);
    }
}
