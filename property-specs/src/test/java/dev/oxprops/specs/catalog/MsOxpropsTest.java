package dev.oxprops.specs.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The @Catalog of MS-OXPROPS lists exactly the generated catalogue interfaces, in their order. */
class MsOxpropsTest {
    @Test
    void listsEveryCatalogueInterface() throws Exception {
        // @Catalog is retained in class files only, not at run time: the list is read from the source
        String source = Files.readString(Path.of("src/main/java/dev/oxprops/specs/catalog/MsOxprops.java"));
        int start = source.indexOf("@Catalog({");
        String block = source.substring(start, source.indexOf("})", start));
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("(\\w+)\\.class").matcher(block);
        while (m.find()) {
            listed.add(m.group(1));
        }
        List<String> generated = new ArrayList<>();
        for (Class<?> c : CatalogGroups.INTERFACES) {
            generated.add(c.getSimpleName());
        }
        assertEquals(generated, listed);
    }
}
