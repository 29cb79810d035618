package dev.oxprops.processor.diag;

import javax.tools.Diagnostic;

/**
 * Every diagnostic the processor can report, each with a searchable tag, its kind and its text.
 * Texts say what is wrong and how to fix it; {@code %s} placeholders are filled by the reporter.
 */
public enum Message {
    // --- the spec interface itself
    SPEC_NOT_INTERFACE("OXP-SPEC-KIND", Diagnostic.Kind.ERROR,
            "@Spec must be on an interface, not on %s; declare the spec as `interface %s`"),
    SPEC_GENERIC("OXP-SPEC-GENERIC", Diagnostic.Kind.ERROR,
            "spec interface %s must not have type parameters; remove them (a spec describes one kind of message)"),
    SPEC_PRIVATE("OXP-SPEC-ACCESS", Diagnostic.Kind.ERROR,
            "spec interface %s must not be private; the generated classes in the same package need to see it"),
    SPEC_ID_EMPTY("OXP-SPEC-ID", Diagnostic.Kind.ERROR,
            "@Spec id must not be empty; give the specification's identifier, e.g. id = \"MS-OXCMSG\""),
    SPEC_GENERATED_NAME("OXP-SPEC-NAME", Diagnostic.Kind.ERROR,
            "generatedName \"%s\" is not a Java identifier; use a simple class name such as \"MyMessage\""),
    SPEC_NAME_CLASH("OXP-SPEC-CLASH", Diagnostic.Kind.ERROR,
            "the generated class %s would collide with an existing type; set @Spec(generatedName = ...) to another name"),
    SPEC_GENERATED_TWICE("OXP-SPEC-TWICE", Diagnostic.Kind.ERROR,
            "the generated class %s would also be generated for spec %s; set @Spec(generatedName = ...) on one of them to "
                    + "another name"),
    NAME_TOO_LONG("OXP-NAME-LONG", Diagnostic.Kind.ERROR,
            "the generated class file %s.class would have a name of %s bytes, more than the 255 a file system allows; "
                    + "shorten %s"),
    SPEC_STALE_GENERATED("OXP-SPEC-STALE", Diagnostic.Kind.ERROR,
            "%s, which oxprops generated in an earlier build, is among the sources of this compilation, so it cannot be "
                    + "generated again; delete the stale generated sources (mvn clean) or keep the generated-sources "
                    + "directory out of the compiled source roots"),
    SPEC_EMPTY("OXP-SPEC-EMPTY", Diagnostic.Kind.WARNING,
            "spec %s declares no properties; add abstract methods annotated with @Property or @Ref"),
    SPEC_SIZE("OXP-SPEC-SIZE", Diagnostic.Kind.ERROR,
            "spec %s declares %s properties, more than the %s one spec can have: its generated accessor would overflow the "
                    + "class file's constant pool; split it into several spec interfaces (by property set or area, as the "
                    + "MS-OXPROPS catalogue is split)"),
    SPEC_MESSAGE_CLASS_PREFIX("OXP-SPEC-MSGCLASS", Diagnostic.Kind.ERROR,
            "messageClassIsPrefix = true needs a messageClass; give the prefix, e.g. messageClass = \"IPM.Note\""),

