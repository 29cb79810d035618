package dev.oxprops.processor.diagnostics;

import static dev.oxprops.processor.diagnostics.Specs.assertOneError;
import static dev.oxprops.processor.diagnostics.Specs.compile;
import static dev.oxprops.processor.diagnostics.Specs.source;
import static dev.oxprops.processor.diagnostics.Specs.spec;

import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The discriminator, its groups, @Presence, @Ignored and @Implies. */
class PresenceDiagnosticsTest {
    /** A discriminator with three values and one group, then {@code more}. */
    private static JavaFileObject withFlavor(String... more) {
        List<String> lines = new ArrayList<>(List.of(
                "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"2.2.2.5\")",
                "    @Discriminator(groups = @Group(name = \"INVITATIONS\", values = {\"INVITATION\", \"BOTH\"}))",
                "    @OneOf({",
                "        @Value(name = \"INVITATION\", value = \"0x00000310\"),",
                "        @Value(name = \"REQUEST\", value = \"0x00020500\"),",
                "        @Value(name = \"BOTH\", value = \"0x00020710\")",
                "    })",
                "    @Presence(PresenceRule.REQUIRED)",
                "    int flavor();"));
        lines.addAll(List.of(more));
        return spec(lines.toArray(new String[0]));
    }

    private static final String NAME =
            "    @Property(canonical = \"PidLidSharingInitiatorName\", set = TestSet.class, lid = 0x8A07, type = MapiType.PtypString, section = \"2.2.2.8\")";

    @Test
    void wellFormedMatrixCompiles() {
        Specs.assertClean(compile(withFlavor(NAME,
                "    @Presence(value = PresenceRule.REQUIRED, when = \"INVITATIONS\")",
                "    @Presence(value = PresenceRule.MUST_NOT, when = \"REQUEST\")",
                "    String initiatorName();")));
    }

    @Test
    void presenceWhenWithoutDiscriminator() {
        JavaFileObject src = spec(NAME,
                "    @Presence(value = PresenceRule.REQUIRED, when = \"INVITATION\")",
                "    String initiatorName();");
        assertOneError(compile(src), src, "OXP-DISC-MISSING",
                "@Presence(when = ...) on PidLidSharingInitiatorName names discriminator values, but the spec has no @Discriminator",
                "when = \"INVITATION\"");
    }

    @Test
    void discriminatorDeclaredTwice() {
        JavaFileObject src = withFlavor(
                "    @Property(canonical = \"PidLidSharingCapabilities\", set = TestSet.class, lid = 0x8A17, type = MapiType.PtypInteger32, section = \"2.2.2.1\")",
                "    @Discriminator(groups = {})",
                "    @OneOf(@Value(name = \"SPECIAL\", value = \"0x00040290\"))",
                "    int capabilities();");
        assertOneError(compile(src), src, "OXP-DISC-TWICE",
                "PidLidSharingCapabilities is marked @Discriminator but PidLidSharingFlavor already is", "@Discriminator(groups = {})");
    }

