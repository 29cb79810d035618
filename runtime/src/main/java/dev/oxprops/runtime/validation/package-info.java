/**
 * What validation gives users: a generated {@link dev.oxprops.runtime.validation.SpecValidator} per spec, its
 * {@link dev.oxprops.runtime.validation.ValidationReport} of {@link dev.oxprops.runtime.validation.Violation}s, each
 * of a {@link dev.oxprops.runtime.validation.RuleKind}, and {@link dev.oxprops.runtime.validation.MessageClasses} for
 * hand-written checks on message classes. The rules that generated validators are built from are plumbing, in
 * {@code dev.oxprops.runtime.support}.
 */
package dev.oxprops.runtime.validation;
