package dev.oxprops.processor.functional;

import static dev.oxprops.processor.functional.Toys.specs;
import static dev.oxprops.processor.functional.Toys.assertViolation;
import static dev.oxprops.processor.functional.Toys.call;
import static dev.oxprops.processor.functional.Toys.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.Level;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.PropertyKey;
import dev.oxprops.runtime.model.IgnoredProperty;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.runtime.validation.RuleKind;
import dev.oxprops.runtime.validation.SpecValidator;
import dev.oxprops.runtime.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user's own view (no discriminator): picks properties from other interfaces with @Ref and declares its own
 * custom named properties in PS_PUBLIC_STRINGS; it gets the same accessor, validator, receive view and model.
 */
class NoDiscriminatorTest {
    @BeforeAll
    static void compileToysAgain() {
        Toys.reset();
    }

    static final UUID PUBLIC_STRINGS = UUID.fromString("00020329-0000-0000-c000-000000000046");

    private static SpecValidator validator() {
        return (SpecValidator) specs().staticField("toy.MyToyViewValidator", "INSTANCE");
    }

    private static Object accessor(InMemoryPropertyBag bag) {
        return specs().callStatic("toy.MyToyViewAccessor", "of", bag);
    }

    @Test
    void theCustomNamedPropertyLivesInPublicStringsAndComparesCaseSensitively() {
        PropertyKey<?> nick = (PropertyKey<?>) specs().staticField("toy.MyToyViewKeys", "NICKNAME");
        assertEquals(PropertyId.name(PUBLIC_STRINGS, "ToyNickname"), nick.id());
        assertNotEquals(PropertyId.name(PUBLIC_STRINGS, "toynickname"), nick.id(), "only Internet headers ignore case");
        assertEquals(PUBLIC_STRINGS, specs().staticField("toy.MyToyViewKeys", "SET_PS_PUBLIC_STRINGS"));
    }

    @Test
    void aRefPicksTheSamePropertyAsItsDeclaration() {
        PropertyKey<?> mine = (PropertyKey<?>) specs().staticField("toy.MyToyViewKeys", "LOCAL_NAME");
        PropertyKey<?> toys = Toys.key("LOCAL_NAME");
        assertEquals(toys.id(), mine.id());
        assertEquals(toys.canonicalName(), mine.canonicalName());
        assertEquals("2.7", mine.section());

        InMemoryPropertyBag bag = Toys.valid(Toys.ORDER);
        Object a = accessor(bag);
        assertEquals("shop", call(a, "getLocalName"), "the view reads a message written through the Toy accessor");
        call(a, "setNickname", "Shoppy");
        assertEquals("Shoppy", call(a, "getNickname"));
        assertTrue(Toys.validate(bag).isClean(), "a property Toy does not know does not disturb its validator");
    }

    @Test
    void theViewValidatesWithItsOwnRules() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setLocalName", "shop");
        call(a, "setNickname", "n");
        ValidationReport clean = validator().validate(bag);
        assertTrue(clean.isClean(), clean::format);
        assertEquals("APP-TOYVIEW", clean.specId());
        assertFalse(bag.contains(Toys.key("REMOTE_NAME").id()), "the view has no mirrors: Toy's mirror rules are Toy's");

        call(a, "setScore", 3);
        assertViolation(only(validator().validate(bag)), "PidNameToyScore", RuleKind.PRESENCE, Level.SHOULD_NOT, "app 2");
        call(a, "removeScore");
        call(a, "removeNickname");
        assertViolation(only(validator().validate(bag)), "PidNameToyNickname", RuleKind.PRESENCE, Level.MUST, "app 1");
        assertEquals(2, validator().validate(new InMemoryPropertyBag()).violations().size());
    }

    @Test
    void withoutDiscriminatorTheModelAndReceiveViewUseTheDefaultRules() {
        SpecModel m = (SpecModel) specs().staticField("toy.MyToyViewModel", "SPEC");
        assertEquals("", m.discriminator());
        assertEquals(List.of(), m.discriminatorValues());
        assertEquals(List.of("localName", "subject", "nickname", "score"),
                m.properties().stream().map(p -> p.accessorName()).toList());
        assertEquals(List.of(), m.properties().get(0).applicability());
        assertEquals(dev.oxprops.annotations.PresenceRule.SHOULD_NOT, m.properties().get(3).otherwise().presence());
        assertEquals("scores are private", m.properties().get(3).otherwise().note());

        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        call(accessor(bag), "setScore", 1);
        Object view = specs().callStatic("toy.MyToyViewReceived", "of", bag);
        assertEquals(-1, call(view, "kindIndex"));
        assertEquals(Optional.of(1), call(view, "findScore"));
        @SuppressWarnings("unchecked")
        List<IgnoredProperty> ignored = (List<IgnoredProperty>) call(view, "ignored");
        assertEquals(List.of(), ignored);
    }

    @Test
    void aSpecWithoutDiscriminatorHasNoDiscriminatorIndex() {
        assertFalse(CompiledSpecs.hasMethod(specs().load("toy.MyToyViewKeys"), "discriminatorIndex"));
        assertTrue(CompiledSpecs.hasMethod(specs().load("toy.ToyKeys"), "discriminatorIndex"));
    }
}
