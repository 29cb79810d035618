package dev.oxprops.processor.model;

import java.util.List;

/** A named group of discriminator values. */
public record GroupDef(String name, List<String> values, String meaning) {
    public GroupDef {
        values = List.copyOf(values);
    }
}
