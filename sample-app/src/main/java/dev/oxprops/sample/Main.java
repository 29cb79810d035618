package dev.oxprops.sample;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code oxprops} command: {@code demo}, {@code create}, {@code inspect}, {@code scan}. */
@Command(name = "oxprops", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Typed MAPI properties: the MS-OXSHARE section 4 demo, sharing messages built from options, "
                + "and a validator for .msg, .eml and Graph JSON files.",
        subcommands = {DemoCommand.class, CreateCommand.class, InspectCommand.class, ScanCommand.class,
            CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    static {
        // Apache POI (the .msg backend) logs through Log4j's API; without a provider Log4j prints an error.
        // The simple logger, at errors only, keeps standard error for the tool's own output.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (System.getProperty("org.apache.logging.log4j.simplelog.level") == null) {
            System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        }
    }

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command line, ready to execute (tests call it in-process with their own writers). */
    public static CommandLine commandLine() {
        return new CommandLine(new Main());
    }

    /** Runs the command with {@code out} and {@code err} as its writers; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version: the jar's Implementation-Version, else "development build". */
    public static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"oxprops " + (v == null ? "0.1.0-SNAPSHOT (development build)" : v),
                "specs: MS-OXSHARE (Sharing Message Object Protocol), MS-OXCMSG (Message and Attachment Object Protocol)"};
        }
    }
}
