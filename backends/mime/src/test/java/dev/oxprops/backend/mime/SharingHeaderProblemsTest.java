package dev.oxprops.backend.mime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.ReadProblem;
import dev.oxprops.runtime.validation.ValidationReport;
import dev.oxprops.specs.oxshare.SharingMessageValidator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 12, item 7: a malformed X-Sharing-Flavor is a violation naming it; a duplicated one a problem naming it. */
class SharingHeaderProblemsTest {
    static MimePropertyBag parse(String headers) throws IOException {
        return MimePropertyBag.parse(new ByteArrayInputStream(headers.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aMalformedFlavorIsAViolationNamingIt() throws IOException {
        for (String flavor : List.of("2050G", "20 500", "\uFF12\uFF10\uFF15\uFF10\uFF10", "")) {
            MimePropertyBag bag = parse("Content-Class: Sharing\r\nX-Sharing-Flavor: " + flavor + "\r\n\r\n");
            ValidationReport r = SharingMessageValidator.INSTANCE.validate(bag);
            assertTrue(r.violations().stream().anyMatch(v -> v.property().equals("PidNameXSharingFlavor")),
                    flavor + ": " + r.format());
        }
    }

    @Test
    void aDuplicatedFlavorIsAProblemNamingTheHeader() throws IOException {
        MimePropertyBag bag = parse("X-Sharing-Flavor: 20500\r\nX-Sharing-Flavor: 310\r\n\r\n");
        assertTrue(bag.problems().stream().anyMatch(p -> p.kind() == ReadProblem.Kind.DUPLICATE
                && p.subject().equalsIgnoreCase("X-Sharing-Flavor") && p.property() != null), bag.problems()::toString);
    }
}
