package dev.oxprops.processor.generate;

import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.ValueDef;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.FieldSpec;
import dev.oxprops.processor.source.MethodSpec;
import dev.oxprops.processor.source.ParameterizedTypeName;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.processor.source.TypeSpec;
import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The enum of a {@code @Flags} property's named bits (one constant per bit or mask, with {@code setOf(bits)} and
 * {@code bitsOf(set)}), and the accessor's {@code EnumSet} getter and setter beside the integer ones.
 */
final class FlagsEnum {
    private FlagsEnum() {}

    static TypeSpec write(PropertyDef p, ClassName self) {
        RuleDef flags = p.rule(RuleDef.Kind.FLAGS);
        TypeSpec.Builder e = TypeSpec.enumBuilder(self).addModifiers(Modifier.PUBLIC)
                .addJavadoc("The named bits of {@code $L} (section $L).\n", Text.javadoc(p.canonical()), Text.javadoc(KeysWriter.sectionOf(flags, p)));
        for (ValueDef v : flags.values()) {
            long mask = RuleCode.maskOf(p, flags, java.util.List.of(v.name()));
            e.addEnumConstant(v.name(), TypeSpec.anonymousClassBuilder("$L, $L", String.format("0x%XL", mask), Text.literal(v.meaning()))
                    .addJavadoc("$L$L\n", Text.javadoc(v.text()), v.meaning().isEmpty() ? "" : ": " + Text.javadoc(v.meaning()))
                    .build());
        }
        e.addField(long.class, "mask", Modifier.PRIVATE, Modifier.FINAL);
        e.addField(String.class, "meaning", Modifier.PRIVATE, Modifier.FINAL);
        e.addField(FieldSpec.builder(long.class, "KNOWN", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Every bit a constant names.\n").initializer("$L", String.format("0x%XL",
                        RuleCode.maskOf(p, flags, names(flags)))).build());
        e.addMethod(MethodSpec.constructorBuilder().addParameter(long.class, "mask").addParameter(String.class, "meaning")
                .addStatement("this.mask = mask").addStatement("this.meaning = meaning").build());
        e.addMethod(MethodSpec.methodBuilder("mask").addModifiers(Modifier.PUBLIC).returns(long.class)
                .addJavadoc("The bits this constant stands for.\n").addStatement("return mask").build());
        e.addMethod(MethodSpec.methodBuilder("meaning").addModifiers(Modifier.PUBLIC).returns(String.class)
                .addJavadoc("What the bits mean, as the spec says.\n").addStatement("return meaning").build());
        TypeName setType = ParameterizedTypeName.get(ClassName.get(EnumSet.class), self);
        e.addMethod(MethodSpec.methodBuilder("setOf").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(setType)
                .addParameter(long.class, "bits")
                .addJavadoc("The constants whose bits are all set in {@code bits} (bits no constant names are left out).\n")
                .addStatement("$T set = $T.noneOf($T.class)", setType, EnumSet.class, self)
                .beginControlFlow("for ($T flag : values())", self)
                .beginControlFlow("if ((bits & flag.mask) == flag.mask)").addStatement("set.add(flag)").endControlFlow()
                .endControlFlow().addStatement("return set").build());
        e.addMethod(MethodSpec.methodBuilder("bitsOf").addModifiers(Modifier.PUBLIC, Modifier.STATIC).returns(long.class)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Set.class), self), "flags")
                .addJavadoc("The bits of a set of constants.\n").addStatement("long bits = 0")
                .beginControlFlow("for ($T flag : flags)", self).addStatement("bits |= flag.mask").endControlFlow()
                .addStatement("return bits").build());
        return e.build();
    }

    private static java.util.List<String> names(RuleDef flags) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (ValueDef v : flags.values()) {
            out.add(v.name());
        }
        return out;
    }

    static void accessors(TypeSpec.Builder t, ClassName accessor, ClassName flags, PropertyDef p, String cap, String name) {
        TypeName setType = ParameterizedTypeName.get(ClassName.get(EnumSet.class), flags);
        TypeName prim = KeysWriter.enumValueType(p.type());
        t.addMethod(MethodSpec.methodBuilder("get" + cap + "Flags").addModifiers(Modifier.PUBLIC).returns(setType)
                .addJavadoc("Returns $L as its named bits (bits no constant names are left out; {@code $T.KNOWN} tells them).\n",
                        name, flags)
                .addStatement("return $T.setOf(get$L())", flags, cap).build());
        t.addMethod(MethodSpec.methodBuilder("set" + cap + "Flags").addModifiers(Modifier.PUBLIC).returns(accessor)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Set.class), flags), "flags")
                .addJavadoc("Sets $L to these bits (and the reserved bits it already holds, which no constant names);\n"
                        + "{@code null} removes it.\n", name)
                .beginControlFlow("if (flags == null)").addStatement("return remove$L()", cap).endControlFlow()
                .addStatement("long reserved = find$L().isPresent() ? find$L().get() & ~$T.KNOWN : 0", cap, cap, flags)
                .addStatement("return set$L($L)", cap, prim.equals(TypeName.LONG) ? CodeBlock.of("$T.bitsOf(flags) | reserved", flags)
                        : CodeBlock.of("($T) ($T.bitsOf(flags) | reserved)", prim, flags)).build());
    }
}
