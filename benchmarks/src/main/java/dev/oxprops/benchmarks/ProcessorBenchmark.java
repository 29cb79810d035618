package dev.oxprops.benchmarks;

import dev.oxprops.processor.OxPropsProcessor;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Goal 5: in-process javac on a generated spec interface of {@code properties} properties, without the processor
 * ({@code -proc:none}) and with {@link OxPropsProcessor}; the processor's cost is the difference. The interface
 * mixes four shapes of property: PtypInteger32 with @OneOf, PtypString (required), a PtypString @Mirror of it, and
 * PtypBinary. Output goes to a temporary directory; the class path is the running JVM's (the shaded jar).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(1)
// javac's own code needs the JIT: at 1,000 properties the shots settle after about 25 (docs/benchmarks.md, "Warm-up")
@Warmup(iterations = 30)
@Measurement(iterations = 10)
public class ProcessorBenchmark {
    /** Properties per generated spec interface. */
    static final int SPEC_SIZE = 1000;

    @Param({"250", "1000", "4000"})
    public int properties;

    JavaCompiler javac;
    StandardJavaFileManager files;
    List<JavaFileObject> sources;
    Path out;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no system Java compiler: run on a JDK");
        }
        files = javac.getStandardFileManager(null, Locale.ROOT, null);
        // at most SPEC_SIZE properties per interface: the processor refuses bigger specs ([OXP-SPEC-SIZE]), whose
        // accessor would overflow a class file's constant pool; 4,000 properties are four interfaces in one javac run
        sources = new ArrayList<>();
        sources.add(source("dev.oxprops.bench.gen.BenchSets", setsSource()));
        for (int first = 0; first < properties; first += SPEC_SIZE) {
            int count = Math.min(SPEC_SIZE, properties - first);
            String name = "BenchSpec" + properties + "From" + first;
            sources.add(source("dev.oxprops.bench.gen." + name, specSource(name, first, count)));
        }
        out = Files.createTempDirectory("oxprops-bench-javac");
        // fail early (and loudly) if the generated interface is not accepted by the processor
        compile(true);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        files.close();
        try (Stream<Path> walk = Files.walk(out)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Benchmark
    public boolean javacWithoutProcessor() {
        return compile(false);
    }

    @Benchmark
    public boolean javacWithProcessor() {
        return compile(true);
    }

    boolean compile(boolean withProcessor) {
        List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-s", out.toString(),
                "-classpath", System.getProperty("java.class.path"), "--release", "17", "-implicit:none", "-nowarn"));
        if (!withProcessor) {
            options.add("-proc:none");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, options, null, sources);
        if (withProcessor) {
            task.setProcessors(List.of(new OxPropsProcessor()));
        }
        boolean ok = task.call();
        if (!ok) {
            StringBuilder b = new StringBuilder("javac failed:");
            diagnostics.getDiagnostics().stream().limit(20).forEach(d -> b.append('\n').append(d));
            throw new IllegalStateException(b.toString());
        }
        return ok;
    }

    static JavaFileObject source(String className, String code) {
        URI uri = URI.create("string:///" + className.replace('.', '/') + JavaFileObject.Kind.SOURCE.extension);
        return new SimpleJavaFileObject(uri, JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return code;
            }
        };
    }

    static String setsSource() {
        return "package dev.oxprops.bench.gen;\n"
                + "import dev.oxprops.annotations.PropertySet;\n"
                + "public interface BenchSets {\n"
                + "    @PropertySet(name = \"PSETID_Bench\", guid = \"6ED8DA90-450B-101B-98DA-00AA003F1305\")\n"
                + "    interface PSETID_Bench {}\n"
                + "}\n";
    }

    /** A spec interface of {@code count} properties, numbered from {@code first}. */
    static String specSource(String name, int first, int count) {
        StringBuilder b = new StringBuilder();
        b.append("package dev.oxprops.bench.gen;\n")
                .append("import dev.oxprops.annotations.*;\n")
                .append("import dev.oxprops.bench.gen.BenchSets.PSETID_Bench;\n")
                .append("@Spec(id = \"BENCH-").append(name).append("\", title = \"Benchmark spec of ").append(count)
                .append(" properties\", generatedName = \"").append(name.replace("Spec", "")).append("\")\n")
                .append("public interface ").append(name).append(" {\n");
        for (int i = first; i < first + count; i++) {
            String lid = String.format("0x%04X", 0x8000 + i);
            String canonical = "PidLidBench" + i;
            b.append("    @Property(canonical = \"").append(canonical).append("\", set = PSETID_Bench.class, lid = ")
                    .append(lid).append(", type = MapiType.");
            switch (i % 4) {
                case 0:
                    b.append("PtypInteger32, section = \"2.").append(i).append("\")\n")
                            .append("    @OneOf({@Value(name = \"A\", value = \"0x00000001\", meaning = \"a\"), ")
                            .append("@Value(name = \"B\", value = \"0x00000002\", meaning = \"b\")})\n")
                            .append("    @Presence(PresenceRule.OPTIONAL)\n")
                            .append("    int bench").append(i).append("();\n");
                    break;
                case 1:
                    b.append("PtypString, section = \"2.").append(i).append("\")\n")
                            .append("    @Presence(PresenceRule.REQUIRED)\n")
                            .append("    String bench").append(i).append("();\n");
                    break;
                case 2:
                    b.append("PtypString, section = \"2.").append(i).append("\")\n")
                            .append("    @Mirror(of = \"PidLidBench").append(i - 1).append("\")\n")
                            .append("    @Presence(PresenceRule.REQUIRED)\n")
                            .append("    String bench").append(i).append("();\n");
                    break;
                default:
                    b.append("PtypBinary, section = \"2.").append(i).append("\")\n")
                            .append("    @Presence(PresenceRule.OPTIONAL)\n")
                            .append("    byte[] bench").append(i).append("();\n");
                    break;
            }
        }
        return b.append("}\n").toString();
    }

    /** Writes the generated interface of {@code args[0]} properties to stdout (to look at it). */
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        System.out.print(specSource("BenchSpec" + n, 0, n));
    }

}
