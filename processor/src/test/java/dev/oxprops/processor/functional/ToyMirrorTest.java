package dev.oxprops.processor.functional;

import static dev.oxprops.processor.functional.Toys.ORDER;
import static dev.oxprops.processor.functional.Toys.QUOTE;
import static dev.oxprops.processor.functional.Toys.RECEIPT;
import static dev.oxprops.processor.functional.Toys.accessor;
import static dev.oxprops.processor.functional.Toys.call;
import static dev.oxprops.processor.functional.Toys.key;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.InMemoryPropertyBag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Setting a source writes its mirrors; removing removes them; the discriminator decides which are allowed. */
class ToyMirrorTest {
    @BeforeAll
    static void compileToysAgain() {
        Toys.reset();
    }


    @ParameterizedTest(name = "0x{0} -> {1}")
    @CsvSource({"0000010B, 10B", "00000000, 0", "FFFFFFFF, FFFFFFFF", "7FFFFFFF, 7FFFFFFF", "80000000, 80000000",
        "00ABCDEF, ABCDEF", "00000001, 1"})
    void anIntegerHexMirrorIsBigEndianUppercaseWithoutLeadingZeros(String source, String expected) {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        call(accessor(bag), "setFlags", Integer.parseUnsignedInt(source, 16));
        assertEquals(expected, bag.get(key("X_FLAGS").id()));
        assertEquals(MapiType.PtypString, bag.typeOf(key("X_FLAGS").id()));
        assertTrue(Toys.validate(bag).about("PidNameXToyFlags").isEmpty(), () -> Toys.validate(bag).format());
    }

    @Test
    void aBinaryHexMirrorHoldsEveryByte() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setToken", new byte[] {0x00, 0x0A, (byte) 0xFF, 0x10});
        assertEquals("000AFF10", bag.get(key("X_TOKEN").id()));
        call(a, "setToken", new byte[0]);
        assertEquals("", bag.get(key("X_TOKEN").id()));
    }

    @Test
    void theDiscriminatorHasAHexMirrorToo() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setKind", QUOTE);
        assertEquals("10B", call(a, "getXKind"));
        call(a, "setKind", RECEIPT);
        assertEquals("FFFFFFFF", call(a, "getXKind"));
    }

    @Test
    void aSameMirrorChainPropagatesToTheEnd() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setLocalName", "shop");
        assertEquals("shop", bag.get(key("REMOTE_NAME").id()));
        assertEquals("shop", bag.get(key("X_REMOTE_NAME").id()));

        call(a, "setRemoteName", "middle");
        assertEquals("shop", bag.get(key("LOCAL_NAME").id()), "a mirror never writes back to its source");
        assertEquals("middle", bag.get(key("REMOTE_NAME").id()));
        assertEquals("middle", bag.get(key("X_REMOTE_NAME").id()), "setting the middle of the chain sets its own mirror");
    }

    @Test
    void removingASourceRemovesEveryMirrorDownTheChain() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setLocalName", "shop");
        call(a, "setFlags", 7);
        call(a, "setToken", new byte[] {1});
        call(a, "setSubject", "kept");
        call(a, "removeLocalName");
        call(a, "removeFlags");
        call(a, "setToken", new Object[] {null});
        assertEquals(1, bag.size(), bag::toString);
        assertEquals("kept", bag.get(key("SUBJECT").id()));
    }

    @Test
    void removingAMirrorLeavesItsSource() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setLocalName", "shop");
        call(a, "removeRemoteName");
        assertEquals("shop", bag.get(key("LOCAL_NAME").id()));
        assertNull(bag.get(key("REMOTE_NAME").id()));
        assertNull(bag.get(key("X_REMOTE_NAME").id()), "the mirror's own mirror goes with it");
    }

    @Test
    void aMirrorIsNotWrittenWhereTheKindForbidsIt() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setKind", RECEIPT);
        call(a, "setToken", new byte[] {1, 2});
        call(a, "setLocalName", "shop");
        assertEquals(2, ((byte[]) bag.get(key("TOKEN").id())).length, "the property itself is written as asked");
        assertNull(bag.get(key("X_TOKEN").id()), "X-Toy-Token MUST NOT be set on a receipt");
        assertNull(bag.get(key("REMOTE_NAME").id()), "PidLidToyRemoteName SHOULD NOT be set on a receipt");
        assertNull(bag.get(key("X_REMOTE_NAME").id()), "X-Toy-Remote-Name MUST NOT be set on a receipt");
    }

    @Test
    void changingTheKindRemovesDerivedMirrorsItForbids() {
        InMemoryPropertyBag bag = Toys.valid(QUOTE);
        Object a = accessor(bag);
        call(a, "setKind", RECEIPT);
        assertNull(bag.get(key("X_TOKEN").id()));
        assertNull(bag.get(key("REMOTE_NAME").id()));
        assertNull(bag.get(key("X_REMOTE_NAME").id()));
        assertEquals("FFFFFFFF", bag.get(key("X_KIND").id()));
        assertEquals("shop", bag.get(key("LOCAL_NAME").id()));
    }

    @Test
    void changingTheKindKeepsAMirrorTheUserSetToAnotherValue() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setLocalName", "shop");
        call(a, "setRemoteName", "elsewhere");
        call(a, "setKind", RECEIPT);
        assertEquals("elsewhere", bag.get(key("REMOTE_NAME").id()), "not derived, so not dropped");
        assertEquals("elsewhere", bag.get(key("X_REMOTE_NAME").id()));
    }

    @Test
    void changingTheKindWritesMirrorsItNowAllows() {
        InMemoryPropertyBag bag = Toys.valid(RECEIPT);
        Object a = accessor(bag);
        call(a, "setToken", new byte[] {(byte) 0xC0});
        assertNull(bag.get(key("X_TOKEN").id()));
        call(a, "setKind", ORDER);
        assertEquals("C0", bag.get(key("X_TOKEN").id()));
        assertEquals("shop", bag.get(key("REMOTE_NAME").id()));
        assertEquals("shop", bag.get(key("X_REMOTE_NAME").id()));
        call(a, "setCount", 1);
        call(a, "setCatalogNumber", "C-9");
        assertTrue(Toys.validate(bag).isClean(), () -> Toys.validate(bag).format());
    }

    @Test
    void changingTheKindDoesNotOverwriteAnAllowedMirrorTheUserSet() {
        InMemoryPropertyBag bag = new InMemoryPropertyBag();
        Object a = accessor(bag);
        call(a, "setFlags", 0x10);
        call(a, "setXFlags", "custom");
        call(a, "setKind", QUOTE);
        assertEquals("custom", bag.get(key("X_FLAGS").id()));
    }
}
