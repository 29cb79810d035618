package wellformed;

import dev.oxprops.annotations.structure.Expect;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Structure;

/** A tiny binary structure: a 16-bit version the spec requires to be 1, then a 32-bit count. */
@Structure(name = "Pair", section = "9.1")
public interface Pair {
    @Int(bits = 16)
    @Expect("1")
    int version();

    @Int(bits = 32)
    long count();
}
