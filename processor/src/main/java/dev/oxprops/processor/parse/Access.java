package dev.oxprops.processor.parse;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * What generated code, which lives in the spec's package, can reach: the one place that decides how a codec is
 * instantiated (validation reports what this says is missing; generation uses what it finds).
 */
public final class Access {
    private static final String STRUCTURE_CODEC = "dev.oxprops.runtime.structure.StructureCodec";

    private Access() {}

    /** The codec's {@code public static final INSTANCE} field of the codec's own type, or null. */
    public static VariableElement instanceField(TypeElement codec) {
        for (VariableElement f : ElementFilter.fieldsIn(codec.getEnclosedElements())) {
            if (f.getSimpleName().contentEquals("INSTANCE")
                    && f.getModifiers().containsAll(List.of(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL))
                    && f.asType() instanceof DeclaredType && ((DeclaredType) f.asType()).asElement().equals(codec)) {
                return f;
            }
        }
        return null;
    }

    /**
     * The simple name of the structure a structure codec decodes (the {@code T} of the
     * {@code dev.oxprops.runtime.structure.StructureCodec<T>} it implements, directly or through a superclass or
     * interface), or "" when {@code codec} is null or not a structure codec.
     */
    public static String structureName(TypeElement codec) {
        if (codec == null) {
            return "";
        }
        List<TypeMirror> supertypes = new ArrayList<>(codec.getInterfaces());
        supertypes.add(codec.getSuperclass());
        for (TypeMirror t : supertypes) {
            if (!(t instanceof DeclaredType)) {
                continue;
            }
            DeclaredType d = (DeclaredType) t;
            TypeElement e = (TypeElement) d.asElement();
            if (e.getQualifiedName().contentEquals(STRUCTURE_CODEC)) {
                return d.getTypeArguments().size() == 1 && d.getTypeArguments().get(0) instanceof DeclaredType
                        ? ((DeclaredType) d.getTypeArguments().get(0)).asElement().getSimpleName().toString() : "";
            }
            String inherited = structureName(e);
            if (!inherited.isEmpty()) {
                return inherited;
            }
        }
        return "";
    }

    /**
     * Whether {@code new Codec()} compiles anywhere: a concrete class, not an inner class (which needs an enclosing
     * instance), with a public constructor without parameters.
     */
    public static boolean constructible(TypeElement codec) {
        if (codec.getKind() != ElementKind.CLASS || codec.getModifiers().contains(Modifier.ABSTRACT)) {
            return false;
        }
        if (codec.getNestingKind() == NestingKind.MEMBER && !codec.getModifiers().contains(Modifier.STATIC)
                && !codec.getEnclosingElement().getKind().isInterface()) {
            return false;
        }
        if (codec.getNestingKind() == NestingKind.LOCAL || codec.getNestingKind() == NestingKind.ANONYMOUS) {
            return false;
        }
        for (ExecutableElement c : ElementFilter.constructorsIn(codec.getEnclosedElements())) {
            if (c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a type can be named from {@code pkg}: it and every class it is nested in, public or in {@code pkg}. */
    public static boolean accessible(TypeMirror t, PackageElement pkg) {
        if (t instanceof ArrayType) {
            return accessible(((ArrayType) t).getComponentType(), pkg);
        }
        if (!(t instanceof DeclaredType)) {
            return true;
        }
        for (TypeMirror arg : ((DeclaredType) t).getTypeArguments()) {
            if (!accessible(arg, pkg)) {
                return false;
            }
        }
        for (Element e = ((DeclaredType) t).asElement(); e instanceof TypeElement; e = e.getEnclosingElement()) {
            if (e.getModifiers().contains(Modifier.PRIVATE)) {
                return false;
            }
            if (!e.getModifiers().contains(Modifier.PUBLIC) && !packageOf(e).equals(pkg)
                    && !e.getEnclosingElement().getKind().isInterface()) {
                return false;
            }
        }
        return true;
    }

    private static PackageElement packageOf(Element e) {
        Element p = e;
        while (!(p instanceof PackageElement)) {
            p = p.getEnclosingElement();
        }
        return (PackageElement) p;
    }
}
