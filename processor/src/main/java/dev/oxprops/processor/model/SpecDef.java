package dev.oxprops.processor.model;

import dev.oxprops.processor.source.ClassName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A spec interface as parsed: the immutable input of validation and generation. {@code type} names the interface,
 * {@code id} e.g. MS-OXCMSG, {@code packageName} the package generated classes go to, {@code baseName} the simple
 * name they start with, {@code properties} every property (supertypes' first, in declaration order) and
 * {@code implies} the rules across properties. Lookups of the discriminator and of a property by canonical name
 * take constant time (writers make them for every property). Where it came from in the source is kept beside
 * the model ({@code diag.Origins}), not in it.
 */
public final class SpecDef {
    private final ClassName type;
    private final String id;
    private final String title;
    private final String messageClass;
    private final boolean messageClassIsPrefix;
    private final String packageName;
    private final String baseName;
    private final List<PropertyDef> properties;
    private final List<ImpliesDef> implies;
    private final List<CompareDef> compares;
    private final PropertyDef discriminator;
    private final Map<String, PropertyDef> byCanonical = new HashMap<>();

    public SpecDef(ClassName type, String id, String title, String messageClass, boolean messageClassIsPrefix,
            String packageName, String baseName, List<PropertyDef> properties, List<ImpliesDef> implies) {
        this(type, id, title, messageClass, messageClassIsPrefix, packageName, baseName, properties, implies, List.of());
    }

    public SpecDef(ClassName type, String id, String title, String messageClass, boolean messageClassIsPrefix,
            String packageName, String baseName, List<PropertyDef> properties, List<ImpliesDef> implies,
            List<CompareDef> compares) {
        this.type = type;
        this.id = id;
        this.title = title;
        this.messageClass = messageClass;
        this.messageClassIsPrefix = messageClassIsPrefix;
        this.packageName = packageName;
        this.baseName = baseName;
        this.properties = List.copyOf(properties);
        this.implies = List.copyOf(implies);
        this.compares = List.copyOf(compares);
        PropertyDef first = null;
        for (PropertyDef p : this.properties) {
            if (first == null && p.discriminator()) {
                first = p;
            }
            byCanonical.putIfAbsent(p.canonical(), p);
        }
        this.discriminator = first;
    }

    /** The spec interface's name. */
    public ClassName type() {
        return type;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String messageClass() {
        return messageClass;
    }

    public boolean messageClassIsPrefix() {
        return messageClassIsPrefix;
    }

    public String packageName() {
        return packageName;
    }

    public String baseName() {
        return baseName;
    }

    public List<PropertyDef> properties() {
        return properties;
    }

    public List<ImpliesDef> implies() {
        return implies;
    }

    /** The {@code @Compare} rules. */
    public List<CompareDef> compares() {
        return compares;
    }

    /** The discriminator property, or null (the first one, when validation reports several). */
    public PropertyDef discriminator() {
        return discriminator;
    }

    /** The property with a canonical name (the first, when validation reports several), or null. */
    public PropertyDef property(String canonical) {
        return byCanonical.get(canonical);
    }

    @Override
    public String toString() {
        return "SpecDef[" + id + ", " + type + ", " + properties.size() + " properties]";
    }
}
