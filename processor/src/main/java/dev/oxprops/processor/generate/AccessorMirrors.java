package dev.oxprops.processor.generate;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.FieldSpec;
import dev.oxprops.processor.source.MethodSpec;
import dev.oxprops.processor.source.ParameterizedTypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The mirror part of the accessor: which properties mirror which, which kinds of message forbid a mirror
 * ({@code FORBIDDEN_...} sets), the {@code propagate...} methods that write the mirrors of a source, and
 * {@code syncMirrors}, which brings them in line when the kind of message changes.
 */
final class AccessorMirrors {
    private final SpecDef spec;
    private final ClassName keys;
    /** The kinds enum, or null when the spec has no kinds of message. */
    private final ClassName kind;
    /** The properties that mirror a property, by its canonical name. */
    private final Map<String, List<PropertyDef>> children = new LinkedHashMap<>();

    AccessorMirrors(SpecDef spec, ClassName kind) {
        this.spec = spec;
        this.keys = Gen.keys(spec);
        this.kind = kind;
        for (PropertyDef p : spec.properties()) {
            if (p.mirror() != null) {
                children.computeIfAbsent(p.mirror().source(), k -> new ArrayList<>()).add(p);
            }
        }
    }

    /** Whether some property mirrors {@code p}. */
    boolean hasMirrors(PropertyDef p) {
        return children.containsKey(p.canonical());
    }

    /** Every property derived from {@code p}, breadth first. */
    List<PropertyDef> descendants(PropertyDef p) {
        List<PropertyDef> out = new ArrayList<>();
        List<PropertyDef> queue = new ArrayList<>(children.getOrDefault(p.canonical(), List.of()));
        while (!queue.isEmpty()) {
            PropertyDef d = queue.remove(0);
            if (!out.contains(d)) {
                out.add(d);
                queue.addAll(children.getOrDefault(d.canonical(), List.of()));
            }
        }
        return out;
    }

