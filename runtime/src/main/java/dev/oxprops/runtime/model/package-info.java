/**
 * A spec as data, for tools (reference pages, the CLI's tables): each generated {@code *Model} class returns a
 * {@link dev.oxprops.runtime.model.SpecModel} of {@link dev.oxprops.runtime.model.PropertyModel}s and
 * {@link dev.oxprops.runtime.model.RuleModel}s. Read-only records; built by generated code through
 * {@code dev.oxprops.runtime.support.ModelLists}.
 */
package dev.oxprops.runtime.model;
