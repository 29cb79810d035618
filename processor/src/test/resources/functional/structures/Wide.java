package structures;

import dev.oxprops.annotations.structure.Const;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.PresentIf;
import dev.oxprops.annotations.structure.Structure;

/** A 64-bit size compared unsigned by a condition, and a constant held in a long. */
@Structure(name = "Wide")
public interface Wide {
    @Int(bits = 64)
    long size();

    @PresentIf(field = "size", atLeast = 2)
    @Int(bits = 8)
    Integer big();

    @Int(bits = 32)
    @Const("0x12345678")
    long tag();
}
