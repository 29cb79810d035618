package dev.oxprops.backend.pst;

import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.testdata.RealFiles;
import dev.oxprops.testkit.BagTestKit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** PST is read-only: the test kit's read-side checks on every item and attachment of the real PST file. */
class PstConformanceTest {
    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicNode> realFile() {
        return BagTestKit.readSide("dist-list.pst", this::itemsAndAttachments);
    }

    private List<PropertyBag> itemsAndAttachments() throws IOException {
        Path pst = dir.resolve("dist-list.pst");
        try (InputStream in = RealFiles.open("rjohnsondev--java-libpst/dist-list.pst")) {
            Files.copy(in, pst, StandardCopyOption.REPLACE_EXISTING);
        }
        List<PropertyBag> bags = new ArrayList<>();
        try (PstFile file = new PstReader().open(pst)) {
            for (PstItem item : file.items()) {
                bags.add(item);
                bags.addAll(item.recipients());
                bags.addAll(item.attachments());
            }
        }
        return bags;
    }
}