    @Test
    void discriminatorThatIsNeitherIntegerNorString() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidFlag\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypBoolean, section = \"1\")",
                "    @Discriminator",
                "    @OneOf({@Value(name = \"YES\", value = \"true\"), @Value(name = \"NO\", value = \"false\")})",
                "    boolean flag();");
        assertOneError(compile(src), src, "OXP-DISC-TYPE", "discriminator PidLidFlag is PtypBoolean", "@Discriminator");
    }

    @Test
    void discriminatorWithoutOneOf() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"1\")",
                "    @Discriminator",
                "    int flavor();");
        assertOneError(compile(src), src, "OXP-DISC-VALUES", "discriminator PidLidSharingFlavor needs @OneOf listing its values",
                "@Discriminator");
    }

    @Test
    void presenceNamingAnUndeclaredValue() {
        JavaFileObject src = withFlavor(NAME,
                "    @Presence(value = PresenceRule.REQUIRED, when = \"INVITATIONZ\")",
                "    String initiatorName();");
        assertOneError(compile(src), src, "OXP-WHEN-UNKNOWN",
                "@Presence(when = \"INVITATIONZ\") on PidLidSharingInitiatorName names no discriminator value or group; "
                        + "known: INVITATION, REQUEST, BOTH, INVITATIONS", "when = \"INVITATIONZ\"");
    }

    @Test
    void valueNamedInTwoPresences() {
        JavaFileObject src = withFlavor(NAME,
                "    @Presence(value = PresenceRule.REQUIRED, when = \"INVITATIONS\")",
                "    @Presence(value = PresenceRule.OPTIONAL, when = {\"REQUEST\", \"BOTH\"})",
                "    String initiatorName();");
        assertOneError(compile(src), src, "OXP-WHEN-TWICE",
                "discriminator value BOTH gets two presence rules on PidLidSharingInitiatorName (REQUIRED and OPTIONAL)",
                // a repeated annotation lives in a container javac synthesizes, which javac's Messager cannot place
                // a diagnostic in; the processor finds the second @Presence in the source (diag/RepeatedLocator)
                "when = {\"REQUEST\", \"BOTH\"}");
    }

    @Test
    void twoDefaultPresences() {
        JavaFileObject src = spec(NAME,
                "    @Presence(PresenceRule.REQUIRED)",
                "    @Presence(PresenceRule.OPTIONAL)",
                "    String initiatorName();");
        assertOneError(compile(src), src, "OXP-PRESENCE-DEFAULT", "PidLidSharingInitiatorName has two @Presence without `when`",
                "@Presence(PresenceRule.OPTIONAL)"); // repeated annotation: see valueNamedInTwoPresences
    }

    @Test
    void groupListingAnUndeclaredValue() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"1\")",
                "    @Discriminator(groups = @Group(name = \"INVITATIONS\",",
                "            values = {\"INVITATION\", \"INVITATON\"}))",
                "    @OneOf(@Value(name = \"INVITATION\", value = \"0x00000310\"))",
                "    int flavor();");
        assertOneError(compile(src), src, "OXP-GROUP-VALUE",
                "group INVITATIONS lists INVITATON, which is not a value of discriminator PidLidSharingFlavor",
                "values = {\"INVITATION\", \"INVITATON\"}");
    }

    @Test
    void groupNamedLikeAValue() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"1\")",
                "    @Discriminator(groups = @Group(values = \"INVITATION\",",
                "            name = \"INVITATION\"))",
                "    @OneOf(@Value(name = \"INVITATION\", value = \"0x00000310\"))",
                "    int flavor();");
        assertOneError(compile(src), src, "OXP-GROUP-DUP", "group name INVITATION is used twice (or equals a value name)",
                "name = \"INVITATION\"))");
    }

    @Test
    void discriminatorForbiddenForOneOfItsValues() {
        JavaFileObject src = spec(
                "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"1\")",
                "    @Discriminator",
                "    @OneOf({@Value(name = \"INVITATION\", value = \"0x00000310\"), @Value(name = \"REQUEST\", value = \"0x00020500\")})",
                "    @Presence(value = PresenceRule.MUST_NOT, when = \"REQUEST\")",
                "    int flavor();");
        assertOneError(compile(src), src, "OXP-DISC-FORBIDDEN",
                "the discriminator PidLidSharingFlavor cannot be forbidden (MUST_NOT) for REQUEST", "when = \"REQUEST\"");
    }

    @Test
    void ignoredWithPresence() {
        JavaFileObject src = spec(NAME,
                "    @Ignored(section = \"2.2.6\")",
                "    @Presence(PresenceRule.OPTIONAL)",
                "    String initiatorName();");
        assertOneError(compile(src), src, "OXP-IGNORED-PRESENCE",
                "PidLidSharingInitiatorName is @Ignored and also has @Presence", "@Ignored(section = \"2.2.6\")");
    }

    @Test
    void ignoredRequired() {
        JavaFileObject src = spec(NAME,
                "    @Ignored(PresenceRule.REQUIRED)",
                "    String initiatorName();");
        assertOneError(compile(src), src, "OXP-IGNORED-LEVEL",
                "@Ignored(REQUIRED) on PidLidSharingInitiatorName; an ignored property is SHOULD_NOT or MUST_NOT",
                "@Ignored(PresenceRule.REQUIRED)");
    }

    @Test
    void impliesNamingAnUnknownProperty() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-TEST\")",
                "@Implies(when = @Condition(property = \"PidLidSharingFlavor\"),",
                "        then = @Condition(property = \"PidLidSharingCapabilitys\"))",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"1\")",
                "    int flavor();",
                "}");
        assertOneError(compile(src), src, "OXP-IMPLIES-UNKNOWN", "@Implies names PidLidSharingCapabilitys, which this spec does not declare",
                "then = @Condition(property = \"PidLidSharingCapabilitys\")");
    }

    @Test
    void impliesNamingAnUnknownValue() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-TEST\")",
                "@Implies(then = @Condition(property = \"PidLidSharingFlavor\"),",
                "        when = @Condition(property = \"PidLidSharingFlavor\", values = \"INVITATON\"))",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"1\")",
                "    @OneOf(@Value(name = \"INVITATION\", value = \"0x00000310\"))",
                "    int flavor();",
                "}");
        assertOneError(compile(src), src, "OXP-IMPLIES-VALUE",
                "@Implies value \"INVITATON\" of PidLidSharingFlavor is neither a value name, a group name, nor a PtypInteger32 literal",
                "values = \"INVITATON\"");
    }

    @Test
    void impliesAbsentWithValues() {
        JavaFileObject src = source("Foo",
                "@Spec(id = \"MS-TEST\")",
                "@Implies(when = @Condition(property = \"PidLidSharingFlavor\"),",
                "        then = @Condition(property = \"PidLidSharingFlavor\", present = false, values = \"1\"))",
                "public interface Foo {",
                "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"1\")",
                "    int flavor();",
                "}");
        assertOneError(compile(src), src, "OXP-IMPLIES-ABSENT", "a @Condition with present = false cannot list values",
                "present = false");
    }
}
