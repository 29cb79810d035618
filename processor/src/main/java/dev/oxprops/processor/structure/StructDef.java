package dev.oxprops.processor.structure;

import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.TypeName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A parsed {@code @Structure} interface: its fields in declaration order. Immutable; the writers read only this.
 *
 * @param type the interface
 * @param name the structure's name as its spec names it (used in exceptions and problems)
 * @param section the section that defines it, or ""
 * @param hexCodec whether a hex-string codec is generated too
 * @param fields the fields and parameters, in declaration order
 * @param as the existing record decoded into ({@code @Structure(as = ...)}), or null for a generated record
 */
record StructDef(TypeElement type, String name, String section, boolean hexCodec, List<FieldDef> fields, TypeElement as) {
    /** How a field is encoded. */
    enum Kind { INT, BYTES, TEXT, GUID, FILETIME, MINUTES, NESTED, PARAM }

    /** A presence condition: on {@code field} (any of {@code anyBits} set, one of {@code values}, at least {@code atLeast}), or bytes remain. */
    record Cond(String field, long anyBits, List<Long> values, Long atLeast, boolean bytesRemain) {}

    /**
     * One field (or parameter).
     *
     * @param name the method name, also the record component's
     * @param label the field's name in exceptions and problems: the method name capitalized
     * @param kind the encoding
     * @param javaType the method's return type (for arrays, the list type)
     * @param elementType the type one value is held in: the return type, or the list's element type for arrays
     * @param bits the size of an INT in bits
     * @param signed whether an INT is two's complement
     * @param bigEndian whether an INT is big-endian
     * @param size a fixed size in bytes (BYTES, TEXT), or -1
     * @param count the field holding the length (BYTES, TEXT: in bytes or characters), or null
     * @param adjust added to the count field's value
     * @param rest a BYTES field taking every byte left
     * @param wide a TEXT field in UTF-16LE
     * @param zeroTerminated a TEXT field ending with a zero character
     * @param arrayCount the field holding an array's element count, or null when not an array
     * @param cond the presence condition, or null when always present
     * @param expect the expected value (a literal: long or byte[]), or null
     * @param constant the only value (long or byte[]), or null
     * @param lengthOf the field whose length this one states, or null
     * @param lengthPlus added to that length
     * @param lengthBytes whether the length is in bytes
     * @param args the arguments of a nested structure's parameters
     * @param nested the nested structure's interface (NESTED), or null
     * @param site where diagnostics about the field go
     */
    record FieldDef(String name, String label, Kind kind, TypeName javaType, TypeName elementType, int bits,
            boolean signed, boolean bigEndian, int size, String count, int adjust, boolean rest, boolean wide,
            boolean zeroTerminated, String arrayCount, Cond cond, Object expect, Object constant, String lengthOf,
            int lengthPlus, boolean lengthBytes, List<String> args, TypeElement nested, Site site) {

        boolean optional() {
            return cond != null;
        }

        boolean array() {
            return arrayCount != null;
        }

        /** Whether the record holds it (constants are not components; parameters are). */
        boolean component() {
            return constant == null;
        }

        /** Whether it is read from / written to the bytes (parameters are not). */
        boolean inBytes() {
            return kind != Kind.PARAM;
        }

        /** An integer whose Java type is (boxed) int. */
        boolean intTyped() {
            return elementType.equals(TypeName.INT) || elementType.equals(TypeName.INT.box());
        }
    }

    String packageName() {
        return ClassName.get(type).packageName();
    }

    ClassName iface() {
        return ClassName.get(type);
    }

    ClassName record() {
        return recordOf(type);
    }

    /** The class holding the static decoder, encoder and checks: the record, or {@code <Interface>Structure}. */
    ClassName holder() {
        return as == null ? record() : sibling("Structure");
    }

    /** The type values are held in: the interface (implemented by the record), or the existing type. */
    ClassName valueType() {
        return as == null ? iface() : ClassName.get(as);
    }

    /** The type {@code read} and {@code decode} return. */
    ClassName decodedType() {
        return as == null ? record() : ClassName.get(as);
    }

    ClassName codec() {
        return sibling("Codec");
    }

    ClassName hexCodecName() {
        return sibling("HexCodec");
    }

    private ClassName sibling(String suffix) {
        ClassName c = ClassName.get(type);
        return ClassName.get(c.packageName(), String.join("", c.simpleNames()) + suffix);
    }

    /** The generated record of a structure interface (a nested interface's outer names are joined). */
    static ClassName recordOf(TypeElement structure) {
        ClassName c = ClassName.get(structure);
        return ClassName.get(c.packageName(), String.join("", c.simpleNames()) + "Record");
    }

    FieldDef field(String fieldName) {
        for (FieldDef f : fields) {
            if (f.name().equals(fieldName)) {
                return f;
            }
        }
        return null;
    }

    /** Whether the structure has parameters (then it is only read and written inside another). */
    boolean hasParams() {
        return fields.stream().anyMatch(f -> f.kind() == Kind.PARAM);
    }

    List<FieldDef> params() {
        return fields.stream().filter(f -> f.kind() == Kind.PARAM).toList();
    }
}
