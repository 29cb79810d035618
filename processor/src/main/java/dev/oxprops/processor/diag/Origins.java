package dev.oxprops.processor.diag;

import java.util.IdentityHashMap;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * Where the objects of one spec's model came from in the source: the compiler's handles the parser read them
 * from, kept beside the model (which holds none) for diagnostics and for the checks that need the compiler's
 * types. Keyed by identity: two equal rule records declared in two places have two sites.
 */
public final class Origins {
    private final TypeElement spec;
    private final Map<Object, Site> sites = new IdentityHashMap<>();
    private final Map<Object, PropertyOrigin> properties = new IdentityHashMap<>();

    /**
     * Where a property came from.
     *
     * @param method the spec's (most specific) method
     * @param returnType the method's return type as a member of the spec
     * @param codec the {@code @Codec} class, or null
     * @param identity where the identity was declared (for identity diagnostics)
     * @param methodSite the spec's method (for diagnostics about rules)
     * @param codecSite the {@code @Codec} annotation, or the method's site
     * @param discriminatorSite the {@code @Discriminator} annotation, or the method's site
     */
    public record PropertyOrigin(ExecutableElement method, TypeMirror returnType, TypeElement codec, Site identity,
            Site methodSite, Site codecSite, Site discriminatorSite) {}

    public Origins(TypeElement spec) {
        this.spec = spec;
    }

    /** The spec interface. */
    public TypeElement spec() {
        return spec;
    }

    /** Records where {@code model} was declared; returns it. */
    public <T> T at(T model, Site site) {
        sites.put(model, site);
        return model;
    }

    /** Where {@code model} was declared: its recorded site, else the spec interface. */
    public Site site(Object model) {
        Site s = sites.get(model);
        return s != null ? s : Site.of(spec);
    }

    /** Records where a property came from; returns it. */
    public <T> T property(T property, PropertyOrigin origin) {
        properties.put(property, origin);
        return property;
    }

    /** Where a property came from (recorded by the parser for every property of the model). */
    public PropertyOrigin of(Object property) {
        PropertyOrigin o = properties.get(property);
        if (o == null) {
            throw new IllegalArgumentException("no origin recorded for " + property);
        }
        return o;
    }
}
