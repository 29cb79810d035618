package dev.oxprops.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;

import dev.oxprops.sample.ItemScan;
import dev.oxprops.sample.MessageFiles;
import dev.oxprops.sample.ScanCommand;
import dev.oxprops.sample.ScanItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * The bulk scan past one machine: every item of a directory of message files and PSTs (anything Spark's
 * {@code binaryFiles} reads: local, HDFS, S3), validated by the same function as {@code oxprops scan}
 * ({@link ItemScan#items}: the generated validators, through the command-line tool's inspector), in a map step (the
 * runtime is stateless). Writes three datasets under the output directory: {@code items} (one row per item, the
 * columns of the scan's JSON-lines report, docs/cli.md), {@code rules} (per rule broken: level, section, property,
 * kind, mandatory, how many items break it) and {@code statuses} (items per status). Usage and scaling: docs/spark.md.
 */
public final class ScanJob {
    /** The schema of an item row: the scan's report (ScanItem#toJson), column for field. */
    public static final StructType ITEM = new StructType()
            .add("path", DataTypes.StringType)
            .add("embeddedIn", DataTypes.StringType)
            .add("format", DataTypes.StringType)
            .add("status", DataTypes.StringType)
            .add("problem", DataTypes.StringType)
            .add("warnings", DataTypes.createArrayType(DataTypes.StringType))
            .add("messageClass", DataTypes.StringType)
            .add("subject", DataTypes.StringType)
            .add("sharing", DataTypes.BooleanType)
            .add("flavor", DataTypes.StringType)
            .add("attachments", DataTypes.IntegerType)
            .add("violations", DataTypes.createArrayType(new StructType()
                    .add("level", DataTypes.StringType)
                    .add("mandatory", DataTypes.BooleanType)
                    .add("section", DataTypes.StringType)
                    .add("property", DataTypes.StringType)
                    .add("rule", DataTypes.StringType)
                    .add("message", DataTypes.StringType)));

    private ScanJob() {}

    /** What the job was asked: input, output, output format (json or parquet), and the scan's options. */
    public record Settings(String input, String output, String format, ItemScan.Options options) {
        public Settings {
            if (!format.equals("json") && !format.equals("parquet")) {
                throw new IllegalArgumentException("--format is json or parquet, not " + format);
            }
        }
    }

    /** {@code ScanJob [--format json|parquet] [--strict] [--read-password-protected] INPUT OUTPUT}. */
    public static void main(String[] args) {
        Settings settings = parse(args);
        SparkSession spark = SparkSession.builder().appName("oxprops scan").getOrCreate();
        try {
            long items = run(spark, settings);
            System.out.println("oxprops scan: " + items + " items written to " + settings.output());
        } finally {
            spark.stop();
        }
    }

    static Settings parse(String[] args) {
        String format = "parquet";
        boolean strict = false;
        boolean readProtected = false;
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--format":
                    if (i + 1 == args.length) {
                        throw new IllegalArgumentException("--format needs json or parquet");
                    }
                    format = args[++i].toLowerCase(Locale.ROOT);
                    break;
                case "--strict":
                    strict = true;
                    break;
                case "--read-password-protected":
                    readProtected = true;
                    break;
                default:
                    paths.add(args[i]);
            }
        }
        if (paths.size() != 2) {
            throw new IllegalArgumentException("usage: ScanJob [--format json|parquet] [--strict] "
                    + "[--read-password-protected] INPUT OUTPUT");
        }
        return new Settings(paths.get(0), paths.get(1), format, new ItemScan.Options(strict, readProtected));
    }

    /** Runs the scan and writes {@code items}, {@code rules} and {@code statuses}; returns the number of items. */
    public static long run(SparkSession spark, Settings settings) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        jsc.hadoopConfiguration().setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        ItemScan.Options options = settings.options();
        JavaRDD<String> lines = jsc.binaryFiles(settings.input(), jsc.defaultParallelism())
                .filter(f -> looked(f._1()))
                .flatMap(f -> scan(f, options));
        Dataset<Row> items = spark.read().schema(ITEM).json(spark.createDataset(lines.rdd(), Encoders.STRING()));
        String out = settings.output();
        write(items, settings, out + "/items");
        // the summaries from what was written: the files are scanned once
        Dataset<Row> written = spark.read().schema(ITEM).format(settings.format()).load(out + "/items");
        Dataset<Row> rules = written.select(col("path"), explode(col("violations")).as("v"))
                .select(col("path"), col("v.level").as("level"), col("v.section").as("section"),
                        col("v.property").as("property"), col("v.rule").as("rule"), col("v.mandatory").as("mandatory"))
                .distinct()
                .groupBy("level", "section", "property", "rule", "mandatory").agg(count("path").as("items"))
                .orderBy(col("mandatory").desc(), col("items").desc(), col("level"), col("section"), col("property"),
                        col("rule"));
        write(rules.coalesce(1), settings, out + "/rules");
        write(written.groupBy("status").agg(count("path").as("items")).orderBy("status").coalesce(1), settings,
                out + "/statuses");
        return written.count();
    }

    private static void write(Dataset<Row> data, Settings settings, String path) {
        data.write().mode("overwrite").option("ignoreNullFields", "false").format(settings.format()).save(path);
    }

    /** The files a folder walk of {@code oxprops scan} looks at (by name; each is then recognised by content). */
    static boolean looked(String uri) {
        String name = uri.substring(uri.lastIndexOf('/') + 1);
        return MessageFiles.Format.byExtension(Path.of(name.isEmpty() ? "_" : name)) != null;
    }

    /**
     * One file's items as report lines: a local file is scanned where it is; any other (HDFS, S3) is first copied
     * to a local temporary file (a PST is read by random access), removed when its items have been read.
     */
    static Iterator<String> scan(Tuple2<String, PortableDataStream> file, ItemScan.Options options) throws IOException {
        String uri = file._1();
        Path local;
        Path temporary = null;
        if (uri.startsWith("file:")) {
            local = Path.of(new org.apache.hadoop.fs.Path(uri).toUri()); // Hadoop's names are not escaped (spaces)
        } else {
            temporary = Files.createTempFile("oxprops-scan-", ".item");
            try (InputStream in = file._2().open()) {
                Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
            }
            local = temporary;
        }
        ItemScan.Jobs jobs = ItemScan.jobs(local, uri, options);
        Path remove = temporary;
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) ctx -> close(jobs, remove));
        }
        return new Iterator<>() {
            private Iterator<ScanItem> current = List.<ScanItem>of().iterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!jobs.hasNext()) {
                        close(jobs, remove);
                        return false;
                    }
                    current = jobs.next().run().iterator();
                }
                return true;
            }

            @Override
            public String next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return ScanCommand.json(current.next());
            }
        };
    }

    private static void close(ItemScan.Jobs jobs, Path temporary) {
        jobs.close();
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
