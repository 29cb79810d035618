package dev.oxprops.processor.model;

import static dev.oxprops.processor.model.Models.property;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.oxprops.annotations.MapiType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What a value of an {@code @Condition} stands for: a value name, a discriminator group, or a literal of
 * the property's type; the generated validator compares the property's value with these literals.
 */
class ConditionValuesTest {
    private static final PropertyDef KIND = property("PidLidKind", MapiType.PtypInteger32).lid(Models.PSETID_TEST, 0x8001)
            .discriminator().oneOf("ORDER", "0x1", "QUOTE", "0x10B", "RECEIPT", "0xFFFFFFFF")
            .group("FOLLOW_UPS", "RECEIPT", "QUOTE").group("NOTHING").build();
    private static final PropertyDef COLOR = property("PidLidColor", MapiType.PtypString).lid(Models.PSETID_TEST, 0x8002)
            .oneOf("RED", "red", "BLUE", "blue").build();
    private static final PropertyDef WORDS = property("PidLidWords", MapiType.PtypMultipleString)
            .lid(Models.PSETID_TEST, 0x8003).build();
    private static final SpecDef SPEC = Models.spec(KIND, COLOR, WORDS);

    @Test
    void aValueNameStandsForItsValue() {
        assertEquals(List.of("0x10B"), Matrix.resolveConditionValue(SPEC, KIND, "QUOTE"));
        assertEquals(List.of("blue"), Matrix.resolveConditionValue(SPEC, COLOR, "BLUE"));
    }

    @Test
    void aGroupStandsForTheValuesOfItsMembersInDeclarationOrder() {
        assertEquals(List.of("0x10B", "0xFFFFFFFF"), Matrix.resolveConditionValue(SPEC, KIND, "FOLLOW_UPS"));
        assertEquals(List.of(), Matrix.resolveConditionValue(SPEC, KIND, "NOTHING"));
    }

    @Test
    void aLiteralOfTheTypeStandsForItself() {
        assertEquals(List.of("42"), Matrix.resolveConditionValue(SPEC, KIND, "42"));
        assertEquals(List.of("green"), Matrix.resolveConditionValue(SPEC, COLOR, "green"));
    }

    @Test
    void anythingElseStandsForNothing() {
        assertNull(Matrix.resolveConditionValue(SPEC, KIND, "INVOICE"));
        assertNull(Matrix.resolveConditionValue(SPEC, WORDS, "a"), "multi-valued properties have no literals");
    }

    @Test
    void groupsBelongToTheDiscriminatorOnly() {
        PropertyDef other = property("PidLidOther", MapiType.PtypString).lid(Models.PSETID_TEST, 0x8004)
                .group("FOLLOW_UPS", "RECEIPT").build();
        assertEquals(List.of("FOLLOW_UPS"), Matrix.resolveConditionValue(Models.spec(KIND, other), other, "FOLLOW_UPS"),
                "a string property reads a group name as a string literal");
    }
}
