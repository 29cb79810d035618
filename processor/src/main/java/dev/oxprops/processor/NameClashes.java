package dev.oxprops.processor;

import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.generate.Generator;
import dev.oxprops.processor.model.PropertyDef;
import dev.oxprops.processor.model.SpecDef;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reports generated class names that collide with types the user declares in this compilation, and stale
 * generated sources compiled again (the filer could not write them). Classes an earlier build generated that sit
 * on the class path are no clash: they are generated anew.
 */
final class NameClashes {
    private static final String GENERATED = "javax.annotation.processing.Generated";
    private static final String PROCESSOR = "dev.oxprops.processor.OxPropsProcessor";

    private NameClashes() {}

    /** The most bytes of a file name most file systems allow (ext4, APFS, NTFS in UTF-16 units). */
    static final int MAX_FILE_NAME = 255;

    static boolean check(SpecDef spec, Origins origins, RoundEnvironment round, ProcessingEnvironment env,
            Reporter reporter) {
        boolean ok = checkLengths(spec, origins, reporter);
        for (String simple : Generator.simpleNames(spec)) {
            String qualified = spec.packageName().isEmpty() ? simple : spec.packageName() + "." + simple;
            TypeElement existing = env.getElementUtils().getTypeElement(qualified);
            if (existing == null || !isSource(existing, round)) {
                continue;
            }
            reporter.report(origins.site(spec), generatedByUs(existing) ? Message.SPEC_STALE_GENERATED
                    : Message.SPEC_NAME_CLASH, qualified);
            ok = false;
        }
        return ok;
    }

    /** Every generated class file's name fits a file system's limit; else an error on what made it long. */
    private static boolean checkLengths(SpecDef spec, Origins origins, Reporter reporter) {
        boolean ok = true;
        boolean specReported = false;
        for (Map.Entry<String, PropertyDef> e : Generator.classFileNames(spec).entrySet()) {
            int bytes = (e.getKey() + ".class").getBytes(StandardCharsets.UTF_8).length;
            if (bytes <= MAX_FILE_NAME) {
                continue;
            }
            ok = false;
            PropertyDef p = e.getValue();
            if (p != null) {
                reporter.report(origins.of(p).methodSite(), Message.NAME_TOO_LONG, e.getKey(), bytes,
                        "the name of " + p.accessorName() + "()");
            } else if (!specReported) {
                specReported = true;
                reporter.report(origins.site(spec).attr("generatedName"), Message.NAME_TOO_LONG, e.getKey(), bytes,
                        "@Spec(generatedName = ...) or the interface's name");
            }
        }
        return ok;
    }

    /** Whether the type (or the type it is nested in) is a source of this compilation. */
    private static boolean isSource(TypeElement existing, RoundEnvironment round) {
        for (Element root : round.getRootElements()) {
            if (root.equals(existing) || root.equals(existing.getEnclosingElement())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the type carries {@code @Generated("dev.oxprops.processor.OxPropsProcessor")}. */
    private static boolean generatedByUs(TypeElement type) {
        for (AnnotationMirror m : type.getAnnotationMirrors()) {
            if (((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().contentEquals(GENERATED)) {
                for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : m.getElementValues().entrySet()) {
                    Object v = e.getValue().getValue();
                    if (e.getKey().getSimpleName().contentEquals("value") && v instanceof List<?>) {
                        for (Object item : (List<?>) v) {
                            if (item instanceof AnnotationValue && PROCESSOR.equals(((AnnotationValue) item).getValue())) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }
}
