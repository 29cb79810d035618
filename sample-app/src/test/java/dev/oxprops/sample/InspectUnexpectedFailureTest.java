package dev.oxprops.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Issue 12: an unexpected failure on one file is "unreadable" (exit 2), never a crash of the whole run. */
class InspectUnexpectedFailureTest {
    private static InspectCommand.Result failing(Throwable t, Path file) {
        Function<Path, InspectCommand.Result> boom = p -> {
            if (t instanceof RuntimeException) {
                throw (RuntimeException) t;
            }
            throw (Error) t;
        };
        return InspectCommand.inspectOrUnreadable(file, boom);
    }

    @Test
    void errorsAndBugsOnOneFileMakeItUnreadable() {
        Path file = Path.of("hostile.msg");
        for (Throwable t : List.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(),
                new IllegalStateException("a bug"), new NoClassDefFoundError("x/Y"), new AssertionError("no"))) {
            InspectCommand.Result r = failing(t, file);
            assertEquals(InspectCommand.Status.UNREADABLE, r.status(), t::toString);
            assertNotNull(r.problem(), t::toString);
            // in words, without Java class names (issue 13, item 12)
            assertTrue(!r.problem().contains("Error") && !r.problem().contains("Exception"), r::toString);
            assertEquals("msg", r.format());
        }
    }
}
