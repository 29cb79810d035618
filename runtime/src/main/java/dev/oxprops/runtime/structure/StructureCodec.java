package dev.oxprops.runtime.structure;

import dev.oxprops.runtime.codec.ValueCodec;
import java.util.List;

/**
 * A generated codec of a binary structure: decodes its bytes (bounded by them, failing with a
 * {@link MalformedStructureException}), encodes a value back to the same bytes, and lists the structural problems of
 * a value. Usable as the {@code @Codec} of a PtypBinary property and, through {@link StructureRules}, as a rule.
 *
 * @param <T> the structure's interface
 */
public interface StructureCodec<T> extends ValueCodec<T, byte[]> {
    /** The structure's name as its spec names it, e.g. {@code AppointmentRecurrencePattern}. */
    String structureName();

    /** The section that defines the structure, or "". */
    String section();

    /** What is wrong with {@code value} by the declaration's checks; empty when it is well-formed. */
    List<StructureProblem> problems(T value);
}
