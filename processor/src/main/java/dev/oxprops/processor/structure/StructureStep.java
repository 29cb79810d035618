package dev.oxprops.processor.structure;

import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.source.JavaFile;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;

/**
 * The structure part of the processor: for each {@code @Structure} interface of a round, parse, validate and, only
 * when both are clean, write its classes. Each interface is guarded on its own; nested structures declared elsewhere
 * (an earlier round, a library) are parsed quietly, their errors being reported where they are compiled.
 */
public class StructureStep {
    /** The annotation this step handles. */
    public static final String ANNOTATION = Annotations.PKG + "Structure";

    private final ProcessingEnvironment env;
    /** Parsed structures by qualified name; empty when the structure has errors. */
    private final Map<String, Optional<StructDef>> parsed = new HashMap<>();

    public StructureStep(ProcessingEnvironment env) {
        this.env = env;
    }

    /** Processes the structures of one round. */
    public void process(RoundEnvironment round) {
        TypeElement annotation = env.getElementUtils().getTypeElement(ANNOTATION);
        if (annotation == null) {
            return;
        }
        for (Element e : round.getElementsAnnotatedWith(annotation)) {
            if (e instanceof TypeElement) {
                processOne((TypeElement) e);
            }
        }
    }

    private void processOne(TypeElement type) {
        Reporter reporter = new Reporter(env.getMessager());
        try {
            StructDef s = parse(type, reporter);
            if (s == null || !new StructureValidator(reporter, this::quiet).validate(s)) {
                return;
            }
            for (JavaFile f : new StructureWriter(s, this::quiet, env.getElementUtils()).files()) {
                write(f);
            }
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            reporter.report(Site.of(type), Message.INTERNAL, type.getQualifiedName(), e);
        }
    }

    private StructDef parse(TypeElement type, Reporter reporter) {
        String key = type.getQualifiedName().toString();
        Optional<StructDef> known = parsed.get(key);
        if (known != null && known.isPresent()) {
            return known.get();
        }
        StructDef s = new StructureParser(env.getElementUtils(), reporter).parse(type);
        parsed.put(key, Optional.ofNullable(s));
        return s;
    }

    /** The structure of a nested interface, parsed without reporting; null when it has errors. */
    private StructDef quiet(TypeElement type) {
        Optional<StructDef> known = parsed.get(type.getQualifiedName().toString());
        if (known != null) {
            return known.orElse(null);
        }
        Reporter silent = new Reporter(new Silent());
        StructDef s = new StructureParser(env.getElementUtils(), silent).parse(type);
        parsed.put(type.getQualifiedName().toString(), Optional.ofNullable(s));
        if (s != null && !new StructureValidator(silent, this::quiet).validate(s)) {
            parsed.put(type.getQualifiedName().toString(), Optional.empty());
            return null;
        }
        return s;
    }

    /** Writes one generated file through the filer (tests override it to see the files). */
    protected void write(JavaFile f) throws IOException {
        f.writeTo(env.getFiler(), f.toString());
    }

    /** A messager that drops everything (structures parsed only to be nested). */
    private static final class Silent implements Messager {
        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg) {}

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {}

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {}

        @Override
        public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {}
    }
}
