package dev.oxprops.processor.structure;

import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.processor.structure.StructDef.FieldDef;
import dev.oxprops.processor.structure.StructDef.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

/**
 * Checks a parsed structure across its fields: what counts, conditions, lengths and arguments refer to, the place of
 * a rest-of-bytes field, the arguments of nested structures, and nesting cycles. Reports every problem, each on the
 * field at fault.
 */
final class StructureValidator {
    private final Reporter reporter;
    /** The parsed structure of a nested interface, or null when it has errors. */
    private final Function<TypeElement, StructDef> lookup;

    StructureValidator(Reporter reporter, Function<TypeElement, StructDef> lookup) {
        this.reporter = reporter;
        this.lookup = lookup;
    }

    /** Whether the structure is valid (no error reported, and every structure it nests is valid). */
    boolean validate(StructDef s) {
        int before = reporter.errorCount();
        List<FieldDef> earlier = new ArrayList<>();
        FieldDef rest = null;
        for (FieldDef f : s.fields()) {
            if (rest != null && f.inBytes()) {
                reporter.report(rest.site(), Message.STRUCT_REST, rest.name(), f.name());
                rest = null;
            }
            if (f.rest()) {
                rest = f;
            }
            integerRef(s, f, earlier, "count", f.count());
            integerRef(s, f, earlier, "@Array count", f.arrayCount());
            if (f.cond() != null && f.cond().field() != null) {
                FieldDef c = integerRef(s, f, earlier, "@PresentIf field", f.cond().field());
                if (c != null && c.optional()) {
                    reporter.report(f.site(), Message.STRUCT_REF_OPTIONAL, f.name(), c.name());
                }
            }
            if (f.lengthOf() != null && (s.field(f.lengthOf()) == null || s.field(f.lengthOf()) == f)) {
                reporter.report(f.site(), Message.STRUCT_REF, "@LengthOf", f.lengthOf(), f.name(), s.name(), names(s.fields(), f));
            }
            if (f.kind() == Kind.NESTED) {
                nested(s, f, earlier);
            }
            earlier.add(f);
        }
        cycle(s.type(), new LinkedHashSet<>());
        decodedInto(s);
        // a structure that nests one with errors (reported on that one) cannot be generated either
        boolean nestedValid = s.fields().stream().noneMatch(f -> f.kind() == Kind.NESTED && lookup.apply(f.nested()) == null);
        return reporter.errorCount() == before && nestedValid;
    }

    /** The integer field or parameter declared before {@code f} that {@code name} names, or null (reported). */
    private FieldDef integerRef(StructDef s, FieldDef f, List<FieldDef> earlier, String what, String name) {
        if (name == null) {
            return null;
        }
        for (FieldDef e : earlier) {
            if (e.name().equals(name) && (e.kind() == Kind.INT || e.kind() == Kind.PARAM) && !e.array()) {
                if (e.optional() && !what.startsWith("@PresentIf") && !Objects.equals(e.cond(), f.cond())) {
                    reporter.report(f.site(), Message.STRUCT_REF_OPTIONAL, f.name(), e.name());
                }
                return e;
            }
        }
        reporter.report(f.site(), Message.STRUCT_REF, what, name, f.name(), s.name(), names(earlier, null));
        return null;
    }

    private static String names(List<FieldDef> fields, FieldDef except) {
        List<String> out = new ArrayList<>();
        for (FieldDef e : fields) {
            if (e != except && (except != null || (e.kind() == Kind.INT || e.kind() == Kind.PARAM) && !e.array())) {
                out.add(e.name());
            }
        }
        return out.isEmpty() ? "(none)" : String.join(", ", out);
    }

