package dev.oxprops.processor.generate;

import dev.oxprops.processor.source.ClassName;
import dev.oxprops.processor.source.CodeBlock;
import dev.oxprops.processor.source.FieldSpec;
import dev.oxprops.processor.source.TypeName;
import dev.oxprops.processor.source.TypeSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The constants of a generated validator (its rules, built once), in nested holder classes named after what they
 * hold: {@code PropertyIds}, {@code PropertyRules}, {@code MirrorRules}, {@code ForbiddenProperties},
 * {@code RulesAcrossProperties}. A holder is initialized on first use, so a kind of message that never occurs costs
 * nothing; one that would pass {@link Gen#CHUNK} constants continues in {@code PropertyRules2}, ... (the JVM's 64 KB
 * limit on an initializer).
 */
final class RuleHolders {
    /** What a holder holds: its class name and Javadoc. */
    enum Group {
        ID("PropertyIds", "The ids of the properties read, as constants (HotSpot folds a static final, not a key's field)."),
        PROPERTY("PropertyRules", "The rules on one property each, after one read: presence, type and value; the discriminator's."),
        MIRROR("MirrorRules", "The mirror rules: a property holds its source's value, or its hexadecimal string."),
        FORBIDDEN("ForbiddenProperties", "The properties each kind of message forbids, and their presence rules."),
        ACROSS("RulesAcrossProperties", "The rules across properties (implications, comparisons), and the values they compare with.");

        final String className;
        final String doc;

        Group(String className, String doc) {
            this.className = className;
            this.doc = doc;
        }
    }

    /** A constant of a holder class: its type and initializer. */
    private record Constant(TypeName type, CodeBlock init) {}

    /** Per group, its holders in order; each maps constant names to constants. */
    private final Map<Group, List<Map<String, Constant>>> holders = new LinkedHashMap<>();
    /** Constant name to the simple name of its holder. */
    private final Map<String, String> holderOf = new LinkedHashMap<>();
    private final Map<String, Constant> all = new LinkedHashMap<>();

    /**
     * A reference to a constant, declared once. Names are derived from property and section, so two different
     * rules can meet on one name (sections "2.2.4" and "2.2-4"): the second gets a numbered name.
     */
    CodeBlock ref(Group group, String proposed, CodeBlock init, TypeName type) {
        String name = proposed;
        for (int n = 2; all.containsKey(name) && !all.get(name).init().equals(init); n++) {
            name = proposed + "_" + n;
        }
        String holder = holderOf.get(name);
        if (holder == null) {
            List<Map<String, Constant>> chunks = holders.computeIfAbsent(group, g -> new ArrayList<>());
            if (chunks.isEmpty() || chunks.get(chunks.size() - 1).size() >= Gen.CHUNK) {
                chunks.add(new LinkedHashMap<>());
            }
            Constant c = new Constant(type, init);
            chunks.get(chunks.size() - 1).put(name, c);
            all.put(name, c);
            holder = group.className + (chunks.size() == 1 ? "" : String.valueOf(chunks.size()));
            holderOf.put(name, holder);
        }
        return CodeBlock.of("$N.$N", holder, name);
    }

    /** The holder classes, in group order. */
    List<TypeSpec> types() {
        List<TypeSpec> out = new ArrayList<>();
        for (Group g : Group.values()) {
            List<Map<String, Constant>> chunks = holders.getOrDefault(g, List.of());
            for (int i = 0; i < chunks.size(); i++) {
                TypeSpec.Builder holder = TypeSpec.classBuilder(g.className + (i == 0 ? "" : String.valueOf(i + 1)))
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL).addJavadoc("$L\n", g.doc);
                for (Map.Entry<String, Constant> e : chunks.get(i).entrySet()) {
                    holder.addField(FieldSpec.builder(e.getValue().type(), e.getKey(), Modifier.STATIC, Modifier.FINAL)
                            .initializer(e.getValue().init()).build());
                }
                out.add(holder.build());
            }
        }
        return out;
    }
}
