package structures;

import dev.oxprops.annotations.structure.Args;
import dev.oxprops.annotations.structure.Array;
import dev.oxprops.annotations.structure.FileTime;
import dev.oxprops.annotations.structure.Guid;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Minutes;
import dev.oxprops.annotations.structure.PresentIf;
import dev.oxprops.annotations.structure.Structure;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

/** Fields present by version, bits and values, arrays of integers and of structures taking arguments, a nested one. */
@Structure(name = "Envelope", section = "7.3")
public interface Envelope {
    @Int(bits = 16)
    int version();

    @Int(bits = 8)
    int flags();

    @Int(bits = 32)
    int stamp();

    @PresentIf(field = "version", atLeast = 2)
    @Int(bits = 16)
    Integer since2();

    @PresentIf(field = "flags", anyBits = 0x4)
    @Guid
    UUID id();

    @PresentIf(field = "flags", values = {1, 3})
    @FileTime
    Instant when();

    @Int(bits = 8)
    int count();

    @Array(count = "count")
    @Args({"flags", "stamp"})
    List<Entry> entries();

    @Array(count = "count")
    @Int(bits = 16)
    List<Integer> codes();

    @Array(count = "count")
    @Args("entries.kind")
    List<Detail> details();

    Header header();

    @PresentIf(bytesRemain = true)
    @Minutes
    LocalDateTime end();
}
