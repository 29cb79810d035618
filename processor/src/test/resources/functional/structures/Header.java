package structures;

import dev.oxprops.annotations.structure.Expect;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Structure;

/** A nested structure without parameters or section. */
@Structure(name = "Hdr")
public interface Header {
    @Int(bits = 8)
    @Expect("1")
    int major();
}
