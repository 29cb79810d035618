package dev.oxprops.runtime.entryid;

import dev.oxprops.runtime.codec.ValueCodec;

/** A {@link AddressBookEntryId} held as its bytes (PtypBinary); {@code null} stays {@code null} both ways. */
public final class AddressBookEntryIdCodec implements ValueCodec<AddressBookEntryId, byte[]> {
    public static final AddressBookEntryIdCodec INSTANCE = new AddressBookEntryIdCodec();

    public AddressBookEntryIdCodec() {}

    @Override
    public byte[] encode(AddressBookEntryId value) {
        return value == null ? null : value.toBytes();
    }

    /** @throws MalformedEntryIdException when the bytes are not a Address Book EntryID */
    @Override
    public AddressBookEntryId decode(byte[] stored) {
        return stored == null ? null : AddressBookEntryId.parse(stored);
    }
}
