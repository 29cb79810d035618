package dev.oxprops.processor.diagnostics;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A processor that runs after oxprops and looks: which types exist when processing is over (generated
 * sources are entered in the round after they are written, even when the compilation fails), and which
 * {@code @Spec} elements it was offered (oxprops claims none).
 */
final class Observer extends AbstractProcessor {
    private final List<String> wanted;
    final List<String> existing = new ArrayList<>();
    final List<String> specsSeen = new ArrayList<>();

    Observer(String... wanted) {
        this.wanted = List.of(wanted);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.oxprops.annotations.Spec");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement a : annotations) {
            for (Element e : round.getElementsAnnotatedWith(a)) {
                specsSeen.add(e.toString());
            }
        }
        if (round.processingOver()) {
            for (String w : wanted) {
                if (processingEnv.getElementUtils().getTypeElement(w) != null) {
                    existing.add(w);
                }
            }
        }
        return false;
    }
}
