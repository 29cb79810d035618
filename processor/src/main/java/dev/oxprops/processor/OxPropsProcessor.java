package dev.oxprops.processor;

import com.google.auto.service.AutoService;
import dev.oxprops.processor.diag.Message;
import dev.oxprops.processor.diag.Origins;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.diag.Site;
import dev.oxprops.processor.generate.Generator;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.parse.DeferException;
import dev.oxprops.processor.parse.SpecParser;
import dev.oxprops.processor.structure.StructureStep;
import dev.oxprops.processor.validate.ModelValidator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The oxprops annotation processor. Wires the pipeline for each {@code @Spec} interface: parse into an
 * immutable model, validate it, and generate only when validation found no error. Each interface is
 * processed in its own guard: an unexpected exception becomes one error on that interface. Interfaces
 * that refer to types not generated yet are retried in the next round.
 *
 * <p>Claims no annotation ({@code process} returns false). Claiming would not make {@code -Xlint:all -Werror}
 * builds pass: the round after generation holds {@code @Generated}, which oxprops must not claim from others, and
 * a processor for "*" that runs after a claiming one is not called in rounds where everything was claimed (pinned by
 * {@code LintTest}). Builds with {@code -Werror} use {@code -Xlint:all,-processing} (docs/diagnostics.md).
 */
@AutoService(Processor.class)
public class OxPropsProcessor extends AbstractProcessor {
    static final String SPEC = "dev.oxprops.annotations.Spec";

    /** Spec interfaces deferred to a later round, by name, with the missing type. */
    private final Map<String, String> deferred = new LinkedHashMap<>();
    /** The {@code @Structure} part, created on first use (specs without structures never load it). */
    private StructureStep structures;
    /** Each class generated so far in this compilation, by qualified name, with the spec it was generated for. */
    private final Map<String, TypeElement> generatedFor = new HashMap<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of(SPEC, StructureStep.ANNOTATION);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (annotations.stream().anyMatch(a -> a.getQualifiedName().contentEquals(StructureStep.ANNOTATION))) {
            if (structures == null) {
                structures = pipeline().structures();
            }
            structures.process(round);
        }
        List<TypeElement> todo = new ArrayList<>();
        for (String name : deferred.keySet()) {
            TypeElement t = processingEnv.getElementUtils().getTypeElement(name);
            if (t != null) {
                todo.add(t);
            }
        }
        deferred.clear();
        TypeElement spec = processingEnv.getElementUtils().getTypeElement(SPEC);
        if (spec != null) {
            for (Element e : round.getElementsAnnotatedWith(spec)) {
                if (e instanceof TypeElement && !todo.contains(e)) {
                    todo.add((TypeElement) e);
                }
            }
        }
        for (TypeElement t : todo) {
            processOne(t, round);
        }
        if (round.processingOver()) {
            Reporter reporter = new Reporter(processingEnv);
            for (Map.Entry<String, String> d : deferred.entrySet()) {
                TypeElement t = processingEnv.getElementUtils().getTypeElement(d.getKey());
                if (t != null) {
                    reporter.report(Site.of(t), Message.UNRESOLVED, t.getSimpleName(), d.getValue());
                }
            }
            deferred.clear();
        }
        return false;
    }

    private void processOne(TypeElement type, RoundEnvironment round) {
        Reporter reporter = new Reporter(processingEnv);
        try {
            SpecParser parser = pipeline().parser(reporter);
            SpecDef spec = parser.parse(type);
            if (spec == null) {
                return;
            }
            Origins origins = parser.origins();
            if (!new ModelValidator(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter)
                    .validate(spec, origins)) {
                return;
            }
            if (!NameClashes.check(spec, origins, round, processingEnv, reporter)
                    || !claimNames(spec, origins, reporter)) {
                return;
            }
            try {
                pipeline().generate(spec);
            } catch (FilerException e) {
                // another processor (or a stale file) holds one of the names
                reporter.report(origins.site(spec).attr("generatedName"), Message.SPEC_NAME_CLASH, e.getMessage());
            }
        } catch (DeferException e) {
            deferred.put(type.getQualifiedName().toString(), e.getMessage());
        } catch (Exception | LinkageError | AssertionError | StackOverflowError e) {
            reporter.report(Site.of(type), Message.INTERNAL, type.getQualifiedName(), firstLines(e));
        }
    }

    /**
     * Takes the names of the classes {@code spec} generates; when another spec of this compilation already has one
     * (the same generatedName, or {@code OuterInner} beside {@code Outer.Inner}), an error on this spec instead.
     */
    private boolean claimNames(SpecDef spec, Origins origins, Reporter reporter) {
        String prefix = spec.packageName().isEmpty() ? "" : spec.packageName() + ".";
        for (String simple : Generator.simpleNames(spec)) {
            TypeElement other = generatedFor.get(prefix + simple);
            if (other != null && !other.equals(origins.spec())) {
                reporter.report(origins.site(spec).attr("generatedName"), Message.SPEC_GENERATED_TWICE, prefix + simple,
                        other.getQualifiedName());
                return false;
            }
        }
        for (String simple : Generator.simpleNames(spec)) {
            generatedFor.put(prefix + simple, origins.spec());
        }
        return true;
    }

    /** The parts of the pipeline; a seam for tests that inject failures. */
    Pipeline pipeline() {
        return new Pipeline();
    }

    /** Creates the pipeline's steps. */
    class Pipeline {
        SpecParser parser(Reporter reporter) {
            return new SpecParser(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter);
        }

        StructureStep structures() {
            return new StructureStep(processingEnv);
        }

        Generator generator() {
            return new Generator(processingEnv.getFiler(), processingEnv.getElementUtils());
        }

        /** Writes the files of one valid spec (tests override it to fail for one spec). */
        void generate(SpecDef spec) throws IOException {
            generator().generate(spec);
        }
    }

    private static String firstLines(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        String[] lines = w.toString().split("\\R");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(4, lines.length); i++) {
            b.append(i == 0 ? "" : " | ").append(lines[i].trim());
        }
        return b.toString();
    }
}