    // --- methods
    METHOD_PARAMETERS("OXP-METHOD-PARAMS", Diagnostic.Kind.ERROR,
            "property method %s() must have no parameters; a property is declared as `Type name()`"),
    METHOD_GENERIC("OXP-METHOD-GENERIC", Diagnostic.Kind.ERROR,
            "property method %s must not have type parameters; remove them and return the property's Java type"),
    METHOD_NOT_PROPERTY("OXP-METHOD-UNDECLARED", Diagnostic.Kind.ERROR,
            "abstract method %s() has neither @Property nor @Ref; annotate it with @Property(...) to declare a property, "
                    + "or @Ref(in = ..., canonical = ...) to use one declared elsewhere, or make it a default method"),
    METHOD_VOID("OXP-METHOD-VOID", Diagnostic.Kind.ERROR,
            "property method %s() must not return void; return the property's Java type, e.g. `String subject()`"),
    METHOD_NAME_RESERVED("OXP-METHOD-RESERVED", Diagnostic.Kind.ERROR,
            "property method name %s clashes with a generated member (bag, of, create, validate, the keys' ALL or a "
                    + "property set's SET_ constant); rename the method"),
    METHOD_NOT_ABSTRACT("OXP-METHOD-BODY", Diagnostic.Kind.ERROR,
            "%s() is a %s method, which cannot be a property; declare the property as an abstract method (no body), "
                    + "or remove @Property/@Ref from the helper"),
    INHERITED_CONFLICT("OXP-INHERIT-CONFLICT", Diagnostic.Kind.ERROR,
            "%s() is inherited from %s and from %s with different identities (%s, %s); redeclare %s() in this interface "
                    + "with the @Property or @Ref meant"),
    PROPERTY_AND_REF("OXP-PROP-REF", Diagnostic.Kind.ERROR,
            "%s() has both @Property and @Ref; keep @Property to declare the property here, or @Ref to use one declared elsewhere"),

    // --- identity
    ID_NONE("OXP-ID-NONE", Diagnostic.Kind.ERROR,
            "property %s has no identity; give exactly one of lid = 0x..., name = \"...\" (both with set = ...) or tag = 0x..."),
    ID_SEVERAL("OXP-ID-SEVERAL", Diagnostic.Kind.ERROR,
            "property %s has %s; a property has exactly one identity: a LID, a string name, or a tag"),
    CANONICAL_EMPTY("OXP-CANONICAL", Diagnostic.Kind.ERROR,
            "canonical must not be empty; give the MS-OXPROPS name, e.g. canonical = \"PidTagMessageClass\""),
    CANONICAL_PREFIX("OXP-CANONICAL-PREFIX", Diagnostic.Kind.WARNING,
            "canonical name %s does not start with %s, as MS-OXPROPS names of %s properties do; check the name or the identity (lid/name/tag)"),
    SET_MISSING("OXP-SET-MISSING", Diagnostic.Kind.ERROR,
            "named property %s needs a property set; add set = SomeSet.class, an interface annotated with @PropertySet"),
    SET_ON_TAG("OXP-SET-TAG", Diagnostic.Kind.ERROR,
            "tagged property %s must not name a property set; remove set = ..., or declare it by lid/name instead of tag"),
    SET_UNKNOWN("OXP-SET-UNKNOWN", Diagnostic.Kind.ERROR,
            "%s is not a property set; annotate it with @PropertySet(name = ..., guid = ...) or refer to a type that is"),
    SET_GUID("OXP-SET-GUID", Diagnostic.Kind.ERROR,
            "property set %s has a malformed GUID \"%s\"; write it as XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX (hex digits, braces optional)"),
    SET_NAME_CLASH("OXP-SET-CLASH", Diagnostic.Kind.ERROR,
            "property sets %s (GUID %s) and %s (GUID %s) both give the constant %s; a set is known by its GUID, so give "
                    + "sets with different GUIDs different names"),
    SET_NAME_EMPTY("OXP-SET-NAME", Diagnostic.Kind.ERROR,
            "property set name must not be empty; give its MS-OXPROPS name, e.g. \"PS_PUBLIC_STRINGS\""),
    LID_RANGE("OXP-LID-RANGE", Diagnostic.Kind.ERROR,
            "LID %s is outside 0x00000000-0xFFFFFFFF; a LID is an unsigned 32-bit number"),
    NAME_EMPTY_STRING("OXP-NAME-EMPTY", Diagnostic.Kind.ERROR,
            "the string name of %s must not be blank; give the name, e.g. name = \"X-My-Header\""),
    TAG_RANGE("OXP-TAG-RANGE", Diagnostic.Kind.ERROR,
            "tag %s is not a property id any property can have; tags lie in 0x0001-0xFFFE"),
    TAG_NAMED_RANGE("OXP-TAG-NAMED-RANGE", Diagnostic.Kind.ERROR,
            "tag %s lies in the named-property range 0x8000-0xFFFE, where ids are assigned per store; declare the property by "
                    + "set and lid/name, or, if it is an address-book property, add addressBook = true"),
    TAG_ADDRESS_BOOK_LOW("OXP-TAG-AB", Diagnostic.Kind.WARNING,
            "addressBook = true is only meaningful for tags in 0x8000-0xFFFE; %s is below that, remove addressBook"),
    TYPE_UNUSABLE("OXP-TYPE-UNUSABLE", Diagnostic.Kind.ERROR,
            "%s cannot be the type of a property; use a real MAPI type such as PtypInteger32 or PtypString"),
    ALSO_ACCEPTS("OXP-TYPE-ACCEPTS", Diagnostic.Kind.ERROR,
            "%s cannot be read as %s; alsoAccepts supports PtypGuid <-> PtypBinary and PtypString <-> PtypString8"),

