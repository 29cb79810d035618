/**
 * [MS-OXCDATA] structures declared with {@code @Structure}: the entry IDs, decoded into the runtime's entry-ID
 * records by generated codecs (they replace the hand-written codec classes the runtime had).
 */
package dev.oxprops.specs.oxcdata;
