package dev.oxprops.processor.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.oxprops.processor.AnyAnnotationsProcessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import org.junit.jupiter.api.Test;

/** Type names of the compiler's types ({@link TypeName#get(javax.lang.model.type.TypeMirror)}), against JavaPoet's. */
class TypeMirrorNamesTest {
    private static final String SOURCE = "package t;\n"
            + "import java.util.*;\n"
            + "class Holder<T extends Number> {\n"
            + "  class Inner<U> {}\n"
            + "  static class Nested {}\n"
            + "  int a; long[][] b; String c; List<? super Integer> d; Map<String, ? extends List<T>> e; T f;\n"
            + "  Holder<String>.Inner<Long> g; Holder.Nested h; Map.Entry<?, byte[]> i; Holder<T>.Inner<T>[] j;\n"
            + "  Missing k;\n"
            + "  void m() {}\n"
            + "}\n";

    /** Collects each field's type as both libraries name it. */
    static final class Probe extends AnyAnnotationsProcessor {
        final List<String> ours = new ArrayList<>();
        final List<String> theirs = new ArrayList<>();
        ExecutableElement method;
        TypeElement nested;

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            for (Element root : round.getRootElements()) {
                for (Element e : root.getEnclosedElements()) {
                    if (e.getKind() == ElementKind.FIELD) {
                        ours.add(TypeName.get(e.asType()).toString());
                        theirs.add(com.palantir.javapoet.TypeName.get(e.asType()).toString());
                    } else if (e.getKind() == ElementKind.METHOD) {
                        method = (ExecutableElement) e;
                        ours.add(TypeName.get(method.getReturnType()).toString());
                        theirs.add(com.palantir.javapoet.TypeName.get(method.getReturnType()).toString());
                        assertThrows(IllegalArgumentException.class, () -> TypeName.get(method.asType()));
                    } else if (e.getSimpleName().contentEquals("Nested")) {
                        nested = (TypeElement) e;
                        ours.add(ClassName.get(nested).toString());
                        theirs.add(com.palantir.javapoet.ClassName.get(nested).toString());
                    }
                }
            }
            return false;
        }
    }

    @Test
    void typesOfFieldsAndMethods() {
        Probe p = new Probe();
        Compiler.javac().withProcessors(p).withOptions("-proc:only").compile(JavaFileObjects.forSourceString("t.Holder", SOURCE));
        assertEquals(p.theirs, p.ours);
        assertEquals(List.of("t.Holder.Nested", "int", "long[][]", "java.lang.String", "java.util.List<? super java.lang.Integer>",
                "java.util.Map<java.lang.String, ? extends java.util.List<T>>", "T",
                "t.Holder<java.lang.String>.Inner<java.lang.Long>", "t.Holder.Nested", "java.util.Map.Entry<?, byte[]>",
                "t.Holder<T>.Inner<T>[]", "Missing", "void"), p.ours);
    }
}
