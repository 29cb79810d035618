package dev.oxprops.processor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * The source writer on one construct at a time: the expected text written out, and the same file rendered by JavaPoet
 * 0.22 (the oracle, {@link Poet}) must agree.
 */
class SourceWriterTest {
    private static final ClassName LIST = ClassName.get("java.util", "List");
    private static final ClassName MAP = ClassName.get("java.util", "Map");
    private static final ClassName OTHER_LIST = ClassName.get("org.example", "List");

    /** Renders {@code type} in package {@code p}, checks JavaPoet agrees, returns the text. */
    private static String render(String p, TypeSpec type) {
        JavaFile f = JavaFile.builder(p, type).skipJavaLangImports(true).indent("    ").build();
        String ours = f.toString();
        assertEquals(Poet.render(f), ours);
        return ours;
    }

    private static String body(String text) {
        return text.substring(text.indexOf('{') + 2, text.lastIndexOf('}'));
    }

    @Test
    void theFirstClassOfASimpleNameIsImportedTheOthersAreQualified() {
        TypeSpec t = TypeSpec.classBuilder("A").addMethod(MethodSpec.methodBuilder("m")
                .addStatement("$T a = null", ParameterizedTypeName.get(LIST, ClassName.get(String.class)))
                .addStatement("$T b = null", OTHER_LIST).build()).build();
        assertEquals("package p;\n\nimport java.util.List;\n\nclass A {\n    void m() {\n        List<String> a = null;\n"
                + "        org.example.List b = null;\n    }\n}\n", render("p", t));
    }

    @Test
    void importsAreSortedAndJavaLangIsNotImported() {
        TypeSpec t = TypeSpec.classBuilder("A").addField(MAP, "m").addField(LIST, "l")
                .addField(ClassName.get("a.b", "Z"), "z").addField(ClassName.get(Integer.class), "i").build();
        assertEquals("package p;\n\nimport a.b.Z;\nimport java.util.List;\nimport java.util.Map;\n\nclass A {\n"
                + "    Map m;\n\n    List l;\n\n    Z z;\n\n    Integer i;\n}\n", render("p", t));
    }

    @Test
    void aClassOfTheSamePackageWinsOverAnImportOfTheSameSimpleName() {
        TypeSpec t = TypeSpec.classBuilder("A").addField(LIST, "a").addField(ClassName.get("p", "List"), "b").build();
        assertEquals("package p;\n\nclass A {\n    java.util.List a;\n\n    List b;\n}\n", render("p", t));
    }

    @Test
    void alwaysQualifiedNamesAreNeverImported() {
        TypeSpec t = TypeSpec.classBuilder("A").alwaysQualify("String", "List").addField(String.class, "s")
                .addField(LIST, "l").build();
        assertEquals("package p;\n\nclass A {\n    java.lang.String s;\n\n    java.util.List l;\n}\n", render("p", t));
    }

    @Test
    void nestedTypesHideImportsAndAreNamedBySimpleName() {
        ClassName inner = ClassName.get("p", "A").nestedClass("List");
        TypeSpec nested = TypeSpec.classBuilder("List").addModifiers(Modifier.STATIC).addField(LIST, "outer").build();
        TypeSpec t = TypeSpec.classBuilder("A").addField(inner, "mine").addField(LIST, "theirs").addType(nested).build();
        String text = render("p", t);
        assertTrue(text.contains("    List mine;\n"), text);
        assertTrue(text.contains("    java.util.List theirs;\n"), text);
        assertTrue(text.contains("        java.util.List outer;\n"), text);
        assertTrue(!text.contains("import"), text);
    }

    @Test
    void aNestedClassOfAnImportedClassIsNamedFromItsTopLevelClass() {
        TypeSpec t = TypeSpec.classBuilder("A").addField(MAP.nestedClass("Entry"), "e")
                .addField(ClassName.get("p", "A").nestedClass("B"), "b").addField(ClassName.get("", "A"), "noPackage").build();
        assertEquals("package p;\n\nimport java.util.Map;\n\nclass A {\n    Map.Entry e;\n\n    A.B b;\n\n    A noPackage;\n}\n",
                render("p", t));
    }

    @Test
    void aForeignClassNamedLikeTheGeneratedTypeIsQualified() {
        TypeSpec t = TypeSpec.classBuilder("List").addField(LIST, "l").build();
        assertEquals("package p;\n\nclass List {\n    java.util.List l;\n}\n", render("p", t));
    }

