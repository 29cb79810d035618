package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.JavaFileObjects;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.validation.SpecValidator;
import dev.oxprops.runtime.validation.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule constants of a generated validator are named after property, rule and section; two sections that differ
 * only in punctuation give one name, and each kind of message must still get its own rule and section.
 */
class RuleNameCollisionTest {
    private static final String SOURCE = String.join("\n",
            "package clash;",
            "import dev.oxprops.annotations.*;",
            "@Spec(id = \"MS-CLASH\")",
            "public interface Clash {",
            "    @Property(canonical = \"PidTagKind\", tag = 0x6601, type = MapiType.PtypInteger32, section = \"1\")",
            "    @Discriminator",
            "    @OneOf({@Value(name = \"A\", value = \"1\"), @Value(name = \"B\", value = \"2\")})",
            "    @Presence(PresenceRule.REQUIRED)",
            "    int kind();",
            "",
            "    @Property(canonical = \"PidTagNote\", tag = 0x6602, type = MapiType.PtypString, section = \"2\")",
            "    @Presence(value = PresenceRule.REQUIRED, when = \"A\", section = \"3.1\")",
            "    @Presence(value = PresenceRule.REQUIRED, when = \"B\", section = \"3-1\")",
            "    String note();",
            "}");

    @Test
    void twoSectionsThatMeetOnOneConstantNameKeepTheirOwnRules() {
        CompiledSpecs specs = CompiledSpecs.compileClean(List.of(JavaFileObjects.forSourceString("clash.Clash", SOURCE)));
        SpecValidator validator = (SpecValidator) specs.staticField("clash.ClashValidator", "INSTANCE");
        assertEquals("3.1", missingNote(validator, 1).section());
        assertEquals("3-1", missingNote(validator, 2).section());
    }

    private static Violation missingNote(SpecValidator validator, int kind) {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        bag.put(PropertyId.tag(0x6601), MapiType.PtypInteger32, kind);
        List<Violation> violations = validator.validate(bag).violations();
        assertEquals(1, violations.size(), violations::toString);
        assertEquals("PidTagNote", violations.get(0).property());
        return violations.get(0);
    }
}
