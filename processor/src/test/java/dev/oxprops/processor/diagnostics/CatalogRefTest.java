package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The catalogue as the source of identities: @Ref(canonical) without naming the interface, and a spec's own @Property
 * checked against the catalogue (a user re-declaring PidLidLogDuration with LID 0x0707 instead of 0x8707).
 */
class CatalogRefTest {
    private static final String[] CATALOG = {
        "@Catalog({LogLids.class})",
        "interface TestCatalog {}",
        "@Spec(id = \"MS-OXPROPS/test\")",
        "interface LogLids {",
        "    @Property(canonical = \"PidLidLogDuration\", set = TestSet.class, lid = 0x8707, type = MapiType.PtypInteger32, section = \"[MS-OXPROPS]\")",
        "    int logDuration();",
        "}",
    };

    private static JavaFileObject foo(String spec, String... members) {
        String[] lines = new String[CATALOG.length + members.length + 3];
        System.arraycopy(CATALOG, 0, lines, 0, CATALOG.length);
        lines[CATALOG.length] = spec;
        lines[CATALOG.length + 1] = "public interface Foo {";
        System.arraycopy(members, 0, lines, CATALOG.length + 2, members.length);
        lines[lines.length - 1] = "}";
        return source("Foo", lines);
    }

    @Test
    void aRefByCanonicalNameFindsTheCatalogueEntryWithThisSpecsSection() {
        Compilation c = compile(foo("@Spec(id = \"MS-TEST\", catalog = TestCatalog.class)",
                "    @Ref(canonical = \"PidLidLogDuration\", section = \"2.2.1\")",
                "    int duration();"));
        assertClean(c);
        assertThat(c).generatedSourceFile("test.FooKeys").contentsAsUtf8String()
                .contains("\"PidLidLogDuration\", new PropertyId.Lid(");
        assertThat(c).generatedSourceFile("test.FooKeys").contentsAsUtf8String().contains("\"2.2.1\"");
    }

    @Test
    void aRedeclarationWithAnotherLidIsAnError() {
        JavaFileObject src = foo("@Spec(id = \"MS-TEST\", catalog = TestCatalog.class)",
                "    @Property(canonical = \"PidLidLogDuration\", set = TestSet.class, lid = 0x0707, type = MapiType.PtypInteger32, section = \"2\")",
                "    int duration();");
        assertOneError(compile(src), src, "OXP-CATALOG-DIFFERS",
                "PidLidLogDuration is declared here as LID 0x00000707 in PSETID_Test, PtypInteger32, but the catalogue TestCatalog "
                        + "has it as LID 0x00008707 in PSETID_Test, PtypInteger32", "lid = 0x0707");
    }

    @Test
    void aRedeclarationWithAnotherTypeIsAnError() {
        JavaFileObject src = foo("@Spec(id = \"MS-TEST\", catalog = TestCatalog.class)",
                "    @Property(canonical = \"PidLidLogDuration\", set = TestSet.class, lid = 0x8707, type = MapiType.PtypInteger64, section = \"2\")",
                "    long duration();");
        assertOneError(compile(src), src, "OXP-CATALOG-DIFFERS", "PtypInteger64", "type = MapiType.PtypInteger64");
    }

    @Test
    void aSpecThatKnowinglyDiffersSaysSo() {
        assertClean(compile(foo("@Spec(id = \"MS-TEST\", catalog = TestCatalog.class)",
                "    @Property(canonical = \"PidLidLogDuration\", set = TestSet.class, lid = 0x0707, type = MapiType.PtypInteger32, section = \"2\",",
                "            differsFromCatalog = true)",
                "    int duration();")));
    }

    @Test
    void withoutCatalogueNothingIsChecked() {
        assertClean(compile(foo("@Spec(id = \"MS-TEST\")",
                "    @Property(canonical = \"PidLidLogDuration\", set = TestSet.class, lid = 0x0707, type = MapiType.PtypInteger32, section = \"2\")",
                "    int duration();")));
    }

    @Test
    void aRefWithoutInNeedsACatalogue() {
        JavaFileObject src = foo("@Spec(id = \"MS-TEST\")",
                "    @Ref(canonical = \"PidLidLogDuration\")",
                "    int duration();");
        assertOneError(compile(src), src, "OXP-REF-CATALOG", "@Ref on duration() names no interface and the spec has no catalogue",
                "@Ref(canonical = \"PidLidLogDuration\")");
    }

    @Test
    void aCatalogueThatIsNotOne() {
        JavaFileObject src = foo("@Spec(id = \"MS-TEST\", catalog = LogLids.class)",
                "    @Property(canonical = \"PidLidLogDuration\", set = TestSet.class, lid = 0x8707, type = MapiType.PtypInteger32, section = \"2\")",
                "    int duration();");
        assertOneError(compile(src), src, "OXP-CATALOG", "test.LogLids is not a catalogue", "catalog = LogLids.class");
    }

    @Test
    void aNameTheCatalogueDoesNotKnow() {
        JavaFileObject src = foo("@Spec(id = \"MS-TEST\", catalog = TestCatalog.class)",
                "    @Ref(canonical = \"PidLidLogDurations\")",
                "    int duration();");
        assertOneError(compile(src), src, "OXP-REF-UNKNOWN", "the catalogue TestCatalog declares no property PidLidLogDurations",
                "canonical = \"PidLidLogDurations\"");
    }

    @Test
    void aRefInheritedFromASpecWithACatalogueUsesThatCatalogue() {
        String[] lines = new String[CATALOG.length + 9];
        System.arraycopy(CATALOG, 0, lines, 0, CATALOG.length);
        String[] rest = {
            "@Spec(id = \"MS-BASE\", catalog = TestCatalog.class)",
            "interface Base {",
            "    @Ref(canonical = \"PidLidLogDuration\", section = \"2.2.1\")",
            "    int duration();",
            "}",
            "@Spec(id = \"MS-TEST\")",
            "public interface Foo extends Base {",
            "}",
            "",
        };
        System.arraycopy(rest, 0, lines, CATALOG.length, rest.length);
        assertClean(compile(source("Foo", lines)));
    }
}
