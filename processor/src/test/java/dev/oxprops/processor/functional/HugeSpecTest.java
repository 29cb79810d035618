package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.google.testing.compile.JavaFileObjects;
import dev.oxprops.runtime.PropertyKey;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A spec of 1,800 properties: more keys than one class initializer can build (about 1,750 of 32 bytes of code each in
 * 56,000), so the keys class builds them in holder classes named after their first key, and its public fields read
 * them in declaration order.
 */
class HugeSpecTest {
    static final int N = 1800;
    static CompiledSpecs specs;

    static String source() {
        StringBuilder b = new StringBuilder("package huge;\n\nimport dev.oxprops.annotations.*;\n\n")
                .append("@Spec(id = \"MS-HUGE\", title = \"Huge\")\npublic interface Huge {\n")
                .append("    @PropertySet(name = \"PSETID_Huge\", guid = \"B1600000-0000-0000-0000-000000000002\")\n")
                .append("    interface PSETID_Huge {}\n\n");
        for (int i = 0; i < N; i++) {
            b.append("    @Property(canonical = \"PidLidHuge").append(i).append("\", set = PSETID_Huge.class, lid = 0x")
                    .append(Integer.toHexString(0x9000 + i)).append(", type = MapiType.PtypString, section = \"9.")
                    .append(i).append("\")\n    String p").append(i).append("();\n\n");
        }
        return b.append("}\n").toString();
    }

    @BeforeAll
    static void compile() {
        specs = CompiledSpecs.compileClean(List.of(JavaFileObjects.forSourceString("huge.Huge", source())));
    }

    @Test
    void theKeysAreBuiltInHoldersNamedAfterTheirFirstKey() {
        List<String> holders = Arrays.stream(specs.load("huge.HugeKeys").getDeclaredClasses()).map(Class::getSimpleName)
                .sorted().toList();
        assertEquals(List.of("KeysFromP0", "KeysFromP1750"), holders);
    }

    @Test
    void everyKeyIsThereInOrder() {
        @SuppressWarnings("unchecked")
        List<PropertyKey<?>> all = (List<PropertyKey<?>>) specs.staticField("huge.HugeKeys", "ALL");
        assertEquals(N, all.size());
        for (int i = 0; i < N; i++) {
            assertEquals("PidLidHuge" + i, all.get(i).canonicalName());
        }
        assertSame(all.get(1749), specs.staticField("huge.HugeKeys", "P1749"));
        assertSame(all.get(1750), specs.staticField("huge.HugeKeys", "P1750"));
        assertSame(all.get(N - 1), specs.staticField("huge.HugeKeys", "P" + (N - 1)));
    }
}
