/**
 * Binary structures declared as annotated interfaces ({@link dev.oxprops.annotations.structure.Structure}), from
 * which the oxprops processor generates a record, a decoder, an encoder and structural checks.
 */
package dev.oxprops.annotations.structure;
