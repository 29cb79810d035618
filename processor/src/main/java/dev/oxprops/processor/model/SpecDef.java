package dev.oxprops.processor.model;

import dev.oxprops.processor.diag.Site;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A spec interface as parsed: the immutable input of validation and generation.
 *
 * @param type the interface
 * @param id e.g. MS-OXCMSG
 * @param packageName the package generated classes go to
 * @param baseName the simple name generated classes start with
 * @param properties every property, supertypes' first, in declaration order
 * @param implies rules across properties
 */
public record SpecDef(TypeElement type, String id, String title, String messageClass, boolean messageClassIsPrefix,
        String packageName, String baseName, List<PropertyDef> properties, List<ImpliesDef> implies, Site site) {
    public SpecDef {
        properties = List.copyOf(properties);
        implies = List.copyOf(implies);
    }

    /** The discriminator property, or null (the first one, when validation reports several). */
    public PropertyDef discriminator() {
        for (PropertyDef p : properties) {
            if (p.discriminator()) {
                return p;
            }
        }
        return null;
    }

    /** The property with a canonical name, or null. */
    public PropertyDef property(String canonical) {
        for (PropertyDef p : properties) {
            if (p.canonical().equals(canonical)) {
                return p;
            }
        }
        return null;
    }
}
