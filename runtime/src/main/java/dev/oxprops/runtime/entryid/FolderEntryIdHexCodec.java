package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.codec.ValueCodec;

/**
 * A {@link FolderEntryId} held as the hexadecimal string of its 46 bytes (92 uppercase digits). Reads
 * either case and ignores surrounding whitespace; {@code null} stays {@code null} both ways.
 */
public final class FolderEntryIdHexCodec implements ValueCodec<FolderEntryId, String> {
    public static final FolderEntryIdHexCodec INSTANCE = new FolderEntryIdHexCodec();

    public FolderEntryIdHexCodec() {}

    @Override
    public String encode(FolderEntryId value) {
        return value == null ? null : value.toHex();
    }

    /** @throws MalformedEntryIdException when the string is not the hex string of a Folder EntryID */
    @Override
    public FolderEntryId decode(String stored) {
        return stored == null ? null : FolderEntryId.parseHex(stored);
    }
}
