package dev.oxprops.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a MAPI property on an abstract method of a {@link Spec} interface. The method's name
 * becomes the accessor's name ({@code flavor()} gives {@code getFlavor}, {@code setFlavor}, ...), its
 * return type the Java type the accessor speaks.
 *
 * <p>Exactly one of the three identities is given:
 * <ul>
 *   <li>a named property by LID: {@code set} and {@code lid} (PidLid...);</li>
 *   <li>a named property by string name: {@code set} and {@code name} (PidName...);</li>
 *   <li>a tagged property: {@code tag} (PidTag...), a 16-bit property id below {@code 0x8000}, or in
 *       {@code 0x8000}-{@code 0xFFFE} only with {@code addressBook = true}.</li>
 * </ul>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Property {
    /** The canonical name from MS-OXPROPS, e.g. {@code "PidLidReminderSet"}. */
    String canonical();

    /** The property set: an interface annotated with {@link PropertySet}. Named properties only. */
    Class<?> set() default void.class;

    /** The 32-bit long ID of a named property, e.g. {@code 0x8503}. */
    long lid() default -1L;

    /** The string name of a named property, e.g. {@code "X-Message-Flag"}. */
    String name() default "";

    /** The 16-bit property id of a tagged property, e.g. {@code 0x001A}. */
    int tag() default -1;

    /** The MAPI type. */
    MapiType type();

    /** The section that defines the property, e.g. {@code "2.2.2.5"} or {@code "[MS-OXCMSG] 2.2.1.3"}. */
    String section() default "";

    /**
     * Other types that readers find this property stored as and that the accessor converts on read
     * (for example a GUID some writers store as PtypGuid instead of PtypBinary).
     */
    MapiType[] alsoAccepts() default {};

    /** Whether this is an address-book property, whose tag may lie in 0x8000-0xFFFE. */
    boolean addressBook() default false;

    /**
     * Declares this property an alias, on purpose, of the property with the given canonical name in
     * the same spec: same identity and type under a second canonical name (MS-OXPROPS has such
     * pairs, e.g. PidTagEntryId and PidTagMemberEntryId).
     */
    String aliasOf() default "";

    /**
     * Whether this declaration knowingly differs from the spec's catalogue ({@code @Spec(catalog = ...)}) in identity
     * or type; without it such a difference is a compile error.
     */
    boolean differsFromCatalog() default false;
}
