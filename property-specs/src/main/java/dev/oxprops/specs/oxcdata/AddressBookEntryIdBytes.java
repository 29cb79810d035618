package dev.oxprops.specs.oxcdata;

import dev.oxprops.annotations.structure.Bytes;
import dev.oxprops.annotations.structure.Const;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Structure;
import dev.oxprops.annotations.structure.Text;
import dev.oxprops.runtime.entryid.AddressBookEntryId;

/** [MS-OXCDATA] 2.2.5.1 Address Book EntryID, decoded into the runtime's {@link AddressBookEntryId}. */
@Structure(name = "address book entry ID", section = "[MS-OXCDATA] 2.2.5.1", hexCodec = true, as = AddressBookEntryId.class)
public interface AddressBookEntryIdBytes {
    @Int(bits = 32)
    int flags();

    @Bytes(size = 16)
    @Const("DCA740C8C042101AB4B908002B2FE182")
    byte[] providerUid();

    @Int(bits = 32)
    @Const("1")
    int version();

    @Int(bits = 32)
    int type();

    @Text(zeroTerminated = true)
    String x500Dn();
}
