package wellformed;

import dev.oxprops.annotations.Codec;
import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.Property;
import dev.oxprops.annotations.PropertySet;
import dev.oxprops.annotations.Spec;
import dev.oxprops.annotations.WellFormed;

/** Two binary properties holding a Pair: one checked at MUST in its own section, one at SHOULD in another. */
@Spec(id = "MS-BLOBS")
public interface Blobs {
    @PropertySet(name = "PSETID_Blobs", guid = "00062040-0000-0000-C000-000000000046")
    interface BlobSet {}

    @Property(canonical = "PidLidFirstPair", set = BlobSet.class, lid = 0x8510, type = MapiType.PtypBinary, section = "2.1")
    @Codec(PairCodec.class)
    @WellFormed
    Pair firstPair();

    @Property(canonical = "PidLidSecondPair", set = BlobSet.class, lid = 0x8511, type = MapiType.PtypBinary, section = "2.2")
    @Codec(PairCodec.class)
    @WellFormed(level = Level.SHOULD, section = "3.4")
    Pair secondPair();
}
