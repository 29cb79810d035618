package dev.oxprops.specs.oxotask;

import dev.oxprops.annotations.structure.Bytes;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Name;
import dev.oxprops.annotations.structure.Structure;

/**
 * [MS-OXOTASK] 2.2.2.2.16: one assigner of PidLidTaskAssigners: its size, then the assigner's address-book entry ID
 * and display name (8-bit, then Unicode), kept as one block of that size.
 */
@Structure(name = "TaskAssigner", section = "[MS-OXOTASK] 2.2.2.2.16")
public interface TaskAssignerEntry {
    /** cbAssigner: the bytes of the assigner's data that follow. */
    @Int(bits = 32)
    @Name("cbAssigner")
    int size();

    /** The entry ID, szDisplayName and wzDisplayName of the assigner. */
    @Bytes(count = "size")
    @Name("Assigner")
    byte[] data();
}