    // --- Java types
    JAVA_TYPE("OXP-JAVA-TYPE", Diagnostic.Kind.ERROR,
            "%s() returns %s, which cannot carry %s; return %s, or add @Codec(...) naming a ValueCodec from %s to %s"),
    CODEC_NOT_CODEC("OXP-CODEC-TYPE", Diagnostic.Kind.ERROR,
            "%s does not implement dev.oxprops.runtime.codec.ValueCodec; a @Codec class converts the method's type to the stored one"),
    CODEC_MISMATCH("OXP-CODEC-MISMATCH", Diagnostic.Kind.ERROR,
            "%s converts %s to %s, but %s() returns %s and %s is held as %s; use a codec of ValueCodec<%s, %s>"),
    CODEC_INSTANCE("OXP-CODEC-INSTANCE", Diagnostic.Kind.ERROR,
            "codec %s has no usable instance; give it a public no-argument constructor or a public static final INSTANCE field"
                    + " of its own type (an inner class needs the static modifier)"),
    TYPE_ACCESS("OXP-TYPE-ACCESS", Diagnostic.Kind.ERROR,
            "%s is not accessible from package %s, where the generated classes are; make it (and the classes it is nested "
                    + "in) public, or package-private in that package"),

    // --- duplicates and aliases
    DUP_LID("OXP-DUP-LID", Diagnostic.Kind.ERROR,
            "duplicate LID %s in %s: %s already has it; give each property its own LID, or declare aliasOf = \"%s\" if both names are meant"),
    DUP_NAME("OXP-DUP-NAME", Diagnostic.Kind.ERROR,
            "duplicate string name \"%s\" in %s: %s already has it%s; give each property its own name, or declare aliasOf = \"%s\""),
    DUP_TAG("OXP-DUP-TAG", Diagnostic.Kind.ERROR,
            "duplicate tag %s %s: %s already has it; give each property its own tag, or declare aliasOf = \"%s\""),
    DUP_CANONICAL("OXP-DUP-CANONICAL", Diagnostic.Kind.ERROR,
            "canonical name %s is declared twice in this spec (also by %s()); each property has one canonical name"),
    DUP_ACCESSOR("OXP-DUP-ACCESSOR", Diagnostic.Kind.ERROR,
            "methods %s() and %s() give the same generated constant %s; rename one of them"),
    ALIAS_UNKNOWN("OXP-ALIAS-UNKNOWN", Diagnostic.Kind.ERROR,
            "aliasOf = \"%s\" names no property of this spec; name the canonical name of the property this one aliases"),
    ALIAS_MISMATCH("OXP-ALIAS-MISMATCH", Diagnostic.Kind.ERROR,
            "%s is declared an alias of %s but its identity or type differs (%s vs %s); an alias has the same id and type"),
    ALIAS_CHAIN("OXP-ALIAS-CHAIN", Diagnostic.Kind.ERROR,
            "%s is an alias of %s, which is itself an alias (of %s); name the property that is no alias in aliasOf"),
    ALIAS_PRESENCE("OXP-ALIAS-PRESENCE", Diagnostic.Kind.ERROR,
            "%s and its alias target %s are one property but have different presence for %s (%s vs %s); give the "
                    + "presence once, on the target"),
    ALIAS_SELF("OXP-ALIAS-SELF", Diagnostic.Kind.ERROR,
            "%s cannot be an alias of itself; remove aliasOf"),