    @Test
    void stringsAreEscapedAndSplitAtLineFeeds() {
        assertEquals("\"a\\\"b'c\\\\d\\t\\b\\f\\r\\u0001\\u007f\u00e9\"", Strings.literal("a\"b'c\\d\t\b\f\r\u0001\u007f\u00e9", "  "));
        assertEquals("\"a\\n\"\n    + \"b\\n\"", Strings.literal("a\nb\n", "  "));
        TypeSpec t = TypeSpec.classBuilder("A").addField(FieldSpec.builder(String.class, "S", Modifier.STATIC)
                .initializer("$S", "one\ntwo").build()).addField(FieldSpec.builder(String.class, "N").initializer("$S",
                (Object) null).build()).build();
        assertEquals("    static String S = \"one\\n\"\n            + \"two\";\n\n    String N = null;\n", body(render("p", t)));
    }

    @Test
    void wrappingSpacesBreakLinesPastColumnOneHundred() {
        String a = "a".repeat(60);
        String b = "b".repeat(60);
        MethodSpec m = MethodSpec.methodBuilder("m").addStatement("int x = $L +$W$L +$W$L", a, b, a)
                .addStatement("int y = 1 +$W2").build();
        String text = body(render("p", TypeSpec.classBuilder("A").addMethod(m).build()));
        assertEquals("    void m() {\n        int x = " + a + " +\n                " + b + " +\n                " + a
                + ";\n        int y = 1 + 2;\n    }\n", text);
    }

    @Test
    void longParameterListsWrapAfterTheParenthesisAndCommas() {
        MethodSpec.Builder m = MethodSpec.methodBuilder("m").addModifiers(Modifier.PUBLIC, Modifier.STATIC);
        for (int i = 0; i < 6; i++) {
            m.addParameter(ParameterizedTypeName.get(MAP, ClassName.get(String.class), ClassName.get(Long.class)),
                    "parameter" + i);
        }
        m.addParameter(ArrayTypeName.of(ClassName.get(String.class)), "rest");
        String text = body(render("p", TypeSpec.classBuilder("A").addMethod(m.build()).build()));
        assertTrue(text.startsWith("    public static void m(Map<String, Long> parameter0, Map<String, Long> parameter1,\n"
                + "            Map<String, Long> parameter2,"), text);
        assertTrue(text.contains("String[] rest) {\n"), text);
    }

    @Test
    void aStatementOverSeveralLinesIndentsItsContinuationTwice() {
        MethodSpec m = MethodSpec.methodBuilder("m").addStatement("call(\n$L)", 1)
                .beginControlFlow("if (true)").addStatement("return").nextControlFlow("else").endControlFlow()
                .addCode(CodeBlock.builder().add("$>x();\n$<").build()).addCode("$$;\n").build();
        assertEquals("    void m() {\n        call(\n                1);\n        if (true) {\n            return;\n"
                + "        } else {\n        }\n            x();\n        $;\n    }\n",
                body(render("p", TypeSpec.classBuilder("A").addMethod(m).build())));
    }

    @Test
    void javadocAndFileCommentsPrefixEveryLineBlankOnesToo() {
        TypeSpec t = TypeSpec.classBuilder("A").addJavadoc("One.\n\nTwo $T.\n", LIST).build();
        JavaFile f = JavaFile.builder("p", t).addFileComment("Line.\n\nOther.").build();
        String text = f.toString();
        assertEquals(Poet.render(f), text);
        assertEquals("// Line.\n//\n// Other.\npackage p;\n\nimport java.util.List;\n\n/**\n * One.\n *\n * Two List.\n */\n"
                + "class A {\n}\n", text);
    }

