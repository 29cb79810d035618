package structures;

import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Param;
import dev.oxprops.annotations.structure.PresentIf;
import dev.oxprops.annotations.structure.Structure;

/** An element whose only field is there when the entry at the same index is of kind 2. */
@Structure
public interface Detail {
    @Param
    int kind();

    @PresentIf(field = "kind", values = 2)
    @Int(bits = 16)
    Integer more();
}
