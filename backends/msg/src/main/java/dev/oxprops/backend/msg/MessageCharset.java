package dev.oxprops.backend.msg;

import dev.oxprops.runtime.Codepages;
import java.nio.charset.Charset;

/** The charset of an object's PtypString8 values, from the code pages of its property stream. */
final class MessageCharset {
    private MessageCharset() {}

    /**
     * The charset of the PtypString8 values of the object whose property stream is {@code props} (entries
     * from {@code headerSize} on): from its PidTagMessageCodepage or PidTagInternetCodepage, else
     * windows-1252 (also, with a problem, when Java has no charset for the code page).
     */
    static Charset of(byte[] props, int headerSize, Problems problems) {
        Integer message = null;
        Integer internet = null;
        for (int off = headerSize; off + 16 <= props.length; off += 16) {
            int tag = LittleEndian.i32(props, off);
            if (tag == (MsgTags.PID_TAG_MESSAGE_CODEPAGE << 16 | 0x0003)) {
                message = LittleEndian.i32(props, off + 8);
            } else if (tag == (MsgTags.PID_TAG_INTERNET_CODEPAGE << 16 | 0x0003)) {
                internet = LittleEndian.i32(props, off + 8);
            }
        }
        Integer cp = Codepages.stringCodepage(message, internet);
        if (cp == null) {
            return Codepages.defaultCharset();
        }
        Charset cs = Codepages.charset(cp);
        if (cs == null) {
            problems.add(dev.oxprops.runtime.ReadProblem.Kind.NOT_READ, MsgTags.PROPERTIES, "code page " + cp
                    + " has no Java charset; PtypString8 values decoded as windows-1252");
            return Codepages.defaultCharset();
        }
        return cs;
    }
}
