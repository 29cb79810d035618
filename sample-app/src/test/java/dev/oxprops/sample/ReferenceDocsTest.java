package dev.oxprops.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.SpecModel;
import dev.oxprops.sample.docs.ReferenceDocs;
import dev.oxprops.specs.oxcmsg.MessageObjectModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferenceDocsTest {
    /**
     * The committed pages (the build writes its own into target/reference, never into them) are what the models
     * give now. After a spec change: mvn -pl sample-app process-classes -Doxprops.reference.out=$PWD/docs/reference
     */
    @Test
    void committedPagesAreUpToDate() throws IOException {
        Path dir = ReferenceMatrixTest.referenceDir();
        String stale = " is stale: regenerate it (see ReferenceDocsTest)";
        for (SpecModel spec : ReferenceDocs.SPECS) {
            assertEquals(ReferenceDocs.markdown(spec), Files.readString(dir.resolve(spec.id() + ".md")), spec.id() + ".md" + stale);
            assertEquals(ReferenceDocs.html(spec), Files.readString(dir.resolve(spec.id() + ".html")), spec.id() + ".html" + stale);
        }
    }

    @Test
    void everyPropertyIsListedWithItsIdentity() {
        for (SpecModel spec : ReferenceDocs.SPECS) {
            String md = ReferenceDocs.markdown(spec);
            String html = ReferenceDocs.html(spec);
            for (PropertyModel p : spec.properties()) {
                assertTrue(md.contains("| `" + p.canonicalName() + "` | " + PropertyNames.setColumn(p.key().id())), p::toString);
                assertTrue(html.contains("<tr id=\"" + p.canonicalName() + "\">"), p::toString);
            }
        }
        String md = ReferenceDocs.markdown(dev.oxprops.specs.oxshare.SharingMessageModel.SPEC);
        assertTrue(md.contains("| `PidLidSharingFlavor` | PSETID_Sharing | LID 0x8A18 | PtypInteger32 | 2.2.2.5 |"), md);
        assertTrue(md.contains("| `PidNameXSharingFlavor` | PS_INTERNET_HEADERS | name \"X-Sharing-Flavor\" |"), md);
        assertTrue(md.contains("mirrors PidLidSharingFlavor (hex, MUST, 2.2.2.6)"), md);
    }

    @Test
    void genericOverAnySpecModel(@TempDir Path dir) throws IOException {
        SpecModel cmsg = MessageObjectModel.SPEC;
        assertEquals(List.of("any message"), ReferenceDocs.matrixColumns(cmsg));
        ReferenceDocs.main(new String[] {dir.toString()});
        assertTrue(Files.readString(dir.resolve("MS-OXCMSG.html")).contains("position:sticky"));
        assertTrue(Files.readString(dir.resolve("README.md")).contains("[MS-OXSHARE](MS-OXSHARE.md)"));
    }
    /**
     * Usable at 1,400 pixels (checked by rendering with headless Chromium while writing it; here the means): tables
     * as wide as the page, matrix headers and cells that wrap, value rules that wrap, a search box that filters every
     * table, and the LID versus the id a file assigns explained.
     */
    @Test
    void htmlFitsTheWindowCanBeSearchedAndExplainsIds() {
        String html = ReferenceDocs.html(dev.oxprops.specs.oxshare.SharingMessageModel.SPEC);
        assertTrue(html.contains("table{border-collapse:separate;border-spacing:0;font-size:.85rem;width:100%}"), "no max-content");
        assertTrue(html.contains("td.matrix{text-align:center;font-size:.78rem;min-width:5.5rem;max-width:9rem}"),
                "matrix cells wrap (they were nowrap: 3 of 7 flavor columns were visible)");
        assertTrue(html.contains("<th class=\"col\">INVITATION_<wbr>SPECIAL_<wbr>FOLDER<br>0x00020310</th>"), "headers wrap");
        assertTrue(html.contains("<td class=\"rules\"><ul class=\"rules\">"), "value rules in a wrapping cell");
        assertTrue(html.contains("<input id=\"search\" type=\"search\""), "a search box");
        assertTrue(html.contains("tr.classList.toggle('hidden'"), "that filters the rows");
        assertTrue(html.contains("section 4's server gave PidLidSharingFlavor 0x823D"), "LID versus file id");
        assertTrue(html.contains("LID 0x8A18 in PSETID_Sharing"));
    }
}
