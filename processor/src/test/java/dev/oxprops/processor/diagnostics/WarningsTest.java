package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertWarning;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Legal but suspicious: the spec compiles and the processor warns. */
class WarningsTest {
    @Test
    void propertyWithoutSection() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString)",
                "    String subject();");
        assertWarning(compile(src), src, "OXP-NO-SECTION", "property PidTagSubject has no section",
                "@Property(canonical = \"PidTagSubject\"");
    }

    @Test
    void mirrorNeverChecked() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidName\", set = TestSet.class, lid = 0x8A07, type = MapiType.PtypString, section = \"1\")",
                "    String name();",
                "    @Property(canonical = \"PidNameXName\", set = Headers.class, name = \"X-Name\", type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidLidName\")",
                "    @Presence(PresenceRule.MUST_NOT)",
                "    String xName();");
        assertWarning(compile(src), src, "OXP-MIRROR-UNCHECKED", "the mirror PidNameXName of PidLidName is never checked",
                "@Mirror(of = \"PidLidName\")");
    }

    @Test
    void canonicalPrefixDoesNotMatchTheIdentity() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\")",
                "    String subject();");
        assertWarning(compile(src), src, "OXP-CANONICAL-PREFIX",
                "canonical name PidLidSubject does not start with PidTag, as MS-OXPROPS names of tag properties do", "PidLidSubject");
    }

    @Test
    void addressBookOnALowTag() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"1\",",
                "            addressBook = true)",
                "    String subject();");
        assertWarning(compile(src), src, "OXP-TAG-AB", "addressBook = true is only meaningful for tags in 0x8000-0xFFFE",
                "addressBook = true)");
    }

    @Test
    void specWithoutProperties() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-EMPTY\")",
                "public interface Foo {",
                "}");
        assertWarning(compile(src), src, "OXP-SPEC-EMPTY", "spec MS-EMPTY declares no properties", "@Spec(id = \"MS-EMPTY\")");
    }
}
