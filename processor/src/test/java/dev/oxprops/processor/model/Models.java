package dev.oxprops.processor.model;

import dev.oxprops.annotations.Level;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.PresenceRule;
import dev.oxprops.annotations.Receipt;
import dev.oxprops.processor.source.ClassName;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds model records directly, without javac, for tests of the pure functions over the model (which holds no
 * elements, types or sites: those stay with the parser, in {@code diag.Origins}).
 */
public final class Models {
    private Models() {}

    public static final PropertySetDef PSETID_TEST =
            new PropertySetDef("test.TestSet", "PSETID_Test", "00062040-0000-0000-C000-000000000046", false);

    /** A property under construction; {@link #build()} gives the record. */
    public static final class Property {
        private final String canonical;
        private final MapiType type;
        private IdentityKind identity = IdentityKind.TAG;
        private PropertySetDef set;
        private long lid;
        private String name = "";
        private int tag = 0x1000;
        private String section = "";
        private boolean discriminator;
        private final List<GroupDef> groups = new ArrayList<>();
        private final List<RuleDef> rules = new ArrayList<>();
        private final List<PresenceDef> presences = new ArrayList<>();

        Property(String canonical, MapiType type) {
            this.canonical = canonical;
            this.type = type;
        }

        public Property lid(PropertySetDef s, long l) {
            identity = IdentityKind.LID;
            set = s;
            lid = l;
            return this;
        }

        public Property name(PropertySetDef s, String n) {
            identity = IdentityKind.NAME;
            set = s;
            name = n;
            return this;
        }

        public Property tag(int t) {
            identity = IdentityKind.TAG;
            tag = t;
            return this;
        }

        public Property section(String s) {
            section = s;
            return this;
        }

        public Property discriminator() {
            discriminator = true;
            return this;
        }

        public Property group(String groupName, String... values) {
            groups.add(new GroupDef(groupName, List.of(values), ""));
            return this;
        }

        /** {@code @OneOf} with {@code nameValuePairs}: name, value text, name, value text, ... */
        public Property oneOf(String... nameValuePairs) {
            List<ValueDef> values = new ArrayList<>();
            for (int i = 0; i < nameValuePairs.length; i += 2) {
                values.add(new ValueDef(nameValuePairs[i], nameValuePairs[i + 1], ""));
            }
            rules.add(new RuleDef(RuleDef.Kind.ONE_OF, values, "", false, Level.MUST, ""));
            return this;
        }

        public Property presence(PresenceRule rule, Receipt receipt, String presenceSection, String note, String... when) {
            presences.add(new PresenceDef(rule, List.of(when), receipt, presenceSection, note));
            return this;
        }

        public PropertyDef build() {
            return new PropertyDef(canonical, null, canonical, identity, set, lid, name, tag, type, section, List.of(),
                    false, "", null, discriminator, groups, rules, null, presences, false, "");
        }
    }

    public static Property property(String canonical, MapiType type) {
        return new Property(canonical, type);
    }

    public static SpecDef spec(PropertyDef... properties) {
        return new SpecDef(ClassName.get("test", "Foo"), "MS-TEST", "", "", false, "test", "Foo", List.of(properties),
                List.of());
    }
}
