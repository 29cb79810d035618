package dev.oxprops.processor.model;

import static dev.oxprops.processor.model.Models.property;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rule that applies to a property when the kind of message is not known (no discriminator, or a
 * discriminator value the spec does not list): what the generated validator and model use for it.
 */
class MatrixTest {
    private static final PropertyDef KIND = property("PidLidKind", MapiType.PtypInteger32).lid(Models.PSETID_TEST, 0x8001)
            .discriminator().oneOf("ORDER", "1", "QUOTE", "2", "RECEIPT", "3").group("ASKS", "ORDER", "QUOTE").build();

    private static Models.Property count() {
        return property("PidLidCount", MapiType.PtypInteger32).lid(Models.PSETID_TEST, 0x8002).section("2.1");
    }

    @Test
    void withoutDiscriminatorTheDefaultPresenceApplies() {
        PropertyDef p = count().presence(PresenceRule.REQUIRED, Receipt.MAY_IGNORE, "2.5", "always").build();
        assertEquals(new Matrix.Cell(PresenceRule.REQUIRED, Receipt.MAY_IGNORE, "2.5", "always"),
                Matrix.otherwise(Models.spec(p), p));
    }

    @Test
    void withoutAnyPresenceAPropertyIsOptional() {
        PropertyDef p = count().build();
        assertEquals(new Matrix.Cell(PresenceRule.OPTIONAL, Receipt.USE, "2.1", ""), Matrix.otherwise(Models.spec(p), p));
        assertEquals(new Matrix.Cell(PresenceRule.OPTIONAL, Receipt.USE, "2.1", ""), Matrix.otherwise(Models.spec(KIND, p), p));
    }

    @Test
    void aDiscriminatorWithoutValuesLeavesTheDefaultPresence() {
        PropertyDef kind = property("PidLidKind", MapiType.PtypInteger32).lid(Models.PSETID_TEST, 0x8001).discriminator().build();
        PropertyDef p = count().presence(PresenceRule.RECOMMENDED, Receipt.USE, "", "").build();
        assertEquals(new Matrix.Cell(PresenceRule.RECOMMENDED, Receipt.USE, "2.1", ""), Matrix.otherwise(Models.spec(kind, p), p));
    }

    @Test
    void whenEveryKindAgreesItsRuleApplies() {
        // named for each value, no default: the unknown kind still gets the rule all of them share
        PropertyDef p = count().presence(PresenceRule.REQUIRED, Receipt.MUST_IGNORE, "3.1", "named", "ASKS")
                .presence(PresenceRule.REQUIRED, Receipt.MUST_IGNORE, "3.2", "receipts", "RECEIPT").build();
        assertEquals(new Matrix.Cell(PresenceRule.REQUIRED, Receipt.MUST_IGNORE, "3.1", "named"),
                Matrix.otherwise(Models.spec(KIND, p), p));
    }

    @Test
    void whenTheKindsDisagreeThePropertyIsOptional() {
        PropertyDef p = count().presence(PresenceRule.REQUIRED, Receipt.MUST_IGNORE, "3.1", "orders", "ORDER")
                .presence(PresenceRule.MUST_NOT, Receipt.MUST_IGNORE, "3.2", "the rest").build();
        assertEquals(new Matrix.Cell(PresenceRule.OPTIONAL, Receipt.MUST_IGNORE, "2.1", ""),
                Matrix.otherwise(Models.spec(KIND, p), p));
    }

    @Test
    void whenOnlyTheReceiptsDisagreeTheRuleStaysAndTheValueIsUsed() {
        PropertyDef p = count().presence(PresenceRule.RECOMMENDED, Receipt.MAY_IGNORE, "3.1", "orders", "ORDER")
                .presence(PresenceRule.RECOMMENDED, Receipt.MUST_IGNORE, "3.2", "the rest").build();
        assertEquals(new Matrix.Cell(PresenceRule.RECOMMENDED, Receipt.USE, "3.1", "orders"),
                Matrix.otherwise(Models.spec(KIND, p), p));
    }

    @Test
    void aRuleDifferingOnlyForTheLastKindStillMakesThemDisagree() {
        PropertyDef p = count().presence(PresenceRule.SHOULD_NOT, Receipt.USE, "", "", "RECEIPT")
                .presence(PresenceRule.REQUIRED, Receipt.USE, "", "").build();
        assertEquals(PresenceRule.OPTIONAL, Matrix.otherwise(Models.spec(KIND, p), p).rule());
        assertEquals(List.of(PresenceRule.REQUIRED, PresenceRule.REQUIRED, PresenceRule.SHOULD_NOT),
                Matrix.cells(Models.spec(KIND, p), p).stream().map(Matrix.Cell::rule).toList());
    }
}
