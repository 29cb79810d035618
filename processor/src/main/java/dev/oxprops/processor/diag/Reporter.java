package dev.oxprops.processor.diag;

import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.tools.Diagnostic;

/** Reports diagnostics, always at a {@link Site}, and counts the errors. */
public final class Reporter {
    private final Messager messager;
    private final RepeatedLocator repeated;
    private int errors;

    public Reporter(Messager messager) {
        this.messager = messager;
        this.repeated = null;
    }

    /** A reporter that also places diagnostics on repeated annotations where the compiler allows (javac). */
    public Reporter(ProcessingEnvironment env) {
        this.messager = env.getMessager();
        this.repeated = RepeatedLocator.create(env);
    }

    public void report(Site site, Message message, Object... args) {
        if (message.kind() == Diagnostic.Kind.ERROR) {
            errors++;
        }
        String text = message.format(args);
        if (repeated != null && repeated.print(message.kind(), text, site)) {
            return;
        }
        if (site.annotation() != null && site.value() != null) {
            messager.printMessage(message.kind(), text, site.element(), site.annotation(), site.value());
        } else if (site.annotation() != null) {
            messager.printMessage(message.kind(), text, site.element(), site.annotation());
        } else {
            messager.printMessage(message.kind(), text, site.element());
        }
    }

    /** The number of errors reported so far. */
    public int errorCount() {
        return errors;
    }
}
