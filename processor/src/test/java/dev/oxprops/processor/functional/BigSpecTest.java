package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.JavaFileObjects;
import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.SpecValidator;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A spec of 500 properties, written by the test: the generator splits rules and model into holder classes and
 * methods of at most a chunk each, so the class file limits are never reached (keys split later: {@code HugeSpecTest}).
 */
class BigSpecTest {
    static final int N = 500;
    static CompiledSpecs specs;

    /** p0 is the discriminator (A = 1, B = 2); odd properties are strings, even ones integers; every 7th is required;
     *  p401 mirrors p400 as hex; p450 is required for B only and must not be set on A. */
    static String source() {
        StringBuilder b = new StringBuilder();
        b.append("package big;\n\n")
                .append("import dev.oxprops.annotations.*;\n\n")
                .append("@Spec(id = \"MS-BIG\", title = \"Big\")\n")
                .append("public interface Big {\n")
                .append("    @PropertySet(name = \"PSETID_Big\", guid = \"B1600000-0000-0000-0000-000000000001\")\n")
                .append("    interface PSETID_Big {}\n\n");
        for (int i = 0; i < N; i++) {
            boolean string = i % 2 == 1;
            b.append(String.format("    @Property(canonical = \"PidLidBig%d\", set = PSETID_Big.class, lid = 0x%X, type = MapiType.%s,"
                    + " section = \"9.%d\")%n", i, 0x9000 + i, string ? "PtypString" : "PtypInteger32", i));
            if (i == 0) {
                b.append("    @Discriminator @OneOf({@Value(name = \"A\", value = \"1\"), @Value(name = \"B\", value = \"2\")})\n");
            }
            if (i == 401) {
                b.append("    @Mirror(of = \"PidLidBig400\", kind = MirrorKind.HEX)\n");
            }
            if (i == 450) {
                b.append("    @Presence(value = PresenceRule.REQUIRED, when = \"B\") @Presence(PresenceRule.MUST_NOT)\n");
            } else if (i % 7 == 0) {
                b.append("    @Presence(PresenceRule.REQUIRED)\n");
            }
            b.append("    ").append(string ? "String" : "int").append(" p").append(i).append("();\n\n");
        }
        return b.append("}\n").toString();
    }

    @BeforeAll
    static void compile() {
        specs = CompiledSpecs.compileClean(List.of(JavaFileObjects.forSourceString("big.Big", source())));
    }

    private static InMemoryPropertyBag valid(int kind) {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = specs.callStatic("big.BigAccessor", "of", bag);
        CompiledSpecs.call(a, "setP0", kind);
        for (int i = 7; i < N; i += 7) {
            if (i == 450) {
                continue;
            }
            if (i % 2 == 1) {
                CompiledSpecs.call(a, "setP" + i, "v" + i);
            } else {
                CompiledSpecs.call(a, "setP" + i, i);
            }
        }
        if (kind == 2) {
            CompiledSpecs.call(a, "setP450", 450);
        }
        return bag;
    }

    private static SpecValidator validator() {
        return (SpecValidator) specs.staticField("big.BigValidator", "INSTANCE");
    }

    @Test
    void theGeneratedClassesAreSplitIntoParts() {
        List<String> keysClasses = Arrays.stream(specs.load("big.BigKeys").getDeclaredClasses()).map(Class::getSimpleName)
                .sorted().toList();
        assertEquals(List.of("Kind", "P0Values"), keysClasses, "500 keys fit in one class initializer: no holder, only the enums of kinds and of p0's values");
        List<String> holders = Arrays.stream(specs.load("big.BigValidator").getDeclaredClasses()).map(Class::getSimpleName)
                .sorted().toList();
        assertTrue(holders.contains("PropertyRules") && holders.contains("PropertyRules2"), holders::toString);
        assertTrue(holders.stream().allMatch(n -> n.matches("(PropertyIds|PropertyRules|MirrorRules|ForbiddenProperties|RulesAcrossProperties)\\d*")),
                () -> "the rule holders are named after what they hold: " + holders);
        List<String> methods = Arrays.stream(specs.load("big.BigValidator").getDeclaredMethods()).map(java.lang.reflect.Method::getName)
                .filter(n -> !n.startsWith("lambda$")).sorted().toList();
        // p450's group is kind B; past 60 properties, a method is named after its first; kinds that check alike share one
        assertEquals(List.of("b", "bInUnknownKind", "everyKindFromP0", "everyKindFromP0InUnknownKind", "everyKindFromP120",
                "everyKindFromP180", "everyKindFromP240", "everyKindFromP300", "everyKindFromP360", "everyKindFromP420",
                "everyKindFromP420InKindB", "everyKindFromP451", "everyKindFromP480", "everyKindFromP60", "kindA", "kindAForbidden",
                "kindB", "specId", "unknownKind", "validate"), methods);
        List<String> modelParts = Arrays.stream(specs.load("big.BigModel").getDeclaredClasses()).map(Class::getSimpleName)
                .sorted().toList();
        assertEquals(List.of("PropertiesFromP0", "PropertiesFromP120", "PropertiesFromP240", "PropertiesFromP360",
                "PropertiesFromP480"), modelParts, "the property models are held in classes named after their first property");
    }

    @Test
    void everyKeyIsThereInOrder() {
        @SuppressWarnings("unchecked")
        List<PropertyKey<?>> all = (List<PropertyKey<?>>) specs.staticField("big.BigKeys", "ALL");
        assertEquals(N, all.size());
        for (int i = 0; i < N; i++) {
            assertEquals("PidLidBig" + i, all.get(i).canonicalName());
        }
        assertSame(all.get(499), specs.staticField("big.BigKeys", "P499"));
        SpecModel model = (SpecModel) specs.staticField("big.BigModel", "SPEC");
        assertEquals(N, model.properties().size());
        assertEquals("PidLidBig499", model.properties().get(499).canonicalName());
    }

    @Test
    void validMessagesOfBothKindsAreClean() {
        ValidationReport a = validator().validate(valid(1));
        assertTrue(a.isClean(), a::format);
        ValidationReport b = validator().validate(valid(2));
        assertTrue(b.isClean(), b::format);
    }

    @Test
    void aRuleInALaterPartIsEnforced() {
        InMemoryPropertyBag bag = valid(2);
        bag.remove(((PropertyKey<?>) specs.staticField("big.BigKeys", "P497")).id());
        List<Violation> vs = validator().validate(bag).violations();
        assertEquals(1, vs.size(), vs::toString);
        Toys.assertViolation(vs.get(0), "PidLidBig497", RuleKind.PRESENCE, Level.MUST, "9.497");

        InMemoryPropertyBag a = valid(1);
        Object acc = specs.callStatic("big.BigAccessor", "of", a);
        CompiledSpecs.call(acc, "setP450", 1);
        Toys.assertViolation(Toys.only(validator().validate(a)), "PidLidBig450", RuleKind.PRESENCE, Level.MUST_NOT, "9.450");
    }

    @Test
    void mirrorsWorkDeepInTheSpec() {
        InMemoryPropertyBag bag = valid(1);
        Object acc = specs.callStatic("big.BigAccessor", "of", bag);
        CompiledSpecs.call(acc, "setP400", 0x10B);
        assertEquals("10B", CompiledSpecs.call(acc, "getP401"));
        assertTrue(validator().validate(bag).isClean());
        CompiledSpecs.call(acc, "setP401", "10C");
        Toys.assertViolation(Toys.only(validator().validate(bag)), "PidLidBig401", RuleKind.MIRROR, Level.MUST, "9.401");
    }
}
