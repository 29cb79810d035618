package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertClean;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import org.junit.jupiter.api.Test;

/**
 * User text the generator used to copy raw into Javadoc or string literals (issue 12): each of these valid specs
 * made the generated sources fail to compile. Java source below is written with escapes where the text holds
 * them, so {@code \\u} in this file is a backslash and a u in the spec.
 */
class HostileTextTest {
    @Test
    void aWindowsOrUncPathInASectionOrMeaningIsNoUnicodeEscape() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidTagA\", tag = 0x1001, type = MapiType.PtypInteger32, section = \"C:\\\\users\\\\x\")",
                "    @OneOf(section = \"\\\\\\\\server\\\\u0041\", value = {",
                "        @Value(name = \"ONE\", value = \"1\", meaning = \"see C:\\\\u\\\\new\")})",
                "    int a();")));
    }

    @Test
    void aCommentEndInASectionANameOrACanonicalNameStaysInTheComment() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidNameA*/x\", set = PublicStrings.class, name = \"a*/b\", type = MapiType.PtypString,",
                "            section = \"2.1 */ @see <b> &\")",
                "    String a();")));
    }

    @Test
    void lineAndParagraphSeparatorsInFixedValuesAndMeaningsStayInTheirLiterals() {
        assertClean(compile(spec(
                "    @Property(canonical = \"PidTagA\", tag = 0x1001, type = MapiType.PtypString, section = \"1\")",
                "    @Fixed(\"a\\u2028b\\u2029c\")",
                "    String a();",
                "    @Property(canonical = \"PidTagB\", tag = 0x1002, type = MapiType.PtypString, section = \"1\u2028x\")",
                "    @OneOf({@Value(name = \"X\", value = \"x\\u0085\", meaning = \"line\\u2028break\\ud800\"),",
                "            @Value(name = \"Y\", value = \"y\", meaning = \"tab\\there\\u0000nul\")})",
                "    String b();")));
    }

    @Test
    void aLongNoteOnEveryKindOfMessageIsNoConstantTooLong() {
        String note = "n".repeat(2_800);
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            values.append(i == 0 ? "" : ", ").append("@Value(name = \"K").append(i).append("\", value = \"").append(i + 1).append("\")");
        }
        assertClean(compile(spec(
                "    @Property(canonical = \"PidTagKind\", tag = 0x1001, type = MapiType.PtypInteger32, section = \"1\")",
                "    @Discriminator",
                "    @OneOf({" + values + "})",
                "    int kind();",
                "    @Property(canonical = \"PidTagB\", tag = 0x1002, type = MapiType.PtypString, section = \"1\")",
                "    @Presence(value = PresenceRule.OPTIONAL, note = \"" + note + "\")",
                "    String b();")));
    }
}
