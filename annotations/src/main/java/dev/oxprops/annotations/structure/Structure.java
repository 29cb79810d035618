package dev.oxprops.annotations.structure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a binary structure (a BLOB's layout) as an interface: each abstract method is one field, in declaration
 * order, described by one encoding annotation ({@link Int}, {@link Bytes}, {@link Text}, {@link Guid},
 * {@link FileTime}, {@link Minutes}, or none when it returns another {@code @Structure} interface), optionally
 * {@link Array counted}, {@link PresentIf present by a condition}, {@link Expect expected} or {@link Const constant}.
 * Methods annotated {@link Param} are values the enclosing structure passes in, not fields.
 *
 * <p>The processor generates {@code <Interface>Record}, an immutable record implementing the interface with
 * {@code decode(byte[])}, {@code toBytes()} (byte for byte what was decoded, reserved fields included) and
 * {@code problems()} (the structural checks), and {@code <Interface>Codec}, a
 * {@code dev.oxprops.runtime.structure.StructureCodec} usable as the {@code @Codec} of a PtypBinary property and as
 * a validator rule ({@link dev.oxprops.annotations.WellFormed @WellFormed} on the property).
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface Structure {
    /** The structure's name as its spec names it (e.g. "AppointmentRecurrencePattern"); by default the interface's. */
    String name() default "";

    /** The section that defines it, e.g. "[MS-OXOCAL] 2.2.1.44.5". */
    String section() default "";

    /** Also generate {@code <Interface>HexCodec}, the structure held as the hexadecimal string of its bytes. */
    boolean hexCodec() default false;

    /**
     * An existing value type to decode into instead of a generated record: a record whose components are the fields
     * that are not {@link Const constants}, by name and type (for example a runtime entry-ID record with its own
     * checks). The processor then generates {@code <Interface>Structure}, the decoder, encoder and checks of that
     * type, and the codecs. Such a structure has no parameters and nests none.
     */
    Class<?> as() default void.class;
}