    // --- references
    REF_NO_CATALOG("OXP-REF-CATALOG", Diagnostic.Kind.ERROR,
            "@Ref on %s() names no interface and the spec has no catalogue; give in = TheInterface.class, or name a "
                    + "catalogue with @Spec(catalog = ...)"),
    CATALOG_NOT("OXP-CATALOG", Diagnostic.Kind.ERROR,
            "%s is not a catalogue; annotate it with @Catalog({...the interfaces that declare the properties}) or "
                    + "remove catalog = ..."),
    CATALOG_DIFFERS("OXP-CATALOG-DIFFERS", Diagnostic.Kind.ERROR,
            "%s is declared here as %s, but the catalogue %s has it as %s; correct the identity or the type (or take it "
                    + "from the catalogue with @Ref(canonical = \"%s\")), or set differsFromCatalog = true if this spec "
                    + "knowingly differs"),
    REF_NOT_FOUND("OXP-REF-UNKNOWN", Diagnostic.Kind.ERROR,
            "%s declares no property %s; check the canonical name, or the interface given in @Ref(in = ...)"),

    // --- values
    VALUE_UNPARSABLE("OXP-VALUE-TYPE", Diagnostic.Kind.ERROR,
            "\"%s\" is not a %s value; %s"),
    VALUE_DUP_NAME("OXP-VALUE-DUP-NAME", Diagnostic.Kind.ERROR,
            "value name %s is used twice in @OneOf of %s; give each value its own name"),
    VALUE_DUP("OXP-VALUE-DUP", Diagnostic.Kind.ERROR,
            "value %s is listed twice in @OneOf of %s (as %s and %s); list each value once"),
    VALUE_NAME("OXP-VALUE-NAME", Diagnostic.Kind.ERROR,
            "value name \"%s\" is not a Java constant name; use UPPER_SNAKE_CASE such as INVITATION"),
    ONE_OF_EMPTY("OXP-ONEOF-EMPTY", Diagnostic.Kind.ERROR,
            "@OneOf of %s lists no value; list the allowed values with @Value(name = ..., value = ...)"),
    RULE_TYPE("OXP-RULE-TYPE", Diagnostic.Kind.ERROR,
            "@%s does not apply to %s, which is %s; it applies to %s"),
    RULE_CONTRADICTION("OXP-RULE-CONTRADICTION", Diagnostic.Kind.ERROR,
            "@Fixed(\"%s\") of %s contradicts its @%s: no value satisfies both; remove one of them"),
    RULE_CONFLICT("OXP-RULE-CONFLICT", Diagnostic.Kind.ERROR,
            "%s has both @%s and @%s; keep one (a fixed value makes a list of allowed values pointless)"),

    // --- mirrors
    MIRROR_UNKNOWN("OXP-MIRROR-UNKNOWN", Diagnostic.Kind.ERROR,
            "%s mirrors %s, which this spec does not declare; name the canonical name of a property of this spec"),
    MIRROR_SELF("OXP-MIRROR-SELF", Diagnostic.Kind.ERROR,
            "%s cannot mirror itself; name another property in @Mirror(of = ...)"),
    MIRROR_CYCLE("OXP-MIRROR-CYCLE", Diagnostic.Kind.ERROR,
            "mirrors form a cycle: %s; a mirror's value is derived from its source, so the chain must end at a property that mirrors nothing"),
    MIRROR_HEX_TARGET("OXP-MIRROR-HEX-TARGET", Diagnostic.Kind.ERROR,
            "%s is %s, but a HEX mirror holds a hexadecimal string; declare it PtypString or use kind = SAME"),
    MIRROR_HEX_SOURCE("OXP-MIRROR-HEX-SOURCE", Diagnostic.Kind.ERROR,
            "%s mirrors %s as HEX, but %s is %s; a HEX mirror's source is an integer (16, 32 or 64 bits) or binary"),
    MIRROR_SAME_TYPES("OXP-MIRROR-SAME-TYPES", Diagnostic.Kind.ERROR,
            "%s (%s) cannot hold the same value as %s (%s); a SAME mirror has a type of the same family as its source"),
    MIRROR_UNCHECKED("OXP-MIRROR-UNCHECKED", Diagnostic.Kind.WARNING,
            "the mirror %s of %s is never checked: for every kind of message the spec forbids one of them; drop the @Mirror or the rule that forbids it"),

