package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.SpecValidator;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.runtime.validation.Violation;
import java.util.List;

/**
 * The toy specs and helpers to drive their generated classes. The specs are compiled lazily, from inside the first
 * test method of each test class that needs them ({@link #reset} runs in {@code @BeforeAll}), not once per JVM in a
 * static initialiser: PIT swaps a mutated processor class into a JVM whose static initialisers have already run, and
 * it only credits a test with the code that runs inside its test methods, so a compilation made elsewhere would test
 * an earlier processor and hide which tests cover the code generators.
 */
final class Toys {
    private static CompiledSpecs specs;

    static final int ORDER = 0x00000001;
    static final int QUOTE = 0x0000010B;
    static final int RECEIPT = 0xFFFFFFFF;
    static final int[] KINDS = {ORDER, QUOTE, RECEIPT};
    static final byte[] TOKEN = {0x01, 0x02, (byte) 0xAB};

    private Toys() {}

    /** Forgets the last compilation; test classes call it from {@code @BeforeAll}. */
    static void reset() {
        specs = null;
    }

    /** The toy specs, compiled with the processor as it is now on the first call after {@link #reset}. */
    static CompiledSpecs specs() {
        if (specs == null) {
            specs = CompiledSpecs.compileClean(CompiledSpecs.toySources());
        }
        return specs;
    }

    static Object accessor(PropertyBag bag) {
        return specs().callStatic("toy.ToyAccessor", "of", bag);
    }

    static Object received(PropertyBag bag) {
        return specs().callStatic("toy.ToyReceived", "of", bag);
    }

    static Object receivedIgnoringOptional(PropertyBag bag) {
        return specs().callStatic("toy.ToyReceived", "ignoringOptional", bag);
    }

    static Object call(Object target, String method, Object... args) {
        return CompiledSpecs.call(target, method, args);
    }

    @SuppressWarnings("unchecked")
    static <T> PropertyKey<T> key(String constant) {
        return (PropertyKey<T>) specs().staticField("toy.ToyKeys", constant);
    }

    static SpecValidator validator() {
        return (SpecValidator) specs().staticField("toy.ToyValidator", "INSTANCE");
    }

    static SpecModel model() {
        return (SpecModel) specs().staticField("toy.ToyModel", "SPEC");
    }

    static ValidationReport validate(PropertyBag bag) {
        return validator().validate(bag);
    }

    /** A complete, valid message of the given kind, built through the generated accessor. */
    static InMemoryPropertyBag valid(int kind) {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setMessageClass", "IPM.Toy.Special");
        call(a, "setKind", kind);
        call(a, "setLocalName", "shop");
        call(a, "setVersion", (short) 2);
        call(a, "setConfigUrl", "");
        call(a, "setSenderName", "Ann");
        if (kind != RECEIPT) {
            call(a, "setToken", TOKEN.clone());
        }
        if (kind == ORDER) {
            call(a, "setCount", 3);
            call(a, "setCatalogNumber", "C-1");
        }
        return bag;
    }

    /** The only violation of a report, failing with the whole report otherwise. */
    static Violation only(ValidationReport report) {
        assertEquals(1, report.violations().size(), report::format);
        return report.violations().get(0);
    }

    static void assertViolation(Violation v, String property, RuleKind rule, Level level, String section) {
        assertEquals(List.of(property, rule, level, section), List.of(v.property(), v.rule(), v.level(), v.section()),
                v::toString);
    }

    static void assertHas(ValidationReport report, String property, RuleKind rule, Level level) {
        assertTrue(report.violations().stream().anyMatch(v -> v.property().equals(property) && v.rule() == rule
                && v.level() == level), () -> "expected " + level + " " + rule + " on " + property + " in\n" + report.format());
    }
}
