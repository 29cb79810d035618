package structures;

import dev.oxprops.annotations.structure.Const;
import dev.oxprops.annotations.structure.Expect;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.Name;
import dev.oxprops.annotations.structure.Structure;

/** Every integer width, sign and byte order, an integer constant (small and beyond int) and an expected value. */
@Structure(name = "NumberBlock", section = "7.1", hexCodec = true)
public interface Numbers {
    @Int(bits = 8)
    @Const("0x5A")
    int magic();

    @Int(bits = 16, bigEndian = true)
    int be16();

    @Int(bits = 24)
    int u24();

    @Int(bits = 32)
    @Name("cbValue")
    int u32();

    @Int(bits = 32, signed = true)
    int s32();

    @Int(bits = 16, signed = true, bigEndian = true)
    int sbe16();

    @Int(bits = 48)
    long u48();

    @Int(bits = 64, bigEndian = true)
    long u64();

    @Int(bits = 16)
    @Expect("0x3004")
    int version();

    @Int(bits = 32)
    @Const("0xFFFFFFFE")
    int marker();
}