    /** Whether some kind of message forbids {@code p}. */
    boolean forbiddenSomewhere(PropertyDef p) {
        if (kind == null) {
            return false;
        }
        for (Matrix.Cell c : Matrix.cells(spec, p)) {
            if (c.rule().forbids()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the kind of message can forbid any mirror derived from {@code p}. */
    boolean anyForbidden(PropertyDef p) {
        for (PropertyDef d : descendants(p)) {
            if (forbiddenSomewhere(d)) {
                return true;
            }
        }
        return false;
    }

    /** The sources (not themselves mirrors) some of whose mirrors are forbidden for some kind. */
    List<PropertyDef> varyingRoots() {
        List<PropertyDef> roots = new ArrayList<>();
        for (PropertyDef p : spec.properties()) {
            if (p.mirror() == null && hasMirrors(p) && anyForbidden(p)) {
                roots.add(p);
            }
        }
        return roots;
    }

    /** {@code FORBIDDEN_X}: the kinds of message on which the mirror {@code p} must not or should not be set. */
    FieldSpec forbiddenSet(PropertyDef p) {
        CodeBlock.Builder init = CodeBlock.builder().add("$T.of(", java.util.EnumSet.class);
        List<String> kinds = Matrix.valueNames(spec);
        List<Matrix.Cell> cells = Matrix.cells(spec, p);
        boolean first = true;
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).rule().forbids()) {
                init.add(first ? "$T.$N" : ", $T.$N", kind, kinds.get(i));
                first = false;
            }
        }
        return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(java.util.EnumSet.class), kind), "FORBIDDEN_" + Gen.constant(p),
                Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The kinds of message on which {@code $L} must not or should not be set.\n", Text.javadoc(p.canonical()))
                .initializer(init.add(")").build()).build();
    }

    /**
     * {@code syncMirrors(before, after)}: for each source some of whose mirrors a kind forbids, when the presence of
     * one differs between the two kinds, the mirrors are written again (or removed) from the source's value.
     */
    MethodSpec syncMirrors(List<PropertyDef> roots) {
        MethodSpec.Builder sync = MethodSpec.methodBuilder("syncMirrors").addModifiers(Modifier.PRIVATE)
                .addParameter(kind, "before").addParameter(kind, "after")
                .addJavadoc("Brings the mirrors whose presence differs between two kinds of message in line with {@code after}.\n");
        Members locals = new Members(List.of("before", "after", "bag"));
        for (PropertyDef p : roots) {
            CodeBlock.Builder changed = CodeBlock.builder();
            boolean first = true;
            for (PropertyDef d : descendants(p)) {
                if (forbiddenSomewhere(d)) {
                    changed.add(first ? "" : "\n|| ").add("FORBIDDEN_$L.contains(before) != FORBIDDEN_$L.contains(after)",
                            Gen.constant(d), Gen.constant(d));
                    first = false;
                }
            }
            String v = locals.allocate(p.accessorName());
            sync.beginControlFlow("if ($L)", changed.build())
                    .addStatement("$T $N = $T.readOrNull($T.$N, bag)", Gen.stored(p.type()), v, Gen.SUPPORT, keys,
                            Gen.constant(p))
                    .beginControlFlow("if ($N != null)", v)
                    .addStatement("propagate$L($N, after, $T.SYNC)", Names.capitalized(p.accessorName()), v, Gen.MIRROR_UPDATE)
                    .endControlFlow().endControlFlow();
        }
        return sync.build();
    }

    /** {@code propagateX(value[, kind, update])}: writes the mirrors derived from {@code p}. */
    MethodSpec propagate(PropertyDef p) {
        boolean varying = anyForbidden(p);
        MethodSpec.Builder m = MethodSpec.methodBuilder("propagate" + Names.capitalized(p.accessorName()))
                .addJavadoc(varying ? "Writes the mirrors derived from {@code $L} ($L), unless the kind of message forbids them.\n"
                        : "Writes the mirrors derived from {@code $L} ($L).\n", Text.javadoc(p.canonical()), Text.javadoc(p.identityText()))
                .addModifiers(Modifier.PRIVATE).addParameter(Gen.stored(p.type()), "value");
        if (varying) {
            m.addParameter(kind, "kind").addParameter(Gen.MIRROR_UPDATE, "update");
        }
        Members locals = new Members(List.of("value", "kind", "update", "bag"));
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put(p.canonical(), "value");
        for (PropertyDef d : descendants(p)) {
            PropertyDef source = spec.property(d.mirror().source());
            String src = vars.get(source.canonical());
            String var = locals.allocate(d.accessorName());
            vars.put(d.canonical(), var);
            CodeBlock value = d.mirror().kind() == MirrorKind.SAME ? CodeBlock.of("$N", src) : hexOf(source.type(), src);
            m.addStatement("$T $N = $L", Gen.stored(d.type()), var, value);
            if (!varying) {
                m.addStatement("$T.$N.write(bag, $N)", keys, Gen.constant(d), var);
            } else if (forbiddenSomewhere(d)) {
                m.addStatement("$T.mirror(bag, $T.$N, $N, FORBIDDEN_$L.contains(kind), update)", Gen.SUPPORT, keys,
                        Gen.constant(d), var, Gen.constant(d));
            } else {
                m.addStatement("$T.mirror(bag, $T.$N, $N, update)", Gen.SUPPORT, keys, Gen.constant(d), var);
            }
        }
        return m.build();
    }

    private static CodeBlock hexOf(MapiType sourceType, String var) {
        switch (sourceType) {
            case PtypInteger16:
                return CodeBlock.of("$T.ofShort($N)", Gen.HEX, var);
            case PtypInteger64:
                return CodeBlock.of("$T.ofLong($N)", Gen.HEX, var);
            case PtypBinary:
                return CodeBlock.of("$T.ofBytes($N)", Gen.HEX, var);
            default:
                return CodeBlock.of("$T.ofInt($N)", Gen.HEX, var);
        }
    }
}
