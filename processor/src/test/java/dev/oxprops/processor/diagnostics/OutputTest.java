package dev.oxprops.processor.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.oxprops.processor.diag.Reporter;
import dev.oxprops.processor.generate.Generator;
import dev.oxprops.processor.model.SpecDef;
import dev.oxprops.processor.parse.SpecParser;
import dev.oxprops.processor.source.JavaFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** What is generated: reproducible, dated nowhere, and each file from exactly one spec (Gradle isolating). */
class OutputTest {
    private static final JavaFileObject RICH = Specs.source("Foo",
            "@Spec(id = \"MS-TEST\", messageClass = \"IPM.Test\", messageClassIsPrefix = true)",
            "@Implies(when = @Condition(property = \"PidLidSharingFlavor\", values = \"INVITATIONS\"),",
            "        then = @Condition(property = \"PidLidName\"), section = \"3\")",
            "public interface Foo {",
            "    @Property(canonical = \"PidLidSharingFlavor\", set = TestSet.class, lid = 0x8A18, type = MapiType.PtypInteger32, section = \"2\")",
            "    @Discriminator(groups = @Group(name = \"INVITATIONS\", values = {\"INVITATION\", \"BOTH\"}))",
            "    @OneOf({@Value(name = \"INVITATION\", value = \"0x310\"), @Value(name = \"REQUEST\", value = \"0x20500\"),",
            "        @Value(name = \"BOTH\", value = \"0x20710\")})",
            "    @Presence(PresenceRule.REQUIRED)",
            "    int flavor();",
            "    @Property(canonical = \"PidNameXFlavor\", set = Headers.class, name = \"X-Flavor\", type = MapiType.PtypString, section = \"2\")",
            "    @Mirror(of = \"PidLidSharingFlavor\", kind = MirrorKind.HEX)",
            "    String xFlavor();",
            "    @Property(canonical = \"PidLidName\", set = TestSet.class, lid = 0x8A07, type = MapiType.PtypString, section = \"2\")",
            "    @Presence(value = PresenceRule.REQUIRED, when = \"INVITATIONS\")",
            "    @Presence(value = PresenceRule.MUST_NOT, when = \"REQUEST\")",
            "    String name();",
            "    @Property(canonical = \"PidTagSubject\", tag = 0x0037, type = MapiType.PtypString, section = \"2\")",
            "    @StartsWith(\"Re\")",
            "    String subject();",
            "    @Property(canonical = \"PidLidOld\", set = TestSet.class, lid = 0x8A08, type = MapiType.PtypString, section = \"2\")",
            "    @Ignored(PresenceRule.MUST_NOT)",
            "    String old();",
            "    @Property(canonical = \"PidTagMessageClass\", tag = 0x001A, type = MapiType.PtypString, section = \"2\")",
            "    @MessageClass",
            "    String messageClass();",
            "}");

    private static Map<String, String> generated(Compilation c) {
        Specs.assertClean(c);
        Map<String, String> out = new LinkedHashMap<>();
        for (JavaFileObject f : c.generatedSourceFiles()) {
            try {
                out.put(f.toUri().toString(), f.getCharContent(false).toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    @Test
    void twoCompilationsGiveByteIdenticalSources() {
        Map<String, String> first = generated(Specs.compile(RICH));
        Map<String, String> second = generated(Specs.compile(RICH));
        assertEquals(5, first.size(), first.keySet().toString());
        assertEquals(first, second);
    }

    @Test
    void generatedAnnotationCarriesNoDate() {
        for (Map.Entry<String, String> f : generated(Specs.compile(RICH)).entrySet()) {
            assertTrue(f.getValue().contains("@Generated(\"dev.oxprops.processor.OxPropsProcessor\")"), f.getKey());
            assertFalse(f.getValue().contains("date ="), f.getKey());
        }
    }

    /** Parses each spec with the real parser and asks the generator for its files, without writing them. */
    static final class FilesProbe extends AbstractProcessor {
        final List<JavaFile> files = new ArrayList<>();
        final List<Element> specs = new ArrayList<>();

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
                    SpecDef spec = new SpecParser(processingEnv.getElementUtils(), new Reporter(processingEnv.getMessager()))
                            .parse((TypeElement) e);
                    specs.add(e);
                    files.addAll(new Generator(processingEnv.getFiler(), processingEnv.getElementUtils()).files(spec));
                }
            }
            return false;
        }
    }

    @Test
    void everyGeneratedFileHasItsSpecAsOnlyOriginatingElement() {
        FilesProbe probe = new FilesProbe();
        Compilation c = Compiler.javac().withProcessors(probe).compile(RICH);
        com.google.testing.compile.CompilationSubject.assertThat(c).succeeded();
        assertEquals(1, probe.specs.size());
        assertEquals(5, probe.files.size());
        for (JavaFile f : probe.files) {
            assertEquals(List.of(probe.specs.get(0)), f.typeSpec().originatingElements(), f.typeSpec().name());
        }
    }
}
