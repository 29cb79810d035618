package dev.oxprops.specs.oxocal;

import dev.oxprops.annotations.structure.Bytes;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Structure;

/** [MS-OXOCAL] 2.2.1.44.3: the change highlight of an exception (PidLidChangeHighlight), with reserved bytes. */
@Structure(name = "ChangeHighlight", section = "[MS-OXOCAL] 2.2.1.44.3")
public interface ChangeHighlight {
    /** The size of ChangeHighlightValue and Reserved together. */
    @Int(bits = 32)
    int changeHighlightSize();

    @Int(bits = 32)
    int changeHighlightValue();

    @Bytes(count = "changeHighlightSize", adjust = -4)
    byte[] reserved();
}
