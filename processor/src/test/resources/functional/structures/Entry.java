package structures;

import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Param;
import dev.oxprops.annotations.structure.PresentIf;
import dev.oxprops.annotations.structure.Structure;

/** An element that depends on the envelope's flags; it also holds the envelope's stamp (an unsigned 32-bit value). */
@Structure
public interface Entry {
    @Param
    int flags();

    @Param
    long stamp();

    @Int(bits = 8)
    int kind();

    @PresentIf(field = "flags", anyBits = 0x1)
    @Int(bits = 8)
    Integer extra();
}
