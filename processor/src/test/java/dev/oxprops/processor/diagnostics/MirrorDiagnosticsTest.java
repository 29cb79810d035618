package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** @Mirror: sources that do not exist, cycles, and types that cannot mirror each other. */
class MirrorDiagnosticsTest {
    private static final String FLAVOR =
            "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"2.2.2.5\")";
    private static final String X_FLAVOR =
            "    @Property(canonical = \"PidNameXSharingFlavor\", set = Headers.class, name = \"X-Sharing-Flavor\", type = MapiType.PtypString, section = \"2.2.2.6\")";

    @Test
    void mirrorOfAPropertyThatDoesNotExist() {
        JavaFileObject src = spec(X_FLAVOR,
                "    @Mirror(of = \"PidLidSharingFlavour\", kind = MirrorKind.HEX)",
                "    String xSharingFlavor();");
        assertOneError(compile(src), src, "OXP-MIRROR-UNKNOWN",
                "PidNameXSharingFlavor mirrors PidLidSharingFlavour, which this spec does not declare", "PidLidSharingFlavour");
    }

    @Test
    void mirrorOfItself() {
        JavaFileObject src = spec(X_FLAVOR,
                "    @Mirror(of = \"PidNameXSharingFlavor\")",
                "    String xSharingFlavor();");
        assertOneError(compile(src), src, "OXP-MIRROR-SELF", "PidNameXSharingFlavor cannot mirror itself",
                "@Mirror(of = \"PidNameXSharingFlavor\")");
    }

    @Test
    void mirrorsInACycle() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidNameA\", set = PublicStrings.class, name = \"A\", type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidNameB\")",
                "    String a();",
                "    @Property(canonical = \"PidNameB\", set = PublicStrings.class, name = \"B\", type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidNameA\")",
                "    String b();");
        assertOneError(compile(src), src, "OXP-MIRROR-CYCLE", "mirrors form a cycle: PidNameA -> PidNameB -> PidNameA",
                "@Mirror(of = \"PidNameB\")");
    }

    @Test
    void hexMirrorThatIsNotAString() {
        JavaFileObject src = spec(FLAVOR,
                "    int flavor();",
                "    @Property(canonical = \"PidLidFlavorCopy\", set = TestSet.class, lid = 0x8A19, type = MapiType.PtypInteger32, section = \"1\")",
                "    @Mirror(of = \"PidLidSharingFlavor\", kind = MirrorKind.HEX)",
                "    int flavorCopy();");
        assertOneError(compile(src), src, "OXP-MIRROR-HEX-TARGET",
                "PidLidFlavorCopy is PtypInteger32, but a HEX mirror holds a hexadecimal string", "kind = MirrorKind.HEX");
    }

    @Test
    void hexMirrorOfAString() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidName\", set = TestSet.class, lid = 0x8A07, type = MapiType.PtypString, section = \"1\")",
                "    String name();",
                "    @Property(canonical = \"PidNameXName\", set = Headers.class, name = \"X-Name\", type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidLidName\", kind = MirrorKind.HEX)",
                "    String xName();");
        assertOneError(compile(src), src, "OXP-MIRROR-HEX-SOURCE",
                "PidNameXName mirrors PidLidName as HEX, but PidLidName is PtypString", "kind = MirrorKind.HEX");
    }

    @Test
    void sameMirrorAcrossTypeFamilies() {
        JavaFileObject src = spec(FLAVOR,
                "    int flavor();",
                X_FLAVOR,
                "    @Mirror(of = \"PidLidSharingFlavor\")",
                "    String xSharingFlavor();");
        assertOneError(compile(src), src, "OXP-MIRROR-SAME-TYPES",
                "PidNameXSharingFlavor (PtypString) cannot hold the same value as PidLidSharingFlavor (PtypInteger32)",
                "@Mirror(of = \"PidLidSharingFlavor\")");
    }

    @Test
    void mirrorChainsCompile() {
        Specs.assertClean(compile(spec(
                "    @Property(canonical = \"PidLidLocalType\", set = TestSet.class, lid = 0x8A0D, type = MapiType.PtypString, section = \"1\")",
                "    String localType();",
                "    @Property(canonical = \"PidLidRemoteType\", set = TestSet.class, lid = 0x8A1D, type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidLidLocalType\")",
                "    String remoteType();",
                "    @Property(canonical = \"PidNameXRemoteType\", set = Headers.class, name = \"X-Remote-Type\", type = MapiType.PtypString, section = \"1\")",
                "    @Mirror(of = \"PidLidRemoteType\")",
                "    String xRemoteType();")));
    }
}
