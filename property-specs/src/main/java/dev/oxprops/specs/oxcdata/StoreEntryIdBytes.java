package dev.oxprops.specs.oxcdata;

import dev.oxprops.annotations.structure.Bytes;
import dev.oxprops.annotations.structure.Const;
import dev.oxprops.annotations.structure.Guid;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.PresentIf;
import dev.oxprops.annotations.structure.Structure;
import dev.oxprops.annotations.structure.Text;
import dev.oxprops.runtime.entryid.StoreEntryId;
import java.util.UUID;

/**
 * [MS-OXCDATA] 2.2.4.3 Store Object EntryID, decoded into the runtime's {@link StoreEntryId} (which checks the DLL
 * name and the strings). MailboxDN is there when bytes remain after ServerShortname; what follows it (newer servers
 * append fields) is kept as the trailing bytes.
 */
@Structure(name = "store entry ID", section = "[MS-OXCDATA] 2.2.4.3", hexCodec = true, as = StoreEntryId.class)
public interface StoreEntryIdBytes {
    @Int(bits = 32)
    int flags();

    @Bytes(size = 16)
    @Const("38A1BB1005E5101AA1BB08002B2A56C2")
    byte[] providerUid();

    @Int(bits = 8)
    @Const("0")
    int version();

    @Int(bits = 8)
    @Const("0")
    int flag();

    /** "emsmdb.dll" (any case), padded with zero bytes to 14. */
    @Text(size = 14)
    String dllFileName();

    @Int(bits = 32)
    int wrappedFlags();

    @Guid
    UUID wrappedProviderUid();

    @Int(bits = 32)
    int wrappedType();

    @Text(zeroTerminated = true)
    String serverShortname();

    @PresentIf(bytesRemain = true)
    @Text(zeroTerminated = true)
    String mailboxDn();

    @Bytes(rest = true)
    byte[] trailing();
}