    @Test
    void membersPrintInJavaPoetsOrder() {
        TypeSpec t = TypeSpec.classBuilder("A").addModifiers(Modifier.ABSTRACT, Modifier.PUBLIC)
                .addSuperinterface(ClassName.get(Runnable.class)).addSuperinterface(ClassName.get("p", "B"))
                .addMethod(MethodSpec.methodBuilder("run").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).build())
                .addType(TypeSpec.classBuilder("N").build())
                .addField(FieldSpec.builder(TypeName.INT, "i", Modifier.PRIVATE).build())
                .addMethod(MethodSpec.constructorBuilder().addParameter(TypeName.INT, "i", Modifier.FINAL)
                        .addStatement("this.$N = $N", "i", "i").build())
                .addField(FieldSpec.builder(TypeName.LONG, "L", Modifier.STATIC, Modifier.PRIVATE).addJavadoc("Doc.\n")
                        .initializer("$LL", 1).build())
                .addMethod(MethodSpec.methodBuilder("abs").addModifiers(Modifier.ABSTRACT).returns(TypeName.BOOLEAN).build())
                .build();
        assertEquals("package p;\n\npublic abstract class A implements Runnable, B {\n    /**\n     * Doc.\n     */\n"
                + "    private static long L = 1L;\n\n    private int i;\n\n    A(final int i) {\n        this.i = i;\n    }\n\n"
                + "    @Override\n    public void run() {\n    }\n\n    abstract boolean abs();\n\n    class N {\n    }\n}\n",
                render("p", t));
    }

    @Test
    void enumsWithConstantsBodiesAndMembers() {
        TypeSpec plain = TypeSpec.enumBuilder("E").addModifiers(Modifier.PUBLIC).addEnumConstant("A").addEnumConstant("B")
                .build();
        assertEquals("package p;\n\npublic enum E {\n    A,\n\n    B\n}\n", render("p", plain));
        TypeSpec rich = TypeSpec.enumBuilder(ClassName.get("p", "F")).addModifiers(Modifier.STATIC)
                .addEnumConstant("A", TypeSpec.anonymousClassBuilder("$L, $S", 1, "x").build())
                .addEnumConstant("B", TypeSpec.anonymousClassBuilder("$L, $S", 2, "y")
                        .addMethod(MethodSpec.methodBuilder("m").build()).build())
                .addField(TypeName.INT, "v", Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder().addParameter(int.class, "v").addParameter(String.class, "s")
                        .addStatement("this.v = v").build())
                .build();
        TypeSpec outer = TypeSpec.classBuilder("O").addType(rich).build();
        assertEquals("    enum F {\n        A(1, \"x\"),\n\n        B(2, \"y\") {\n            void m() {\n            }\n"
                + "        };\n\n        final int v;\n\n        F(int v, String s) {\n            this.v = v;\n        }\n"
                + "    }\n", body(render("p", outer)));
    }

    @Test
    void recordsWithCompactConstructorsAndAnonymousClasses() {
        MethodSpec compact = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC)
                .addParameter(ParameterSpec.builder(ClassName.get(String.class), "name").build())
                .addParameter(ParameterSpec.builder(TypeName.BYTE, "b").build())
                .addStatement("$T.requireNonNull(name)", ClassName.get("java.util", "Objects")).build();
        TypeSpec anon = TypeSpec.anonymousClassBuilder("").addSuperinterface(ClassName.get(Runnable.class))
                .addMethod(MethodSpec.methodBuilder("run").addModifiers(Modifier.PUBLIC).build()).build();
        TypeSpec r = TypeSpec.recordBuilder("R").addModifiers(Modifier.PUBLIC).recordConstructor(compact)
                .addField(FieldSpec.builder(Runnable.class, "RUN", Modifier.STATIC).initializer("$L", anon).build())
                .build();
        assertEquals("package p;\n\nimport java.util.Objects;\n\npublic record R(String name, byte b) {\n"
                + "    static Runnable RUN = new Runnable() {\n        public void run() {\n        }\n    };\n\n"
                + "    public R {\n        Objects.requireNonNull(name);\n    }\n}\n", render("p", r));
        TypeSpec empty = TypeSpec.recordBuilder("S").build();
        assertEquals("package p;\n\nrecord S() {\n}\n", render("p", empty));
    }

    @Test
    void annotationsInlineAndOnTheirOwnLines() {
        AnnotationSpec one = AnnotationSpec.builder(ClassName.get("a", "G")).addMember("value", "$S", "x").build();
        AnnotationSpec many = AnnotationSpec.builder(ClassName.get("a", "H")).addMember("k", "$L", 1)
                .addMember("k", "$L", 2).addMember("n", "$S", "v").build();
        AnnotationSpec list = AnnotationSpec.builder(ClassName.get("a", "I")).addMember("value", "$L", 1)
                .addMember("value", "$L", 2).build();
        TypeSpec t = TypeSpec.classBuilder("A").addAnnotation(one).addAnnotation(many).addAnnotation(list)
                .addField(FieldSpec.builder(Object.class, "o").initializer("$L", many).build()).build();
        assertEquals("package p;\n\nimport a.G;\nimport a.H;\nimport a.I;\n\n@G(\"x\")\n@H(\n        k = {\n                1,\n"
                + "                2\n        },\n        n = \"v\"\n)\n@I({\n        1,\n        2\n})\nclass A {\n"
                + "    Object o = @H(k = {1, 2}, n = \"v\");\n}\n", render("p", t));
    }

    @Test
    void typesPrintTheirQualifiedFormAndCompareByIt() {
        TypeName t = ParameterizedTypeName.get(MAP, WildcardTypeName.subtypeOf(Object.class),
                WildcardTypeName.subtypeOf(ArrayTypeName.of(ArrayTypeName.of(TypeName.INT))));
        assertEquals("java.util.Map<?, ? extends int[][]>", t.toString());
        assertEquals("? super java.lang.String", WildcardTypeName.supertypeOf(ClassName.get(String.class)).toString());
        assertEquals(ClassName.get(Map.Entry.class), MAP.nestedClass("Entry"));
        assertEquals(ClassName.get(Map.Entry.class).hashCode(), MAP.nestedClass("Entry").hashCode());
        assertEquals("java.util.Map.Entry", ClassName.get(Map.Entry.class).canonicalName());
        assertEquals(List.of("Map", "Entry"), ClassName.get(Map.Entry.class).simpleNames());
        assertEquals("java.util.Map.Other", MAP.nestedClass("Entry").peerClass("Other").toString());
        assertEquals("java.util.Set", MAP.peerClass("Set").toString());
        assertEquals(MAP, MAP.nestedClass("Entry").enclosingClassName());
        assertEquals(MAP, MAP.nestedClass("Entry").topLevelClassName());
        assertEquals("Entry", ClassName.bestGuess("java.util.Map.Entry").simpleName());
        assertEquals("java.util", ClassName.bestGuess("java.util.Map.Entry").packageName());
        assertEquals("", ClassName.bestGuess("Top").packageName());
        assertThrows(IllegalArgumentException.class, () -> ClassName.bestGuess("java.util.map"));
        assertThrows(IllegalArgumentException.class, () -> ClassName.bestGuess("java"));
        assertThrows(IllegalArgumentException.class, () -> ClassName.get(int.class));
        assertTrue(!MAP.equals(TypeName.INT) && !TypeName.INT.equals(null) && !MAP.equals(ArrayTypeName.of(MAP)));
        assertEquals("", ClassName.get("", "Top").packageName());
        assertEquals("Top", ClassName.get("", "Top").canonicalName());
    }

    @Test
    void primitivesBoxAndUnbox() {
        TypeName[] prims = {TypeName.VOID, TypeName.BOOLEAN, TypeName.BYTE, TypeName.SHORT, TypeName.INT, TypeName.LONG,
            TypeName.CHAR, TypeName.FLOAT, TypeName.DOUBLE};
        Class<?>[] classes = {void.class, boolean.class, byte.class, short.class, int.class, long.class, char.class,
            float.class, double.class};
        Class<?>[] boxes = {Void.class, Boolean.class, Byte.class, Short.class, Integer.class, Long.class,
            Character.class, Float.class, Double.class};
        for (int i = 0; i < prims.length; i++) {
            assertEquals(prims[i], TypeName.get(classes[i]));
            assertEquals(ClassName.get(boxes[i]), prims[i].box());
            assertEquals(prims[i], ClassName.get(boxes[i]).unbox());
            assertEquals(prims[i], prims[i].unbox());
            assertEquals(i > 0, prims[i].isPrimitive());
        }
        assertEquals(MAP, MAP.box());
        assertTrue(!MAP.isPrimitive() && !TypeName.variable("T").isPrimitive());
        assertThrows(UnsupportedOperationException.class, MAP::unbox);
        assertEquals("byte[]", TypeName.get(byte[].class).toString());
        assertEquals("java.util.Map.Entry", TypeName.get(Map.Entry.class).toString());
        assertThrows(IllegalArgumentException.class, () -> ParameterizedTypeName.get(LIST, TypeName.INT));
        assertThrows(IllegalArgumentException.class, () -> ParameterizedTypeName.get(LIST));
    }

    @Test
    void codeBlocksParseTheirFormatOnce() {
        assertEquals("b a b", CodeBlock.of("$2L $1L $2L", "a", "b").toString());
        assertEquals("x.y(\"s\", java.util.List, n)", CodeBlock.of("x.$N($S, $T, $N)", "y", "s", LIST, "n").toString());
        assertEquals("a, b", CodeBlock.join(List.of(CodeBlock.of("a"), CodeBlock.of("b")), ", ").toString());
        assertEquals(CodeBlock.of("$L", 1), CodeBlock.of("1"));
        assertEquals(CodeBlock.of("$L", 1).hashCode(), CodeBlock.of("1").hashCode());
        assertTrue(CodeBlock.builder().build().isEmpty() && !CodeBlock.of("x").isEmpty());
        assertTrue(!CodeBlock.builder().add("x").isEmpty() && CodeBlock.builder().isEmpty());
        assertEquals("y", CodeBlock.of("y").toBuilder().build().toString());
        assertEquals("java.lang.String x", CodeBlock.of("$T x", String.class).toString());
        for (String bad : new String[] {"$", "$L", "$1L $L", "$X", "$1$", "$3L"}) {
            assertThrows(IllegalArgumentException.class, () -> CodeBlock.of(bad, "a", "b"), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("$L"));
        assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("x", "unused"));
        assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("$T", "not a type"));
        assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("$N", 1));
        assertThrows(IllegalStateException.class, () -> CodeBlock.of("$]").toString());
        assertThrows(IllegalStateException.class, () -> CodeBlock.of("$[$[").toString());
        assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("$<").toString());
    }

    @Test
    void namesOfSpecsAsNArguments() {
        FieldSpec f = FieldSpec.builder(TypeName.INT, "f").build();
        MethodSpec m = MethodSpec.methodBuilder("m").build();
        ParameterSpec p = ParameterSpec.builder(TypeName.INT, "p").build();
        assertEquals("f m p", CodeBlock.of("$N $N $N", f, m, p).toString());
        assertThrows(IllegalStateException.class, () -> FieldSpec.builder(TypeName.INT, "f").initializer("1").initializer("2"));
        assertThrows(IllegalStateException.class, () -> MethodSpec.constructorBuilder().returns(TypeName.INT));
    }

    @Test
    void linesBreakAtEveryJavaLineTerminator() {
        MethodSpec m = MethodSpec.methodBuilder("m").addCode("a();\r\nb();\rc();\u2028d();\u0085e();\n").build();
        String text = body(render("p", TypeSpec.classBuilder("A").addMethod(m).build()));
        assertEquals("    void m() {\n        a();\n        b();\n        c();\n        d();\n        e();\n    }\n", text);
    }

    @Test
    void aLineOfExactlyOneHundredColumnsDoesNotWrap() {
        String head = "        int x = ";
        String fits = "a".repeat(100 - head.length() - " + b;".length());
        MethodSpec m = MethodSpec.methodBuilder("m").addStatement("int x = $L +$Wb", fits)
                .addStatement("int y = $L +$Wbc", fits).addCode("$L$W\n", "c".repeat(100 - 8)).build();
        String text = body(render("p", TypeSpec.classBuilder("A").addMethod(m).build()));
        assertEquals("    void m() {\n" + head + fits + " + b;\n" + "        int y = " + fits + " +\n                bc;\n"
                + "        " + "c".repeat(92) + "\n                \n    }\n", text);
    }

    @Test
    void zeroWidthWrapPoints() {
        String longName = "x".repeat(70);
        MethodSpec m = MethodSpec.methodBuilder(longName).addParameter(ClassName.get("p", "B".repeat(30)), "first")
                .addCode("$Z$L;\n", "y".repeat(120)).addCode("a$W$Zb;\n").build();
        String text = body(render("p", TypeSpec.classBuilder("A").addMethod(m).build()));
        assertEquals("    void " + longName + "(\n            " + "B".repeat(30) + " first) {\n        " + "y".repeat(120)
                + ";\n        a b;\n    }\n", text);
    }

    @Test
    void aTypeNestedAfterAnotherDoesNotSeeItsNestedTypes() {
        TypeSpec b = TypeSpec.classBuilder("B").addType(TypeSpec.classBuilder("X").build()).build();
        TypeSpec c = TypeSpec.classBuilder("C").addField(ClassName.get("p", "A").nestedClass("B").nestedClass("X"), "x")
                .build();
        String text = body(render("p", TypeSpec.classBuilder("A").addType(b).addType(c).build()));
        assertTrue(text.contains("        B.X x;\n"), text);
    }

    @Test
    void aClassOfNoPackageIsNeverImported() {
        TypeSpec t = TypeSpec.classBuilder("A").addField(ClassName.get("", "Top"), "t").build();
        assertEquals("package p;\n\nclass A {\n    Top t;\n}\n", render("p", t));
    }

    @Test
    void javadocOnMethodsAndEnumConstantsAnonymousClassesWithArguments() {
        TypeSpec e = TypeSpec.enumBuilder("E").addEnumConstant("A", TypeSpec.anonymousClassBuilder("")
                .addJavadoc("The A.\n").addAnnotation(AnnotationSpec.builder(Deprecated.class).build()).build())
                .addMethod(MethodSpec.methodBuilder("m").addJavadoc("Does $L.\n", "m").returns(Object.class)
                        .addStatement(CodeBlock.of("return $L", TypeSpec.anonymousClassBuilder("$S", "x")
                                .addSuperinterface(ClassName.get(Thread.class)).build())).build())
                .build();
        assertEquals("    /**\n     * The A.\n     */\n    @Deprecated\n    A;\n\n    /**\n     * Does m.\n     */\n"
                + "    Object m() {\n        return new Thread(\"x\") {\n        };\n    }\n", body(render("p", e)));
    }

    @Test
    void buildersHandBackTheirParts() {
        TypeSpec n = TypeSpec.classBuilder(ClassName.get("p", "N")).build();
        TypeSpec r = TypeSpec.recordBuilder(ClassName.get("p", "R")).build();
        TypeSpec e = TypeSpec.enumBuilder("E").addEnumConstant("K").build();
        TypeSpec t = TypeSpec.classBuilder("A").addFields(List.of(FieldSpec.builder(TypeName.INT, "i").build()))
                .addMethods(List.of(MethodSpec.methodBuilder("m").addParameters(List.of(ParameterSpec.builder(TypeName.INT,
                        "a").build())).addStatement(CodeBlock.of("$N()", "m")).build()))
                .addTypes(List.of(n, r, e)).build();
        String text = render("p", t);
        assertEquals(text, JavaFile.builder("p", t.toBuilder().build()).skipJavaLangImports(true).indent("    ").build()
                .toString());
        assertTrue(text.contains("    enum E {\n        K\n    }\n"), text);
        assertEquals("A", t.name());
        assertEquals(List.of(), t.originatingElements());
        JavaFile f = JavaFile.builder("q", t).build();
        assertEquals("q", f.packageName());
        assertEquals(t, f.typeSpec());
        assertEquals("@java.lang.Deprecated", fieldWith(AnnotationSpec.builder(Deprecated.class).build()));
    }

    private static String fieldWith(AnnotationSpec a) {
        return CodeBlock.of("$L", a).toString();
    }

    @Test
    void controlFlowOnCodeBlocks() {
        CodeBlock d = CodeBlock.builder().beginControlFlow("if (a)").addStatement("x()").nextControlFlow("else")
                .addStatement(CodeBlock.of("y()")).endControlFlow().build();
        assertEquals("if (a) {\n  x();\n} else {\n  y();\n}\n", d.toString());
        assertEquals("$0", CodeBlock.of("$$0").toString());
        assertEquals("9876543210", CodeBlock.of("$10L$9L$8L$7L$6L$5L$4L$3L$2L$1L", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9).toString());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("x $3L", "a", "b"));
        assertEquals("index 3 for '$3L' not in range (received 2 arguments)", range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> CodeBlock.of("$0L", "a"));
        assertThrows(IllegalArgumentException.class, () -> ClassName.bestGuess("java."));
        assertTrue(MAP.hashCode() != LIST.hashCode());
        assertTrue(!CodeBlock.of("a").equals(CodeBlock.of("b")) && !CodeBlock.of("a").equals("a"));
        assertTrue(CodeBlock.of("a").hashCode() != CodeBlock.of("b").hashCode());
        TypeSpec e = TypeSpec.enumBuilder("E").addEnumConstant("K").build();
        assertEquals(render("p", e), render("p", e.toBuilder().build()));
    }

    @Test
    void aCarriageReturnAtTheEndEndsTheLine() {
        MethodSpec m = MethodSpec.methodBuilder("m").addCode("a();\r").addCode("b();\r\n").build();
        assertEquals("    void m() {\n        a();\n        b();\n    }\n",
                body(render("p", TypeSpec.classBuilder("A").addMethod(m).build())));
    }

    @Test
    void theFirstWalkOnlyCollectsNames() {
        SourceWriter names = new SourceWriter(null, "  ", Map.of(), java.util.Set.of());
        names.pushPackage("p");
        names.emit(CodeBlock.of("$T $T $T", LIST, OTHER_LIST, ClassName.get("p", "Q")));
        assertEquals(Map.of("List", LIST), names.suggestedImports());
    }
}