    /** A structure decoded into an existing record: the record's components are the non-constant fields. */
    private void decodedInto(StructDef s) {
        if (s.as() == null) {
            return;
        }
        String wrong = null;
        List<FieldDef> parts = s.fields().stream().filter(FieldDef::component).toList();
        if (s.fields().stream().anyMatch(f -> f.kind() == Kind.PARAM || f.kind() == Kind.NESTED)) {
            wrong = "it has a @Param or a nested structure";
        } else if (s.as().getKind() != ElementKind.RECORD) {
            wrong = "it is not a record";
        } else if (s.as().getRecordComponents().size() != parts.size()) {
            wrong = "it has " + s.as().getRecordComponents().size() + " components, the structure " + parts.size()
                    + " fields that are not constants";
        } else {
            for (RecordComponentElement c : s.as().getRecordComponents()) {
                FieldDef f = s.field(c.getSimpleName().toString());
                if (f == null || !f.component() || !TypeName.get(c.asType()).equals(f.javaType())) {
                    wrong = "its component " + c.getSimpleName() + " (" + c.asType() + ") is no field of that name and type";
                    break;
                }
            }
        }
        if (wrong != null) {
            reporter.report(structureSite(s).attr("as"), Message.STRUCT_AS, s.name(), s.as().getQualifiedName(), wrong);
        }
    }

    /** The {@code @Structure} annotation on the interface. */
    private static Site structureSite(StructDef s) {
        for (javax.lang.model.element.AnnotationMirror m : s.type().getAnnotationMirrors()) {
            if (m.getAnnotationType().toString().equals(StructureStep.ANNOTATION)) {
                return Site.of(s.type(), m);
            }
        }
        return Site.of(s.type());
    }

    private void nested(StructDef s, FieldDef f, List<FieldDef> earlier) {
        StructDef n = lookup.apply(f.nested());
        if (n == null) {
            return; // its own errors are reported on it
        }
        if (n.as() != null) {
            reporter.report(f.site(), Message.STRUCT_AS, n.name(), n.as().getQualifiedName(), "it is nested in " + s.name());
            return;
        }
        List<FieldDef> params = n.params();
        if (params.size() != f.args().size()) {
            reporter.report(f.site(), Message.STRUCT_ARGS, f.name(), f.args().size(), n.name(), params.size(),
                    params.stream().map(FieldDef::name).toList());
            return;
        }
        for (int i = 0; i < params.size(); i++) {
            String arg = f.args().get(i);
            String wrong = argProblem(f, arg, params.get(i), earlier);
            if (wrong != null) {
                reporter.report(f.site(), Message.STRUCT_ARG, arg, f.name(), wrong);
            }
        }
    }

    private String argProblem(FieldDef f, String arg, FieldDef param, List<FieldDef> earlier) {
        int dot = arg.indexOf('.');
        FieldDef source;
        if (dot < 0) {
            source = find(earlier, arg);
            if (source == null || source.array() || (source.kind() != Kind.INT && source.kind() != Kind.PARAM)) {
                return "names no integer field declared before it";
            }
        } else {
            FieldDef array = find(earlier, arg.substring(0, dot));
            if (array == null || array.kind() != Kind.NESTED || !array.array() || !array.arrayCount().equals(f.arrayCount())) {
                return "names no earlier array of structures counted by the same field as this one";
            }
            StructDef element = lookup.apply(array.nested());
            source = element == null ? null : element.field(arg.substring(dot + 1));
            if (source == null || source.array() || source.optional() || (source.kind() != Kind.INT && source.kind() != Kind.PARAM)) {
                return "names no always-present integer field of " + array.nested().getSimpleName();
            }
        }
        if (source.optional() && !Objects.equals(source.cond(), f.cond())) {
            return "names a field present only under a condition";
        }
        if (param.intTyped() && !source.intTyped()) {
            return "is a long, but the parameter " + param.name() + " is an int";
        }
        return null;
    }

    private static FieldDef find(List<FieldDef> fields, String name) {
        for (FieldDef f : fields) {
            if (f.name().equals(name)) {
                return f;
            }
        }
        return null;
    }

    /** Reports a structure that nests itself; {@code path} holds the structures entered so far. */
    private boolean cycle(TypeElement t, Set<TypeElement> path) {
        if (!path.add(t)) {
            return true;
        }
        StructDef s = lookup.apply(t);
        if (s != null) {
            for (FieldDef f : s.fields()) {
                if (f.kind() == Kind.NESTED && cycle(f.nested(), path)) {
                    if (path.size() == 1) {
                        reporter.report(f.site(), Message.STRUCT_CYCLE, s.name(), f.name() + "() holds "
                                + f.nested().getSimpleName());
                    }
                    path.remove(t);
                    return true;
                }
            }
        }
        path.remove(t);
        return false;
    }
}
