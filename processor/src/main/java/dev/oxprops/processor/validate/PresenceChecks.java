package dev.oxprops.processor.validate;

import dev.oxprops.annotations.MapiType;
import dev.oxprops.annotations.MirrorKind;
import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.model.GroupDef;
import dev.oxprops.processor.model.Matrix;
import dev.oxprops.processor.model.MirrorDef;
import dev.oxprops.processor.model.PresenceDef;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.RuleDef;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.model.StoredTypes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Mirrors, the discriminator and its groups, and the presence rules of each kind of message. */
final class PresenceChecks {
    private final Reporter reporter;
    private final Origins origins;

    PresenceChecks(Reporter reporter, Origins origins) {
        this.reporter = reporter;
        this.origins = origins;
    }

    void checkMirrors(SpecDef spec) {
        for (PropertyDef p : spec.properties()) {
            MirrorDef m = p.mirror();
            if (m == null) {
                continue;
            }
            if (m.source().equals(p.canonical())) {
                reporter.report(origins.site(m), Message.MIRROR_SELF, p.canonical());
                continue;
            }
            PropertyDef source = spec.property(m.source());
            if (source == null) {
                reporter.report(origins.site(m), Message.MIRROR_UNKNOWN, p.canonical(), m.source());
                continue;
            }
            if (IdentityChecks.identityKey(source).equals(IdentityChecks.identityKey(p))) {
                // a mirror of its own alias: one property, which cannot mirror itself
                reporter.report(origins.site(m), Message.MIRROR_SELF, p.canonical());
                continue;
            }
            if (m.kind() == MirrorKind.HEX) {
                if (!p.type().isString()) {
                    reporter.report(origins.site(m), Message.MIRROR_HEX_TARGET, p.canonical(), p.type());
                }
                if (!source.type().isInteger() && source.type() != MapiType.PtypBinary) {
                    reporter.report(origins.site(m), Message.MIRROR_HEX_SOURCE, p.canonical(), source.canonical(),
                            source.canonical(), source.type());
                }
            } else if (!StoredTypes.family(p.type()).equals(StoredTypes.family(source.type()))) {
                reporter.report(origins.site(m), Message.MIRROR_SAME_TYPES, p.canonical(), p.type(), source.canonical(), source.type());
            }
        }
        // cycles: follow each chain
        Set<String> reported = new HashSet<>();
        for (PropertyDef p : spec.properties()) {
            List<String> chain = new ArrayList<>();
            PropertyDef cur = p;
            while (cur != null && cur.mirror() != null && !chain.contains(cur.canonical())) {
                chain.add(cur.canonical());
                cur = spec.property(cur.mirror().source());
            }
            // a chain of one is a property mirroring itself, reported as MIRROR_SELF
            if (cur != null && chain.size() > 1 && chain.contains(cur.canonical()) && cur.canonical().equals(p.canonical())
                    && reported.add(String.join(",", sorted(chain)))) {
                chain.add(cur.canonical());
                reporter.report(origins.site(p.mirror()), Message.MIRROR_CYCLE, String.join(" -> ", chain));
            }
        }
    }

    private static List<String> sorted(List<String> in) {
        List<String> out = new ArrayList<>(in);
        out.sort(null);
        return out;
    }

