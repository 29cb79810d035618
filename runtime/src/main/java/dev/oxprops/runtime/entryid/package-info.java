/**
 * Entry IDs of [MS-OXCDATA] 2.2.4 and 2.2.5 as values: build them from their parts, read their parts
 * back, and convert them to and from bytes and hexadecimal strings. Parsing never reads or allocates
 * beyond the input, and a malformed value gives a {@link dev.oxprops.runtime.entryid.MalformedEntryIdException}
 * naming the field.
 */
package dev.oxprops.runtime.entryid;
