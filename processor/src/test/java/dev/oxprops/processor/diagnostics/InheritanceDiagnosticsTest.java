package dev.oxprops.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Properties a spec inherits from its superinterfaces: they are part of the spec, a redeclaration without
 * @Property takes the identity of the nearest declaration that has one, and identity problems are
 * reported where the identity is written. Also where @Ref problems are reported.
 */
class InheritanceDiagnosticsTest {
    @Test
    void aPropertyInheritedFromASuperinterfaceIsChecked() {
        JavaFileObject src = source("Foo",
                "interface Base {",
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0000, type = MapiType.PtypString, section = \"1\")",
                "    String subject();",
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo extends Base {}");
        assertOneError(compile(src), src, "OXP-TAG-RANGE", "tag 0x0000 is not a property id", "tag = 0x0000");
    }

    @Test
    void aSpecWhoseOnlyPropertiesAreInheritedIsNotEmpty() {
        assertClean(compile(source("Foo",
                "interface Base {",
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String subject();",
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo extends Base {}")));
    }

    @Test
    void aRedeclarationWithoutPropertyTakesTheInheritedIdentity() {
        assertClean(compile(source("Foo",
                "interface Base {",
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String subject();",
                "}",
                "",
                "interface Middle extends Base {",
                "    @Override",
                "    String subject();",
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo extends Middle {",
                "    @Override",
                "    @StartsWith(value = \"Re:\", section = \"2\")",
                "    String subject();",
                "}")));
    }

    @Test
    void aRedeclarationWithoutPropertyTakesAnInheritedRef() {
        assertClean(compile(source("Foo",
                "@Spec(id = \"MS-CATALOG\")",
                "interface Catalog {",
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String subject();",
                "}",
                "",
                "interface Base {",
                "    @Ref(in = Catalog.class)",
                "    String subject();",
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo extends Base {",
                "    @Override",
                "    @StartsWith(value = \"Re:\", section = \"2\")",
                "    String subject();",
                "}")));
    }

    @Test
    void anInheritedIdentityProblemIsReportedWhereTheIdentityIsWritten() {
        JavaFileObject src = source("Foo",
                "interface Base {",
                "    @Property(canonical = \"PidTagSubject\", type = MapiType.PtypString, section = \"1\",",
                "            tag = 0x0000)",
                "    String subject();",
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo extends Base {",
                "    @Override",
                "    @StartsWith(value = \"Re:\", section = \"2\")",
                "    String subject();",
                "}");
        assertOneError(compile(src), src, "OXP-TAG-RANGE", "tag 0x0000 is not a property id", "tag = 0x0000");
    }

    @Test
    void anAbstractMethodOfASuperinterfaceNeedsAPropertyToo() {
        JavaFileObject src = source("Foo",
                "interface Base {",
                "    String summary();",
                "}",
                "",
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo extends Base {",
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String subject();",
                "}");
        Compilation c = compile(src);
        assertThat(c).failed();
        assertThat(c).hadErrorContaining("[OXP-METHOD-UNDECLARED] abstract method summary() has neither @Property nor @Ref");
        assertThat(c).hadErrorCount(1);
    }

    private static final String[] CATALOG = {
        "@Spec(id = \"MS-CATALOG\")",
        "interface Catalog {",
        "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
        "    String subject();",
        "}",
        ""};

    private static JavaFileObject withCatalog(String... lines) {
        String[] all = new String[CATALOG.length + lines.length];
        System.arraycopy(CATALOG, 0, all, 0, CATALOG.length);
        System.arraycopy(lines, 0, all, CATALOG.length, lines.length);
        return source("Foo", all);
    }

    @Test
    void anUnknownRefCanonicalNameIsReportedAtTheName() {
        JavaFileObject src = withCatalog(
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Ref(in = Catalog.class,",
                "            canonical = \"PidTagSubjekt\")",
                "    String subject();",
                "}");
        assertOneError(compile(src), src, "OXP-REF-UNKNOWN", "test.Catalog declares no property PidTagSubjekt",
                "canonical = \"PidTagSubjekt\"");
    }

    @Test
    void aRefWithoutCanonicalNameAndNoMethodOfThatNameIsReportedAtTheInterface() {
        JavaFileObject src = withCatalog(
                "@Spec(id = \"MS-TEST\")",
                "public interface Foo {",
                "    @Ref(",
                "            in = Catalog.class)",
                "    String topic();",
                "}");
        assertOneError(compile(src), src, "OXP-REF-UNKNOWN", "test.Catalog declares no property for method topic()",
                "in = Catalog.class");
    }
}
