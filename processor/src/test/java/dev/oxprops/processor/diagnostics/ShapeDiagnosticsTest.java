package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The spec type itself, @Spec's attributes and the shape of its methods. */
class ShapeDiagnosticsTest {
    private static final String[] ONE_PROPERTY = {
        "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
        "    String subject();"};

    @Test
    void specOnAClass() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-TEST\")",
                "public abstract class Foo {",
                "}");
        assertOneError(compile(src), src, "OXP-SPEC-KIND", "@Spec must be on an interface, not on class", "@Spec(id");
    }

    @Test
    void specOnAnEnum() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-TEST\")",
                "public enum Foo { A }");
        assertOneError(compile(src), src, "OXP-SPEC-KIND", "not on enum; declare the spec as `interface Foo`", "@Spec(id");
    }

    @Test
    void specOnAGenericInterface() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo<T> {",
                ONE_PROPERTY[0], ONE_PROPERTY[1],
                "}");
        assertOneError(compile(src), src, "OXP-SPEC-GENERIC", "spec interface Foo must not have type parameters", "@Spec(id");
    }

    @Test
    void specOnAPrivateNestedInterface() {
        JavaFileObject src = source("Foo",
                "public class Foo {",
                "    @Spec(id = \"MS-TEST\")",
                "    private interface Inner {",
                "    " + ONE_PROPERTY[0], "    " + ONE_PROPERTY[1],
                "    }",
                "}");
        assertOneError(compile(src), src, "OXP-SPEC-ACCESS", "spec interface Inner must not be private", "@Spec(id");
    }

    @Test
    void aSpecTooBigForOneClassFile() {
        StringBuilder members = new StringBuilder();
        for (int i = 1; i <= 3001; i++) {
            members.append(String.format("    @Property(canonical = \"PidTagP%d\", tag = 0x%04X, type = MapiType.PtypInteger32, "
                    + "section = \"1\") int p%d();%n", i, i, i));
        }
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-HUGE\")",
                "public interface Foo {",
                members.toString(),
                "}");
        assertOneError(compile(src), src, "OXP-SPEC-SIZE", "spec MS-HUGE declares 3001 properties, more than the 3000",
                "@Spec(id");
    }

    @Test
    void emptySpecId() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \" \")",
                "public interface Foo {",
                ONE_PROPERTY[0], ONE_PROPERTY[1],
                "}");
        assertOneError(compile(src), src, "OXP-SPEC-ID", "@Spec id must not be empty", "@Spec(id = \" \")");
    }

    @Test
    void generatedNameThatIsNoIdentifier() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-TEST\",",
                "        generatedName = \"My-Message\")",
                "public interface Foo {",
                ONE_PROPERTY[0], ONE_PROPERTY[1],
                "}");
        assertOneError(compile(src), src, "OXP-SPEC-NAME", "generatedName \"My-Message\" is not a Java identifier",
                "generatedName = \"My-Message\"");
    }

    @Test
    void messageClassPrefixWithoutMessageClass() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-TEST\",",
                "        messageClassIsPrefix = true)",
                "public interface Foo {",
                ONE_PROPERTY[0], ONE_PROPERTY[1],
                "}");
        assertOneError(compile(src), src, "OXP-SPEC-MSGCLASS", "messageClassIsPrefix = true needs a messageClass",
                "messageClassIsPrefix = true");
    }

    @Test
    void methodWithParameters() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String subject(int index);");
        assertOneError(compile(src), src, "OXP-METHOD-PARAMS", "property method subject() must have no parameters",
                "String subject(int index);");
    }

    @Test
    void genericMethod() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    <T> String subject();");
        assertOneError(compile(src), src, "OXP-METHOD-GENERIC", "property method subject must not have type parameters",
                "<T> String subject();");
    }

    @Test
    void voidMethod() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    void subject();");
        assertOneError(compile(src), src, "OXP-METHOD-VOID", "property method subject() must not return void",
                "void subject();");
    }

    @Test
    void abstractMethodWithoutPropertyOrRef() {
        JavaFileObject src = spec(
                ONE_PROPERTY[0], ONE_PROPERTY[1],
                "    String summary();");
        assertOneError(compile(src), src, "OXP-METHOD-UNDECLARED", "abstract method summary() has neither @Property nor @Ref",
                "String summary();");
    }

    @Test
    void defaultMethodIsTheAuthorsOwn() {
        Specs.assertClean(compile(spec(
                ONE_PROPERTY[0], ONE_PROPERTY[1],
                "    default String summary() { return subject(); }")));
    }

    @Test
    void methodNameReservedForGeneratedMembers() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagBag\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String bag();");
        assertOneError(compile(src), src, "OXP-METHOD-RESERVED", "property method name bag clashes with a generated member",
                "String bag();");
    }

    @Test
    void methodNamesWhoseKeyConstantClashesWithAGeneratedConstant() {
        // all() would be the key ALL, the list of every key; setPsetidTest() the GUID constant SET_PSETID_TEST
        JavaFileObject all = spec(
                "    @Property(canonical = \"PidTagAll\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String all();");
        assertOneError(compile(all), all, "OXP-METHOD-RESERVED", "property method name all clashes with a generated member",
                "String all();");
        JavaFileObject set = spec(
                "    @Property(canonical = \"PidLidSet\", set = TestSet.class, lid = 0x8001, type = MapiType.PtypString, section = \"1\")",
                "    String setPsetidTest();");
        assertOneError(compile(set), set, "OXP-METHOD-RESERVED", "property method name setPsetidTest clashes",
                "String setPsetidTest();");
    }

    @Test
    void propertyAndRefOnOneMethod() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-BASE\")",
                "interface Base {",
                ONE_PROPERTY[0], ONE_PROPERTY[1],
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Property(canonical = \"PidTagTopic\", tag = 0x0E1D, type = MapiType.PtypString, section = \"1\")",
                "    @Ref(in = Base.class, canonical = \"PidTagSubject\")",
                "    String topic();",
                "}");
        assertOneError(compile(src), src, "OXP-PROP-REF", "topic() has both @Property and @Ref", "@Ref(in = Base.class");
    }

    @Test
    void refToAnUnknownCanonicalName() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-BASE\")",
                "interface Base {",
                ONE_PROPERTY[0], ONE_PROPERTY[1],
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Ref(in = Base.class, canonical = \"PidTagSubjekt\")",
                "    String subject();",
                "}");
        assertOneError(compile(src), src, "OXP-REF-UNKNOWN", "test.Base declares no property PidTagSubjekt",
                "canonical = \"PidTagSubjekt\"");
    }

    @Test
    void refWithoutCanonicalFindsTheMethodOfTheSameName() {
        Specs.assertClean(compile(source("Foo",
                "@Spec(id = \"MS-BASE\")",
                "interface Base {",
                ONE_PROPERTY[0], ONE_PROPERTY[1],
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Ref(in = Base.class)",
                "    String subject();",
                "}")));
    }

    @Test
    void javaTypeThatCannotCarryTheMapiType() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"1\")",
                "    String flavor();");
        assertOneError(compile(src), src, "OXP-JAVA-TYPE",
                "flavor() returns java.lang.String, which cannot carry PtypInteger32; return int or Integer", "String flavor();");
    }

    @Test
    void multiValuedTypeNeedsAList() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidNameKeywords\", set = PublicStrings.class, name = \"Keywords\", type = MapiType.PtypMultipleString, section = \"1\")",
                "    String[] keywords();");
        assertOneError(compile(src), src, "OXP-JAVA-TYPE", "cannot carry PtypMultipleString; return List<String>",
                "String[] keywords();");
    }
}
