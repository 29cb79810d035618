package dev.oxprops.processor.generate;

import dev.oxprops.processor.model.ImpliesDef;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PresenceDef;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.MethodSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * Lays a kind's checks out in methods the JIT compiles well and a user can step through. The checks of a kind are cut
 * where their property's group changes: the properties every kind checks alike ({@code everyKind}), then those whose
 * presence follows a group of kinds (named after it: {@code describesFolder}, {@code requests}). Each group is a
 * method, written once and called by every kind that checks it alike ({@code describesFolderInUnknownKind} where a
 * kind checks it otherwise); past {@link #PROPERTIES_PER_METHOD} properties a group continues in methods named
 * after their first property ({@code everyKindFromRemoteName}). A property read by more than one group or by an implication is read by
 * the kind's method and passed to the groups that test it. Small methods keep HotSpot's compilations small: one method
 * per kind with every check inlined compiles to slower code than the same checks in a few methods.
 */
final class KindMethods {
    /**
     * A statement of a kind method: the property whose rule it runs, the properties whose locals it reads, and the rule,
     * behind a quick test ({@code suspect}: when the rule might report; null: always).
     */
    record Check(PropertyDef owner, List<PropertyDef> reads, Expr suspect, CodeBlock rule) {}

    /** Properties checked by one method at most (with their mirror rules, two checks each at most). */
    static final int PROPERTIES_PER_METHOD = Gen.CHUNK / 2;

    private final SpecDef spec;
    private final Members methods;
    private final Function<PropertyDef, String> locals;
    private final Function<PropertyDef, CodeBlock> idOf;
    /** The discriminator, whose local is a parameter of every kind method; null without kinds. */
    private final PropertyDef discriminator;
    /** The properties read by a kind method and passed to its groups (see {@link #shared}). */
    private final Set<PropertyDef> shared;
    /** Each property's place in the spec. */
    private final Map<PropertyDef, Integer> index = new HashMap<>();
    /** Group methods written so far, by their parameters and body: a kind that checks a group alike calls it. */
    private final Map<String, String> written = new HashMap<>();

    KindMethods(SpecDef spec, Members methods, Function<PropertyDef, String> locals, Function<PropertyDef, CodeBlock> idOf) {
        this.spec = spec;
        this.methods = methods;
        this.locals = locals;
        this.idOf = idOf;
        this.discriminator = Gen.hasKinds(spec) ? spec.discriminator() : null;
        this.shared = shared();
        for (PropertyDef p : spec.properties()) {
            index.put(p, index.size());
        }
    }

    /**
     * The properties whose values more than one group or an implication tests: a mirror's source in another group than
     * the mirror, and every property an implication names.
     */
    private Set<PropertyDef> shared() {
        Set<PropertyDef> out = new LinkedHashSet<>();
        for (PropertyDef p : spec.properties()) {
            if (p.mirror() != null) {
                PropertyDef source = spec.property(p.mirror().source());
                if (!group(source).equals(group(p))) {
                    out.add(source);
                }
            }
        }
        for (ImpliesDef i : spec.implies()) {
            for (var cs : List.of(i.when(), i.then())) {
                cs.forEach(c -> out.add(spec.property(c.property())));
            }
        }
        return out;
    }

    /** The group of a property: the kinds its first conditional presence names, or {@code everyKind}. */
    private String group(PropertyDef p) {
        for (PresenceDef d : p.presences()) {
            if (!d.when().isEmpty() && !p.ignored()) {
                return camel(String.join("_OR_", d.when()));
            }
        }
        return "everyKind";
    }

    /** {@code DESCRIBES_FOLDER} as {@code describesFolder}. */
    static String camel(String upper) {
        StringBuilder b = new StringBuilder();
        boolean up = false;
        for (char c : upper.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = b.length() > 0;
            } else if (Character.isJavaIdentifierPart(c)) {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.length() == 0 || !Character.isJavaIdentifierStart(b.charAt(0)) ? "group" + b : b.toString();
    }

    /**
     * Adds a kind's checks to its method {@code kind} (named {@code kindName}): with kinds, as calls of its groups;
     * without, in the method itself, continued in methods named after their first property past
     * {@link #PROPERTIES_PER_METHOD} properties.
     * {@code after}: the checks the kind's method makes itself afterwards; {@code read}: the properties whose locals the
     * kind method holds (updated).
     */
    void addGroups(List<MethodSpec> out, MethodSpec.Builder kind, String kindName, List<Check> checks, List<Check> after,
            Set<PropertyDef> read) {
        // the values the kind's method passes on or tests itself are read first, one after the other: a call between two
        // reads would make HotSpot load the bag's tables again after it
        Set<PropertyDef> first = new LinkedHashSet<>(params(checks));
        after.forEach(c -> first.addAll(c.reads()));
        for (PropertyDef p : spec.properties()) {
            if (first.contains(p)) {
                readInto(kind, p, read);
            }
        }
        if (discriminator == null) {
            addChunked(out, kind, kindName, kindName, checks, read);
            return;
        }
        List<List<Check>> runs = runs(checks);
        Map<String, Integer> runsOf = new HashMap<>();
        runs.forEach(r -> runsOf.merge(group(r.get(0).owner()), 1, Integer::sum));
        for (List<Check> run : runs) {
            String group = group(run.get(0).owner());
            List<List<Check>> parts = parts(run);
            for (List<Check> part : parts) {
                boolean whole = parts.size() == 1 && runsOf.get(group) == 1;
                callPart(out, kind, whole ? group : fromFirst(group, part), kindName, part, read);
            }
        }
    }

    /**
     * Adds {@code checks} to {@code method}, or to methods named {@code base} after their first property (see
     * {@link #parts}), shared by the kinds that check alike ({@code kindName}: the kind, named when a name is taken).
     */
    void addChunked(List<MethodSpec> out, MethodSpec.Builder method, String base, String kindName, List<Check> checks,
            Set<PropertyDef> read) {
        List<List<Check>> parts = parts(checks);
        if (parts.size() == 1) {
            addChecks(method, checks, read);
            return;
        }
        for (List<Check> part : parts) {
            callPart(out, method, fromFirst(base, part), kindName, part, read);
        }
    }

    /**
     * {@code checks} cut where their property's place passes a multiple of {@link #PROPERTIES_PER_METHOD}: the same cuts
     * in every kind, so that kinds share the methods (and at most two checks per property keep a method far below
     * HotSpot's 8,000 bytes, past which it is never compiled).
     */
    private List<List<Check>> parts(List<Check> checks) {
        List<List<Check>> out = new ArrayList<>();
        int last = -1;
        for (Check c : checks) {
            int part = index.get(c.owner()) / PROPERTIES_PER_METHOD;
            if (out.isEmpty() || part != last) {
                out.add(new ArrayList<>());
                last = part;
            }
            out.get(out.size() - 1).add(c);
        }
        return out.isEmpty() ? List.of(List.of()) : out;
    }

    private static String fromFirst(String base, List<Check> part) {
        return base + "From" + Names.capitalized(part.get(0).owner().accessorName());
    }

    /**
     * Calls the method checking {@code part} from {@code caller}: the one written for another kind when it checks the
     * same, else a new one named {@code base} (or {@code base} in {@code kindName} when that name is taken).
     */
    private void callPart(List<MethodSpec> out, MethodSpec.Builder caller, String base, String kindName, List<Check> part,
            Set<PropertyDef> read) {
        List<PropertyDef> params = params(part);
        CodeBlock.Builder args = CodeBlock.builder();
        for (PropertyDef p : params) {
            readInto(caller, p, read);
            args.add("$N, ", locals.apply(p));
        }
        String key = discriminator == null ? null : key(params, part);
        String name = key == null ? null : written.get(key);
        if (name == null) {
            name = methods.allocate(base, base + "In" + Names.capitalized(kindName));
            if (key != null) {
                written.put(key, name);
            }
            out.add(groupMethod(name, params, part).build());
        }
        caller.addStatement("v = $N(bag, $Lv)", name, args.build());
    }

    /** What a group method does, as text: two kinds that check a group alike give the same key. */
    private String key(List<PropertyDef> params, List<Check> part) {
        StringBuilder b = new StringBuilder();
        params.forEach(p -> b.append(locals.apply(p)).append(','));
        for (Check c : part) {
            c.reads().forEach(p -> b.append(locals.apply(p)).append(','));
            b.append(c.suspect() == null ? "" : c.suspect().code()).append(';').append(c.rule()).append('\n');
        }
        return b.toString();
    }

    /** The maximal runs of checks whose properties are of the same group, in order. */
    private List<List<Check>> runs(List<Check> checks) {
        List<List<Check>> out = new ArrayList<>();
        String last = null;
        for (Check c : checks) {
            String g = group(c.owner());
            if (!g.equals(last)) {
                out.add(new ArrayList<>());
                last = g;
            }
            out.get(out.size() - 1).add(c);
        }
        return out;
    }

    /** What a group method is given: the discriminator and the shared properties it reads, in the spec's order. */
    private List<PropertyDef> params(List<Check> part) {
        Set<PropertyDef> reads = new LinkedHashSet<>();
        part.forEach(c -> reads.addAll(c.reads()));
        List<PropertyDef> out = new ArrayList<>();
        for (PropertyDef p : spec.properties()) {
            if (reads.contains(p) && (p.equals(discriminator) || shared.contains(p))) {
                out.add(p);
            }
        }
        return out;
    }

    private MethodSpec.Builder groupMethod(String name, List<PropertyDef> params, List<Check> part) {
        MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(Gen.VIOLATIONS).addParameter(Gen.PROPERTY_BAG, "bag");
        for (PropertyDef p : params) {
            m.addParameter(Object.class, locals.apply(p));
        }
        addChecks(m.addParameter(Gen.VIOLATIONS, "v"), part, new LinkedHashSet<>(params));
        return m.addStatement("return v");
    }

    /**
     * Adds {@code checks} to {@code method}, reading each property into its local before the first statement that needs
     * it ({@code read}: the method's locals so far).
     */
    void addChecks(MethodSpec.Builder method, List<Check> checks, Set<PropertyDef> read) {
        for (Check c : checks) {
            for (PropertyDef p : c.reads()) {
                readInto(method, p, read);
            }
            if (c.suspect() == null) {
                method.addStatement(c.rule());
            } else {
                method.beginControlFlow("if ($L)", c.suspect().code()).addStatement(c.rule()).endControlFlow();
            }
        }
    }

    private void readInto(MethodSpec.Builder method, PropertyDef p, Set<PropertyDef> read) {
        if (read.add(p)) {
            method.addStatement("$T $N = bag.get($L)", Object.class, locals.apply(p), idOf.apply(p));
        }
    }
}
