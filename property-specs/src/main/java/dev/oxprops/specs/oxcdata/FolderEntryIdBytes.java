package dev.oxprops.specs.oxcdata;

import dev.oxprops.annotations.structure.Const;
import dev.oxprops.annotations.structure.Guid;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Structure;
import dev.oxprops.runtime.entryid.FolderEntryId;
import java.util.UUID;

/**
 * [MS-OXCDATA] 2.2.4.1 Folder EntryID, 46 bytes, decoded into the runtime's {@link FolderEntryId} (which checks the
 * folder type and the counter's range). Generates {@code FolderEntryIdBytesCodec} (PtypBinary) and
 * {@code FolderEntryIdBytesHexCodec} (its hex string, as PidLidSharingRemoteUid holds it).
 */
@Structure(name = "folder entry ID", section = "[MS-OXCDATA] 2.2.4.1", hexCodec = true, as = FolderEntryId.class)
public interface FolderEntryIdBytes {
    @Int(bits = 32)
    int flags();

    @Guid
    UUID providerUid();

    @Int(bits = 16)
    int folderType();

    @Guid
    UUID databaseGuid();

    /** The Global Counter: 6 bytes, big-endian. */
    @Int(bits = 48, bigEndian = true)
    long globalCounter();

    @Int(bits = 16)
    @Const("0")
    int pad();
}
