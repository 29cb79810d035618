package dev.oxprops.processor.generate;

import dev.oxprops.annotations.Receipt;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.MethodSpec;
import dev.oxprops.processor.source.ParameterizedTypeName;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.processor.source.TypeSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code ...Received}: the receive-side view of a message. Its {@code find...} methods return
 * empty for properties the spec says a receiver must ignore for the message's kind (and, when asked,
 * those it may ignore); {@code ignored()} lists what was hidden and why, so ignoring is explicit.
 */
final class ReceivedWriter {
    private ReceivedWriter() {}

    static TypeSpec write(SpecDef spec, boolean withGenerated) {
        ClassName self = Gen.received(spec);
        TypeSpec.Builder t = TypeSpec.classBuilder(self).addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("What a receiver of a {@link $T} ($L) message may use. Properties the spec says MUST be ignored\n"
                        + "upon receipt for the message's kind read as empty; with {@link #ignoringOptional} so do those that MAY be\n"
                        + "ignored. {@link #ignored()} lists every property present but hidden, with the rule that hides it.\n",
                        spec.type(), Text.javadoc(spec.id()));
        Gen.addGenerated(t, withGenerated);
        addFixedMembers(t, spec);
        Map<PropertyDef, CodeBlock> models = ModelWriter.propertyRefs(spec);
        for (PropertyDef p : spec.properties()) {
            t.addMethod(finder(spec, p, models.get(p)));
        }
        return t.build();
    }

    /** {@code findX()}: empty when the view hides the property (only properties some kind lets a receiver ignore). */
    private static MethodSpec finder(SpecDef spec, PropertyDef p, CodeBlock model) {
        ClassName keys = Gen.keys(spec);
        TypeName api = p.returnType().box();
        MethodSpec.Builder find = MethodSpec.methodBuilder("find" + Names.capitalized(p.accessorName())).addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Gen.OPTIONAL, api))
                .addJavadoc("Returns {@code $L}, or empty when it is not set or a receiver of this kind of message ignores it.\n",
                        Text.javadoc(p.canonical()));
        boolean ignorable = ignorable(spec, p);
        if (p.codec() == null) {
            if (ignorable) {
                find.addStatement("return hidden($L) ? $T.<$T>empty() : $T.$N.find(bag)", model, Gen.OPTIONAL, api,
                        keys, Gen.constant(p));
            } else {
                find.addStatement("return $T.$N.find(bag)", keys, Gen.constant(p));
            }
        } else {
            if (ignorable) {
                find.beginControlFlow("if (hidden($L))", model).addStatement("return $T.empty()", Gen.OPTIONAL)
                        .endControlFlow();
            }
            find.addStatement("$T stored = $T.$N.read(bag)", Gen.stored(p.type()), keys, Gen.constant(p))
                    .addStatement("return stored == null ? $T.empty() : $T.of($T.decode($T.$N, $L, stored))", Gen.OPTIONAL,
                            Gen.OPTIONAL, Gen.SUPPORT, keys, Gen.constant(p), Gen.codecInstance(p));
        }
        return find.build();
    }

    /** The bag, the kind and what is hidden; {@code of}, {@code ignoringOptional}, {@code kindIndex}, {@code hidden}, {@code ignored}. */
    private static void addFixedMembers(TypeSpec.Builder t, SpecDef spec) {
        ClassName self = Gen.received(spec);
        ClassName keys = Gen.keys(spec);
        ClassName model = Gen.model(spec);
        t.addField(Gen.PROPERTY_BAG, "bag", Modifier.PRIVATE, Modifier.FINAL);
        ClassName kind = Gen.hasKinds(spec) ? Gen.kind(spec) : null;
        if (kind != null) {
            t.addField(kind, "kind", Modifier.PRIVATE, Modifier.FINAL);
        }
        t.addField(Gen.RECEIPT, "hiding", Modifier.PRIVATE, Modifier.FINAL);
        t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(Gen.PROPERTY_BAG, "bag")
                .addParameter(Gen.RECEIPT, "hiding")
                .addStatement("this.bag = $T.requireNonNull(bag, $S)", Gen.OBJECTS, "bag")
                .addCode(kind != null ? CodeBlock.of("this.kind = $T.kindOf(bag);\n", keys) : CodeBlock.of(""))
                .addStatement("this.hiding = hiding").build());
        t.addMethod(MethodSpec.methodBuilder("of").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addParameter(Gen.PROPERTY_BAG, "bag")
                .addJavadoc("The view a receiver has: properties it MUST ignore are hidden.\n")
                .addStatement("return new $T(bag, $T.MUST_IGNORE)", self, Gen.RECEIPT).build());
        t.addMethod(MethodSpec.methodBuilder("ignoringOptional").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(self)
                .addParameter(Gen.PROPERTY_BAG, "bag")
                .addJavadoc("The view of a receiver that also ignores what it MAY ignore (and looks it up elsewhere).\n")
                .addStatement("return new $T(bag, $T.MAY_IGNORE)", self, Gen.RECEIPT).build());
        t.addMethod(MethodSpec.methodBuilder("kindIndex").addModifiers(Modifier.PUBLIC).returns(TypeName.INT)
                .addJavadoc("The index of the message's kind among the discriminator's values, or -1 when unknown.\n")
                .addStatement(kind != null ? "return kind == null ? -1 : kind.ordinal()" : "return -1").build());
        t.addMethod(MethodSpec.methodBuilder("hidden").addModifiers(Modifier.PRIVATE).returns(TypeName.BOOLEAN)
                .addParameter(Gen.PROPERTY_MODEL, "property")
                .addStatement("$T receipt = property.applicabilityAt(kindIndex()).receipt()", Gen.RECEIPT)
                .addStatement("return receipt == $T.MUST_IGNORE || hiding == $T.MAY_IGNORE && receipt == $T.MAY_IGNORE", Gen.RECEIPT,
                        Gen.RECEIPT, Gen.RECEIPT).build());
        t.addMethod(MethodSpec.methodBuilder("ignored").addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(Gen.LIST, Gen.IGNORED_PROPERTY))
                .addJavadoc("The properties the message holds that this view hides, each with the rule that hides it.\n")
                .addStatement("$T<$T> out = new $T<>()", List.class, Gen.IGNORED_PROPERTY, ArrayList.class)
                .beginControlFlow("for ($T p : $T.SPEC.properties())", Gen.PROPERTY_MODEL, model)
                .beginControlFlow("if (hidden(p) && bag.contains(p.key().id()))")
                .addStatement("$T a = p.applicabilityAt(kindIndex())", Gen.APPLICABILITY)
                .addStatement("out.add(new $T(p.canonicalName(), p.key().id(), a.receipt(), a.section(), a.note()))",
                        Gen.IGNORED_PROPERTY)
                .endControlFlow().endControlFlow().addStatement("return $T.copyOf(out)", Gen.LIST).build());
    }

    /** Whether a receiver may or must ignore {@code p} for some kind of message (else its view never hides it). */
    private static boolean ignorable(SpecDef spec, PropertyDef p) {
        if (Matrix.otherwise(spec, p).receipt() != Receipt.USE) {
            return true;
        }
        for (Matrix.Cell c : Matrix.cells(spec, p)) {
            if (c.receipt() != Receipt.USE) {
                return true;
            }
        }
        return false;
    }
}
