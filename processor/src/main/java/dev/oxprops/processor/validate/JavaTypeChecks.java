package dev.oxprops.processor.validate;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.StoredTypes;
import dev.oxprops.processor.parse.Access;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/** Whether each property's Java type (or its codec) carries its MAPI type, and can be reached from generated code. */
final class JavaTypeChecks {
    private static final String VALUE_CODEC = "dev.oxprops.runtime.codec.ValueCodec";

    private final Elements elements;
    private final Types types;
    private final Reporter reporter;
    private final Origins origins;
    /** The spec's package, where the generated classes are. */
    private final PackageElement specPackage;

    JavaTypeChecks(Elements elements, Types types, Reporter reporter, Origins origins) {
        this.elements = elements;
        this.types = types;
        this.reporter = reporter;
        this.origins = origins;
        this.specPackage = elements.getPackageOf(origins.spec());
    }

    void checkJavaType(PropertyDef p) {
        String stored = StoredTypes.className(p.type());
        if (stored == null) {
            return;
        }
        TypeMirror returned = origins.of(p).returnType();
        if (!Access.accessible(returned, specPackage)) {
            reporter.report(origins.of(p).methodSite(), Message.TYPE_ACCESS, "the type " + returned + " that " + p.accessorName() + "() returns",
                    specPackage);
            return;
        }
        if (p.codec() != null) {
            checkCodec(p, stored);
            return;
        }
        if (!carries(returned, p.type())) {
            reporter.report(origins.of(p).methodSite(), Message.JAVA_TYPE, p.accessorName(), returned, p.type(),
                    StoredTypes.describe(p.type()), returned, StoredTypes.describe(p.type()));
        }
    }

    /** Whether a method's return type can carry the MAPI type without a codec. */
    private boolean carries(TypeMirror returned, MapiType type) {
        String primitive = StoredTypes.primitive(type);
        if (primitive != null && returned.getKind().isPrimitive()
                && returned.getKind().name().toLowerCase(java.util.Locale.ROOT).equals(primitive)) {
            return true;
        }
        if (type.isMultiple()) {
            if (!(returned instanceof DeclaredType)) {
                return false;
            }
            DeclaredType dt = (DeclaredType) returned;
            TypeElement te = (TypeElement) dt.asElement();
            if (!te.getQualifiedName().contentEquals("java.util.List") || dt.getTypeArguments().size() != 1) {
                return false;
            }
            return isClass(dt.getTypeArguments().get(0), StoredTypes.elementClassName(type));
        }
        return isClass(returned, StoredTypes.className(type));
    }

    private boolean isClass(TypeMirror t, String qualified) {
        if (qualified.equals("byte[]")) {
            return t.getKind() == TypeKind.ARRAY && types.isSameType(t, types.getArrayType(types.getPrimitiveType(TypeKind.BYTE)));
        }
        if (!(t instanceof DeclaredType)) {
            return false;
        }
        TypeElement te = (TypeElement) ((DeclaredType) t).asElement();
        return te.getQualifiedName().contentEquals(qualified) && ((DeclaredType) t).getTypeArguments().isEmpty();
    }

    private void checkCodec(PropertyDef p, String stored) {
        TypeElement codec = origins.of(p).codec();
        TypeElement valueCodec = elements.getTypeElement(VALUE_CODEC);
        if (codec == null || valueCodec == null) {
            reporter.report(origins.of(p).codecSite(), Message.CODEC_NOT_CODEC, p.codec().qualifiedName());
            return;
        }
        DeclaredType asCodec = findSupertype(codec.asType(), valueCodec);
        if (asCodec == null || asCodec.getTypeArguments().size() != 2) {
            reporter.report(origins.of(p).codecSite(), Message.CODEC_NOT_CODEC, p.codec().qualifiedName());
            return;
        }
        TypeMirror j = asCodec.getTypeArguments().get(0);
        TypeMirror v = asCodec.getTypeArguments().get(1);
        TypeMirror returned = origins.of(p).returnType().getKind().isPrimitive()
                ? types.boxedClass((javax.lang.model.type.PrimitiveType) origins.of(p).returnType()).asType() : origins.of(p).returnType();
        boolean jOk = types.isSameType(types.erasure(j), types.erasure(returned));
        boolean vOk = p.type().isMultiple() ? isClass(types.erasure(v), "java.util.List") : isClass(v, stored);
        if (!jOk || !vOk) {
            reporter.report(origins.of(p).codecSite(), Message.CODEC_MISMATCH, p.codec().qualifiedName(), j, v, p.accessorName(), origins.of(p).returnType(), p.type(),
                    StoredTypes.describe(p.type()), returned, stored);
            return;
        }
        if (!Access.accessible(codec.asType(), specPackage)) {
            reporter.report(origins.of(p).codecSite(), Message.TYPE_ACCESS, "codec " + p.codec().qualifiedName(), specPackage);
        } else if (Access.instanceField(codec) == null && !Access.constructible(codec)) {
            reporter.report(origins.of(p).codecSite(), Message.CODEC_INSTANCE, p.codec().qualifiedName());
        }
    }

    private DeclaredType findSupertype(TypeMirror t, TypeElement target) {
        if (t instanceof DeclaredType && ((DeclaredType) t).asElement().equals(target)) {
            return (DeclaredType) t;
        }
        for (TypeMirror s : types.directSupertypes(t)) {
            DeclaredType found = findSupertype(s, target);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
