package dev.oxprops.processor.validate;

import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.Names;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.SpecDef;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Duplicate identities, canonical names and accessor constants, and aliases, across a spec. */
final class IdentityChecks {
    private static final Set<String> RESERVED = Set.of("bag", "of", "create", "validate", "equals", "hashCode",
            "toString", "getClass", "ignored", "discriminatorIndex");

    private final Reporter reporter;
    private final Origins origins;

    IdentityChecks(Reporter reporter, Origins origins) {
        this.reporter = reporter;
        this.origins = origins;
    }

    void checkDuplicates(SpecDef spec) {
        Map<String, PropertyDef> byCanonical = new HashMap<>();
        Map<String, PropertyDef> byConstant = new HashMap<>();
        Map<String, PropertyDef> byIdentity = new HashMap<>();
        // constants of ...Keys that are not properties' keys
        Set<String> generatedConstants = new HashSet<>(Set.of("ALL"));
        for (PropertyDef p : spec.properties()) {
            if (p.set() != null) {
                generatedConstants.add(Names.setConstant(p.set().name()));
            }
        }
        for (PropertyDef p : spec.properties()) {
            if (RESERVED.contains(p.accessorName()) || generatedConstants.contains(Names.constant(p.accessorName()))) {
                reporter.report(origins.of(p).methodSite(), Message.METHOD_NAME_RESERVED, p.accessorName());
            }
            PropertyDef other = byCanonical.putIfAbsent(p.canonical(), p);
            if (other != null) {
                reporter.report(duplicateSite(spec, p, other, "canonical"), Message.DUP_CANONICAL, p.canonical(), other.accessorName());
            }
            String constant = Names.constant(p.accessorName());
            PropertyDef sameConstant = byConstant.putIfAbsent(constant, p);
            if (sameConstant != null) {
                reporter.report(origins.of(p).methodSite(), Message.DUP_ACCESSOR, sameConstant.accessorName(), p.accessorName(), constant);
            }
        }
        for (PropertyDef p : spec.properties()) {
            if (!p.aliasOf().isEmpty()) {
                checkAlias(spec, p);
                continue;
            }
            String key = identityKey(p);
            PropertyDef other = byIdentity.putIfAbsent(key, p);
            if (other == null) {
                continue;
            }
            switch (p.identity()) {
                case LID:
                    reporter.report(duplicateSite(spec, p, other, "lid"), Message.DUP_LID, String.format("0x%04X", p.lid()), p.set().name(),
                            other.canonical(), other.canonical());
                    break;
                case NAME:
                    reporter.report(duplicateSite(spec, p, other, "name"), Message.DUP_NAME, p.name(), p.set().name(), other.canonical(),
                            p.set().caseInsensitiveNames() ? " (names in this set compare case-insensitively)" : "",
                            other.canonical());
                    break;
                default:
                    reporter.report(duplicateSite(spec, p, other, "tag"), Message.DUP_TAG, String.format("0x%04X", p.tag()), p.type(),
                            other.canonical(), other.canonical());
                    break;
            }
        }
    }

    /**
     * Where a duplicate is reported: on the second declaration when the spec itself declares it; else on the first
     * when the spec declares that one; else (both inherited, perhaps from class files, where no position exists) on
     * the spec that brings them together.
     */
    private Site duplicateSite(SpecDef spec, PropertyDef second, PropertyDef first, String attribute) {
        if (identityIn(spec, second)) {
            return origins.of(second).identity().attr(attribute);
        }
        if (declaredIn(origins, second)) {
            return origins.of(second).methodSite();
        }
        return identityIn(spec, first) ? origins.of(first).identity().attr(attribute) : origins.site(spec);
    }

    /** Whether the property's identity is written in the spec interface itself (not inherited, not by @Ref). */
    private boolean identityIn(SpecDef spec, PropertyDef p) {
        return origins.of(p).identity().element().getEnclosingElement().equals(origins.spec());
    }

    /** Whether the spec interface itself declares the property's method. */
    static boolean declaredIn(Origins origins, PropertyDef p) {
        return origins.of(p).method().getEnclosingElement().equals(origins.spec());
    }

    private void checkAlias(SpecDef spec, PropertyDef p) {
        if (p.aliasOf().equals(p.canonical())) {
            reporter.report(origins.of(p).identity().attr("aliasOf"), Message.ALIAS_SELF, p.canonical());
            return;
        }
        PropertyDef target = spec.property(p.aliasOf());
        if (target == null) {
            reporter.report(origins.of(p).identity().attr("aliasOf"), Message.ALIAS_UNKNOWN, p.aliasOf());
            return;
        }
        if (!identityKey(target).equals(identityKey(p)) || target.type() != p.type()) {
            reporter.report(origins.of(p).identity().attr("aliasOf"), Message.ALIAS_MISMATCH, p.canonical(), target.canonical(),
                    p.identityText() + " " + p.type(), target.identityText() + " " + target.type());
            return;
        }
        if (!target.aliasOf().isEmpty()) {
            // A aliasOf B, B aliasOf A: no property of the pair is the one the others are aliases of
            reporter.report(origins.of(p).identity().attr("aliasOf"), Message.ALIAS_CHAIN, p.canonical(), target.canonical(),
                    target.aliasOf());
            return;
        }
        if (!p.presences().isEmpty() && !target.presences().isEmpty()) {
            List<Matrix.Cell> mine = Matrix.cells(spec, p);
            List<Matrix.Cell> theirs = Matrix.cells(spec, target);
            List<String> kinds = Matrix.valueNames(spec);
            for (int i = 0; i < mine.size(); i++) {
                if (mine.get(i).rule() != theirs.get(i).rule()) {
                    reporter.report(origins.site(p.presences().get(0)), Message.ALIAS_PRESENCE, p.canonical(), target.canonical(),
                            kinds.get(i), mine.get(i).rule(), theirs.get(i).rule());
                    return;
                }
            }
            if (Matrix.otherwise(spec, p).rule() != Matrix.otherwise(spec, target).rule()) {
                reporter.report(origins.site(p.presences().get(0)), Message.ALIAS_PRESENCE, p.canonical(), target.canonical(),
                        "an unknown kind", Matrix.otherwise(spec, p).rule(), Matrix.otherwise(spec, target).rule());
            }
        }
    }

    /** Identity for duplicate detection: a tag with its type, a LID or a name within its set's GUID. */
    static String identityKey(PropertyDef p) {
        String set = p.set() == null ? "" : p.set().guid().replace("{", "").replace("}", "").trim().toUpperCase(Locale.ROOT);
        switch (p.identity()) {
            case LID:
                return "L" + set + ":" + p.lid();
            case NAME:
                boolean ci = p.set().caseInsensitiveNames();
                return "N" + set + ":" + (ci ? p.name().toLowerCase(Locale.ROOT) : p.name());
            default:
                return "T" + p.tag() + ":" + p.type();
        }
    }
}
