/**
 * A spec as data, for tools (reference pages, the CLI's tables): each generated {@code *Model} class returns a
 * {@link dev.oxprops.runtime.model.SpecModel} of {@link dev.oxprops.runtime.model.PropertyModel}s and
 * {@link dev.oxprops.runtime.model.RuleModel}s. Read-only records, which hold immutable copies of
 * the lists they are given.
 */
package dev.oxprops.runtime.model;
