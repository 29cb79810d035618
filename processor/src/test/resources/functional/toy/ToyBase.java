package toy;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.Property;
import dev.oxprops.annotations.Spec;

/** A base spec whose properties Toy inherits (and adds rules to). */
@Spec(id = "MS-TOYBASE", title = "Toy base")
public interface ToyBase {
    @Property(canonical = "PidTagMessageClass", tag = 0x001A, type = MapiType.PtypString, section = "B.1")
    String messageClass();

    @Property(canonical = "PidTagSubject", tag = 0x0037, type = MapiType.PtypString, section = "B.2")
    String subject();
}