    // --- discriminator and presence
    DISC_TWICE("OXP-DISC-TWICE", Diagnostic.Kind.ERROR,
            "%s is marked @Discriminator but %s already is; a spec has one discriminator"),
    DISC_TYPE("OXP-DISC-TYPE", Diagnostic.Kind.ERROR,
            "discriminator %s is %s; a discriminator is an integer or string property with @OneOf values"),
    DISC_NO_VALUES("OXP-DISC-VALUES", Diagnostic.Kind.ERROR,
            "discriminator %s needs @OneOf listing its values; presence rules name them"),
    DISC_MISSING("OXP-DISC-MISSING", Diagnostic.Kind.ERROR,
            "@Presence(when = ...) on %s names discriminator values, but the spec has no @Discriminator; mark the property that "
                    + "tells kinds of message apart with @Discriminator"),
    GROUP_VALUE_UNKNOWN("OXP-GROUP-VALUE", Diagnostic.Kind.ERROR,
            "group %s lists %s, which is not a value of discriminator %s; use the names given in its @OneOf"),
    GROUP_DUP("OXP-GROUP-DUP", Diagnostic.Kind.ERROR,
            "group name %s is used twice (or equals a value name); give each group its own name"),
    WHEN_UNKNOWN("OXP-WHEN-UNKNOWN", Diagnostic.Kind.ERROR,
            "@Presence(when = \"%s\") on %s names no discriminator value or group; known: %s"),
    WHEN_TWICE("OXP-WHEN-TWICE", Diagnostic.Kind.ERROR,
            "discriminator value %s gets two presence rules on %s (%s and %s); name each value in one @Presence only"),
    PRESENCE_DEFAULT_TWICE("OXP-PRESENCE-DEFAULT", Diagnostic.Kind.ERROR,
            "%s has two @Presence without `when`; only one can apply to the values not named elsewhere"),
    IGNORED_AND_PRESENCE("OXP-IGNORED-PRESENCE", Diagnostic.Kind.ERROR,
            "%s is @Ignored and also has @Presence; an ignored property is SHOULD NOT/MUST NOT everywhere, remove one of them"),
    IGNORED_LEVEL("OXP-IGNORED-LEVEL", Diagnostic.Kind.ERROR,
            "@Ignored(%s) on %s; an ignored property is SHOULD_NOT or MUST_NOT"),
    DISC_FORBIDDEN("OXP-DISC-FORBIDDEN", Diagnostic.Kind.ERROR,
            "the discriminator %s cannot be forbidden (%s) for %s, it is what tells that kind of message apart; remove that @Presence or make it REQUIRED"),

