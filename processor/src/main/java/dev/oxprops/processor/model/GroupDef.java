package dev.oxprops.processor.model;

import dev.oxprops.processor.diag.Site;
import java.util.List;

/** A named group of discriminator values. */
public record GroupDef(String name, List<String> values, String meaning, Site site) {
    public GroupDef {
        values = List.copyOf(values);
    }
}
