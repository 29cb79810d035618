package dev.oxprops.processor;

import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.generate.Generator;
import dev.oxprops.processor.model.SpecDef;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/** Reports generated class names that collide with types the user declares in this compilation. */
final class NameClashes {
    private NameClashes() {}

    static boolean check(SpecDef spec, RoundEnvironment round, ProcessingEnvironment env, Reporter reporter) {
        boolean ok = true;
        for (String simple : Generator.simpleNames(spec)) {
            String qualified = spec.packageName().isEmpty() ? simple : spec.packageName() + "." + simple;
            TypeElement existing = env.getElementUtils().getTypeElement(qualified);
            if (existing != null && isUserSource(existing, round)) {
                reporter.report(spec.site(), Message.SPEC_NAME_CLASH, qualified);
                ok = false;
            }
        }
        return ok;
    }

    private static boolean isUserSource(TypeElement existing, RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            if (root.equals(existing) || root.equals(existing.getEnclosingElement())) {
                return existing.getAnnotationMirrors().stream().noneMatch(m ->
                        m.getAnnotationType().toString().endsWith(".Generated"));
            }
        }
        return false;
    }
}