    // --- rules across properties
    IMPLIES_UNKNOWN("OXP-IMPLIES-UNKNOWN", Diagnostic.Kind.ERROR,
            "@%s names %s, which this spec does not declare; use the canonical name of one of its properties"),
    IMPLIES_VALUE("OXP-IMPLIES-VALUE", Diagnostic.Kind.ERROR,
            "@Implies value \"%s\" of %s is neither a value name, a group name, nor a %s literal; use a name from its @OneOf or @Discriminator groups, or a literal (%s)"),
    IMPLIES_ABSENT_VALUES("OXP-IMPLIES-ABSENT", Diagnostic.Kind.ERROR,
            "a @Condition with present = false cannot list values, families or bits; remove them or set present = true "
                    + "(to negate a test, use not = true)"),
    IMPLIES_EMPTY("OXP-IMPLIES-EMPTY", Diagnostic.Kind.ERROR,
            "@Implies %s is empty; give at least one @Condition"),
    CONDITION_SEVERAL("OXP-COND-SEVERAL", Diagnostic.Kind.ERROR,
            "a @Condition on %s tests %s at once; one condition tests one thing: write one @Condition for each"),
    CONDITION_FAMILY_TYPE("OXP-COND-FAMILY", Diagnostic.Kind.ERROR,
            "family applies to message classes (strings), but %s is %s; test its values with values = ... instead"),
    CONDITION_BITS("OXP-COND-BITS", Diagnostic.Kind.ERROR,
            "bit \"%s\" of %s is not declared; %s"),
    COMPARE_OFFSET_TWICE("OXP-COMPARE-OFFSET", Diagnostic.Kind.ERROR,
            "@Compare has both plus and minus; give one offset property"),
    COMPARE_TYPES("OXP-COMPARE-TYPES", Diagnostic.Kind.ERROR,
            "@Compare cannot compare %s (%s) with %s (%s); compare times with times, or numbers with numbers"),
    COMPARE_OFFSET_TYPE("OXP-COMPARE-OFFSET-TYPE", Diagnostic.Kind.ERROR,
            "the offset %s is %s; an offset is an integer property (a count of units)"),
    COMPARE_UNIT("OXP-COMPARE-UNIT", Diagnostic.Kind.ERROR,
            "unit %s has no fixed length; use SECONDS, MINUTES, HOURS, HALF_DAYS or DAYS"),
    RANGE_BOUNDS("OXP-RANGE", Diagnostic.Kind.ERROR,
            "@Range on %s %s; give min and/or max with min <= max, e.g. @Range(min = \"1\")"),
    MESSAGE_CLASS_NONE("OXP-MSGCLASS-NONE", Diagnostic.Kind.ERROR,
            "@MessageClass on %s lists no class and the @Spec has no messageClass; list the classes, e.g. "
                    + "@MessageClass(\"IPM.Task\"), or set @Spec(messageClass = ...)"),
    MESSAGE_CLASS_TEXT("OXP-MSGCLASS-TEXT", Diagnostic.Kind.ERROR,
            "message class \"%s\" is empty, has blanks or ends with a dot; write the class itself, e.g. \"IPM.Appointment\""),
    SPEC_MESSAGE_CLASS_UNCHECKED("OXP-SPEC-MSGCLASS-UNCHECKED", Diagnostic.Kind.WARNING,
            "@Spec(messageClass = \"%s\") is not checked: no property of the spec is marked @MessageClass; annotate the "
                    + "message-class method (e.g. PidTagMessageClass) with @MessageClass to check it"),
    FLAGS_ZERO("OXP-FLAGS-ZERO", Diagnostic.Kind.ERROR,
            "flag %s of %s is 0; a flag names at least one bit"),
    WELL_FORMED_CODEC("OXP-WELLFORMED-CODEC", Diagnostic.Kind.ERROR,
            "@WellFormed on %s, which %s; name the structure's codec with @Codec (the XCodec the processor generates for"
                    + " a @Structure interface X), or remove @WellFormed"),
    DISC_ABSENT_CLASH("OXP-DISC-ABSENT", Diagnostic.Kind.ERROR,
            "absentAs \"%s\" of %s %s; use another constant name (e.g. NOT_SET)"),

