package structures;

import dev.oxprops.annotations.structure.Bytes;
import dev.oxprops.annotations.structure.Const;
import dev.oxprops.annotations.structure.Expect;
import dev.oxprops.annotations.structure.Int;
import dev.oxprops.annotations.structure.LengthOf;
import dev.oxprops.annotations.structure.Structure;
import dev.oxprops.annotations.structure.Text;
import dev.oxprops.annotations.structure.Text.Encoding;

/** Every string and byte-block length: counted (with an adjustment), zero-terminated, fixed and the rest. */
@Structure(name = "TextBlock", section = "7.2")
public interface Texts {
    @Bytes(size = 4)
    @Const("DEADBEEF")
    byte[] signature();

    @Int(bits = 8)
    int nameLength();

    @Text(count = "nameLength")
    String name();

    @Int(bits = 16)
    int wideChars();

    @Text(encoding = Encoding.UTF16LE, count = "wideChars", adjust = -1)
    String wide();

    @Int(bits = 16)
    @LengthOf(value = "label", bytes = true)
    int labelBytes();

    @Text(encoding = Encoding.UTF16LE, zeroTerminated = true)
    String label();

    @Text(zeroTerminated = true)
    String z8();

    @Text(size = 4)
    String fixed8();

    @Text(size = 6, encoding = Encoding.UTF16LE)
    String fixed16();

    @Int(bits = 8)
    @LengthOf(value = "name", plus = 1)
    int nameLengthPlusOne();

    @Int(bits = 16)
    int blobSize();

    @Bytes(count = "blobSize", adjust = -2)
    byte[] blob();

    @Bytes(size = 2)
    @Expect("0000")
    byte[] reserved();

    @Bytes(rest = true)
    byte[] tail();
}