    void checkDiscriminator(SpecDef spec) {
        PropertyDef first = null;
        for (PropertyDef p : spec.properties()) {
            if (!p.discriminator()) {
                continue;
            }
            if (first != null) {
                // two inherited discriminators meet in the spec that extends both: the error is the spec's
                reporter.report(IdentityChecks.declaredIn(origins, p) ? origins.of(p).discriminatorSite() : origins.site(spec), Message.DISC_TWICE, p.canonical(),
                        first.canonical());
                continue;
            }
            first = p;
            if (!p.type().isInteger() && !p.type().isString()) {
                reporter.report(origins.of(p).discriminatorSite(), Message.DISC_TYPE, p.canonical(), p.type());
            }
            if (p.rule(RuleDef.Kind.ONE_OF) == null) {
                reporter.report(origins.of(p).discriminatorSite(), Message.DISC_NO_VALUES, p.canonical());
            }
            List<String> values = Matrix.valueNames(spec);
            Set<String> groupNames = new HashSet<>();
            for (GroupDef g : p.groups()) {
                if (!groupNames.add(g.name()) || values.contains(g.name())) {
                    reporter.report(origins.site(g).attr("name"), Message.GROUP_DUP, g.name());
                }
                for (String v : g.values()) {
                    if (!values.contains(v)) {
                        reporter.report(origins.site(g).attr("values"), Message.GROUP_VALUE_UNKNOWN, g.name(), v, p.canonical());
                    }
                }
            }
        }
    }

    void checkPresence(SpecDef spec) {
        PropertyDef disc = spec.discriminator();
        List<String> values = Matrix.valueNames(spec);
        List<String> known = new ArrayList<>(values);
        known.addAll(Matrix.groups(spec).keySet());
        for (PropertyDef p : spec.properties()) {
            int defaults = 0;
            Map<String, PresenceDef> claimed = new LinkedHashMap<>();
            for (PresenceDef pd : p.presences()) {
                if (p.ignored() && !pd.rule().forbids()) {
                    reporter.report(origins.site(pd).attr("value"), Message.IGNORED_LEVEL, pd.rule(), p.canonical());
                }
                if (pd.when().isEmpty()) {
                    if (++defaults == 2) {
                        reporter.report(origins.site(pd), Message.PRESENCE_DEFAULT_TWICE, p.canonical());
                    }
                    continue;
                }
                if (disc == null) {
                    reporter.report(origins.site(pd), Message.DISC_MISSING, p.canonical());
                    continue;
                }
                for (String w : pd.when()) {
                    List<String> expanded = Matrix.expand(spec, w);
                    if (expanded.isEmpty()) {
                        reporter.report(origins.site(pd), Message.WHEN_UNKNOWN, w, p.canonical(), String.join(", ", known));
                        continue;
                    }
                    for (String v : expanded) {
                        PresenceDef before = claimed.putIfAbsent(v, pd);
                        if (before != null && before != pd) {
                            reporter.report(origins.site(pd), Message.WHEN_TWICE, v, p.canonical(), before.rule(), pd.rule());
                        }
                    }
                }
            }
            if (p.discriminator()) {
                for (String v : values) {
                    PresenceDef pd = Matrix.presenceFor(spec, p, v);
                    if (pd != null && pd.rule().forbids()) {
                        reporter.report(origins.site(pd), Message.DISC_FORBIDDEN, p.canonical(), pd.rule(), v);
                        break;
                    }
                }
            }
        }
        checkMirrorsChecked(spec);
    }

    /** A mirror that is never checked: for every kind, the mirror or its source is forbidden. */
    private void checkMirrorsChecked(SpecDef spec) {
        for (PropertyDef p : spec.properties()) {
            if (p.mirror() == null || spec.property(p.mirror().source()) == null) {
                continue;
            }
            PropertyDef source = spec.property(p.mirror().source());
            List<Matrix.Cell> mine = Matrix.cells(spec, p);
            List<Matrix.Cell> theirs = Matrix.cells(spec, source);
            boolean checkedSomewhere;
            if (mine.isEmpty()) {
                checkedSomewhere = !Matrix.otherwise(spec, p).rule().forbids() && !Matrix.otherwise(spec, source).rule().forbids();
            } else {
                checkedSomewhere = false;
                for (int i = 0; i < mine.size(); i++) {
                    checkedSomewhere |= !mine.get(i).rule().forbids() && !theirs.get(i).rule().forbids();
                }
            }
            if (!checkedSomewhere) {
                reporter.report(origins.site(p.mirror()), Message.MIRROR_UNCHECKED, p.canonical(), source.canonical());
            }
        }
    }
}