    // --- binary structures (@Structure)
    STRUCT_KIND("OXP-STRUCT-KIND", Diagnostic.Kind.ERROR,
            "@Structure must be on a non-generic interface; %s is %s. Declare it as `interface %s` without type parameters"),
    STRUCT_EMPTY("OXP-STRUCT-EMPTY", Diagnostic.Kind.ERROR,
            "structure %s declares no field; add abstract methods with an encoding, such as `@Int(bits = 32) int size()`"),
    STRUCT_METHOD("OXP-STRUCT-METHOD", Diagnostic.Kind.ERROR,
            "field method %s must have no parameters or type parameters and return a value; a field is declared as "
                    + "`Type name()`"),
    STRUCT_RESERVED("OXP-STRUCT-RESERVED", Diagnostic.Kind.ERROR,
            "field name %s clashes with a member of the generated record; rename the method (reserved: %s)"),
    STRUCT_ENCODING("OXP-STRUCT-ENCODING", Diagnostic.Kind.ERROR,
            "field %s() has %s; give it exactly one encoding: @Int, @Bytes, @Text, @Guid, @FileTime, @Minutes or @Param, "
                    + "or return a @Structure interface"),
    STRUCT_TYPE("OXP-STRUCT-TYPE", Diagnostic.Kind.ERROR,
            "field %s() returns %s, but a %s field is held as %s; change the return type"),
    STRUCT_BITS("OXP-STRUCT-BITS", Diagnostic.Kind.ERROR,
            "@Int(bits = %s) on %s(); an integer field has 8, 16, 24, 32, 48 or 64 bits, and an int holds at most 32"),
    STRUCT_LENGTH("OXP-STRUCT-LENGTH", Diagnostic.Kind.ERROR,
            "%s() gives %s; give exactly one of %s"),
    STRUCT_REST("OXP-STRUCT-REST", Diagnostic.Kind.ERROR,
            "%s() takes the rest of the bytes, but %s() follows it; only the last field can take the rest"),
    STRUCT_REF("OXP-STRUCT-REF", Diagnostic.Kind.ERROR,
            "%s = \"%s\" on %s() names no integer field or @Param declared before it in %s; name one of: %s"),
    STRUCT_REF_OPTIONAL("OXP-STRUCT-REF-OPTIONAL", Diagnostic.Kind.ERROR,
            "%s() depends on %s(), which is present only under a condition; depend on a field that is always present, "
                    + "or give both fields the same @PresentIf"),
    STRUCT_CONDITION("OXP-STRUCT-CONDITION", Diagnostic.Kind.ERROR,
            "@PresentIf on %s() %s; give a field with exactly one of anyBits, values or atLeast, or bytesRemain = true alone"),
    STRUCT_OPTIONAL("OXP-STRUCT-OPTIONAL", Diagnostic.Kind.ERROR,
            "field %s() is present only under a condition but returns the primitive %s, which cannot be absent; return %s"),
    STRUCT_VALUE("OXP-STRUCT-VALUE", Diagnostic.Kind.ERROR,
            "@%s(\"%s\") on %s(): %s; write an integer such as 0x3004, or hex bytes such as \"0400\" for a @Bytes field"),
    STRUCT_ARGS("OXP-STRUCT-ARGS", Diagnostic.Kind.ERROR,
            "%s() passes %s argument(s) to %s, which has %s @Param(s) %s; list one value per parameter in @Args"),
    STRUCT_ARG("OXP-STRUCT-ARG", Diagnostic.Kind.ERROR,
            "@Args value \"%s\" on %s() %s; give an integer field declared before it, or array.field of an earlier array "
                    + "of structures with the same count"),
    STRUCT_AS("OXP-STRUCT-AS", Diagnostic.Kind.ERROR,
            "structure %s cannot be decoded into %s: %s; give a record whose canonical constructor takes the non-constant "
                    + "fields by name and type, and declare no @Param or nested structure in such a structure"),
    STRUCT_CYCLE("OXP-STRUCT-CYCLE", Diagnostic.Kind.ERROR,
            "structure %s contains itself (%s); a structure cannot nest itself, directly or through others"),

    // --- warnings
    NO_SECTION("OXP-NO-SECTION", Diagnostic.Kind.WARNING,
            "property %s has no section; add section = \"...\" so violations can point readers to the rule"),

    // --- processor health
    UNRESOLVED("OXP-UNRESOLVED", Diagnostic.Kind.ERROR,
            "%s refers to a type that does not exist after the last round: %s; check the spelling or the build's dependencies"),
    INTERNAL("OXP-INTERNAL", Diagnostic.Kind.ERROR,
            "internal error in the oxprops processor while processing %s; please report it with this message: %s");

    private final String tag;
    private final Diagnostic.Kind kind;
    private final String format;

    Message(String tag, Diagnostic.Kind kind, String format) {
        this.tag = tag;
        this.kind = kind;
        this.format = format;
    }

    /** The searchable tag, e.g. OXP-DUP-LID. */
    public String tag() {
        return tag;
    }

    public Diagnostic.Kind kind() {
        return kind;
    }

    /** The message text, with its tag in front: {@code [OXP-DUP-LID] duplicate LID ...}. */
    public String format(Object... args) {
        return "[" + tag + "] " + String.format(format, args);
    }
}
