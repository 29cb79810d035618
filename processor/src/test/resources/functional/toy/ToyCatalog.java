package toy;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.Property;

/** Not a spec: a place where a property is declared once, for others to pick with @Ref. */
public interface ToyCatalog {
    @Property(canonical = "PidTagToyCatalogNumber", tag = 0x6710, type = MapiType.PtypString, section = "C.1")
    String catalogNumber();
}
