package dev.oxprops.processor.functional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.oxprops.processor.OxPropsProcessor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles spec interfaces with the processor (compile-testing) and loads what was compiled, generated
 * classes included, into a class loader whose parent is the test's, so the generated code runs against
 * the same runtime classes the test sees ({@code PropertyBag}, {@code SpecValidator}, ...).
 */
final class CompiledSpecs {
    private final Compilation compilation;
    private final Loader loader;

    private CompiledSpecs(Compilation compilation) {
        this.compilation = compilation;
        this.loader = new Loader(compilation, CompiledSpecs.class.getClassLoader());
    }

    /** The source files under {@code functional/} on the test class path, e.g. {@code "toy/Toy.java"}. */
    static List<JavaFileObject> resources(String... names) {
        List<JavaFileObject> out = new ArrayList<>();
        for (String n : names) {
            out.add(JavaFileObjects.forResource("functional/" + n));
        }
        return out;
    }

    /** The toy specs: Toy (with its base, sets, catalog and codec) and the user's view. */
    static List<JavaFileObject> toySources() {
        return resources("toy/ToySets.java", "toy/ToyBase.java", "toy/ToyCatalog.java", "toy/CentsCodec.java", "toy/Toy.java",
                "toy/MyToyView.java");
    }

    static Compilation compile(List<JavaFileObject> sources) {
        return Compiler.javac().withProcessors(new OxPropsProcessor()).withOptions("-Xlint:all,-processing,-options")
                .compile(sources);
    }

    /** Compiles and fails the test, with every diagnostic, unless javac succeeded without warnings. */
    static CompiledSpecs compileClean(List<JavaFileObject> sources) {
        Compilation c = compile(sources);
        List<Diagnostic<? extends JavaFileObject>> bad = c.diagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING
                        || d.getKind() == Diagnostic.Kind.MANDATORY_WARNING)
                .collect(Collectors.toList());
        if (c.status() != Compilation.Status.SUCCESS || !bad.isEmpty()) {
            fail("compilation " + c.status() + ":\n" + bad.stream().map(Object::toString).collect(Collectors.joining("\n")));
        }
        return new CompiledSpecs(c);
    }

    Compilation compilation() {
        return compilation;
    }

    /** The text of a generated source file, e.g. {@code "toy/ToyKeys.java"}. */
    String generatedSource(String path) {
        Optional<JavaFileObject> f = compilation.generatedSourceFile(path.replace('/', '.').replaceAll("\\.java$", ""));
        if (f.isEmpty()) {
            fail("no generated source " + path);
        }
        try {
            return f.get().getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Class<?> load(String binaryName) {
        try {
            return Class.forName(binaryName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("not compiled: " + binaryName + "; have " + loader.bytes.keySet(), e);
        }
    }

    Object staticField(String className, String field) {
        try {
            return load(className).getField(field).get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(className + "." + field, e);
        }
    }

    /** Calls a public static method, rethrowing what it throws. */
    Object callStatic(String className, String method, Object... args) {
        return invoke(load(className), null, method, args);
    }

    /** A new instance through the only public constructor of a compiled class (a generated record), rethrowing what it throws. */
    Object construct(String className, Object... args) {
        java.lang.reflect.Constructor<?>[] cs = load(className).getConstructors();
        if (cs.length != 1) {
            throw new AssertionError(className + " has " + cs.length + " public constructors");
        }
        try {
            return cs[0].newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            throw new AssertionError(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(className, e);
        }
    }

    /** An implementation of a compiled interface whose methods return the values named in {@code values} (else null). */
    Object implement(String interfaceName, Map<String, Object> values) {
        Class<?> type = load(interfaceName);
        return java.lang.reflect.Proxy.newProxyInstance(loader, new Class<?>[] {type},
                (proxy, method, args) -> values.get(method.getName()));
    }

    /** Calls a public method of {@code target}, rethrowing what it throws. */
    static Object call(Object target, String method, Object... args) {
        return invoke(target.getClass(), target, method, args);
    }

    /** Whether {@code type} has a public method with this name (any parameters). */
    static boolean hasMethod(Class<?> type, String name) {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** An enum constant of a generated nested enum, e.g. {@code ("toy.ToyKeys$Kind", "ORDER")}. */
    Object enumConstant(String enumClass, String name) {
        for (Object c : load(enumClass).getEnumConstants()) {
            if (((Enum<?>) c).name().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(enumClass + " has no " + name);
    }

    private static Object invoke(Class<?> type, Object target, String name, Object[] args) {
        Method found = null;
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length
                    && Modifier.isStatic(m.getModifiers()) == (target == null) && accepts(m.getParameterTypes(), args)) {
                if (found != null) {
                    throw new AssertionError("ambiguous call " + type.getName() + "." + name);
                }
                found = m;
            }
        }
        if (found == null) {
            throw new AssertionError("no method " + type.getName() + "." + name + " for " + List.of(args));
        }
        try {
            return found.invoke(target, args);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new AssertionError(cause);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean accepts(Class<?>[] params, Object[] args) {
        for (int i = 0; i < params.length; i++) {
            Class<?> p = box(params[i]);
            if (args[i] == null ? params[i].isPrimitive() : !p.isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    private static Class<?> box(Class<?> c) {
        if (!c.isPrimitive()) {
            return c;
        }
        Map<Class<?>, Class<?>> boxes = Map.of(int.class, Integer.class, long.class, Long.class, short.class, Short.class,
                boolean.class, Boolean.class, double.class, Double.class, float.class, Float.class, byte.class, Byte.class,
                char.class, Character.class);
        return boxes.get(c);
    }

    /** Defines the compiled classes on demand; everything else comes from the parent (runtime, annotations, JDK). */
    private static final class Loader extends ClassLoader {
        private final Map<String, byte[]> bytes = new HashMap<>();

        Loader(Compilation compilation, ClassLoader parent) {
            super(parent);
            for (JavaFileObject f : compilation.generatedFiles()) {
                if (f.getKind() != JavaFileObject.Kind.CLASS) {
                    continue;
                }
                String path = f.toUri().getPath();
                int at = path.indexOf("CLASS_OUTPUT/");
                String name = (at >= 0 ? path.substring(at + "CLASS_OUTPUT/".length()) : path.replaceFirst("^/", ""))
                        .replaceAll("\\.class$", "").replace('/', '.');
                try (InputStream in = f.openInputStream()) {
                    bytes.put(name, in.readAllBytes());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = bytes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }

    /** Asserts two lists have the same elements in order, with a readable message. */
    static void assertListEquals(List<?> expected, List<?> actual) {
        assertEquals(expected, actual);
    }

    /** Reads a static field declared (possibly privately) on a class: for inspecting generated tables. */
    Object declaredStatic(String className, String field) {
        try {
            Field f = load(className).getDeclaredField(field);
            f.setAccessible(true);
            return f.get(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(className + "." + field, e);
        }
    }
}
