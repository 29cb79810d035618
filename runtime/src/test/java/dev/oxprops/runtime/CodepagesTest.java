package dev.oxprops.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CodepagesTest {
    @Test
    void windowsCodePagesByNumber() {
        assertEquals(Charset.forName("windows-1252"), Codepages.charset(1252));
        assertEquals(Charset.forName("windows-1251"), Codepages.charset(1251));
        assertEquals(StandardCharsets.UTF_8, Codepages.charset(65001));
        assertEquals(StandardCharsets.UTF_16LE, Codepages.charset(1200));
        assertEquals(Charset.forName("windows-31j"), Codepages.charset(932));
        assertEquals(Charset.forName("GBK"), Codepages.charset(936));
        assertEquals(StandardCharsets.US_ASCII, Codepages.charset(20127));
    }

    @Test
    void isoCodePagesByTheirRange() {
        assertEquals(StandardCharsets.ISO_8859_1, Codepages.charset(28591));
        assertEquals(Charset.forName("ISO-8859-2"), Codepages.charset(28592));
        assertEquals(Charset.forName("ISO-8859-15"), Codepages.charset(28605));
        // just outside the range: no ISO-8859-16 guess from 28606, nor ISO-8859-0 from 28590
        assertNull(Codepages.charset(28590));
    }

    @Test
    void otherSpellingsAreTried() {
        // IBM code pages: "IBM437"
        assertEquals(Charset.forName("IBM437"), Codepages.charset(437));
    }

    @Test
    void aCodePageJavaDoesNotKnowHasNoCharset() {
        assertNull(Codepages.charset(1));
        assertNull(Codepages.charset(-5));
    }

    @Test
    void theDefaultIsWindows1252() {
        assertEquals(1252, Codepages.DEFAULT);
        assertEquals(Charset.forName("windows-1252"), Codepages.defaultCharset());
    }

    @Test
    void theMessageCodePageWinsThenTheInternetOneMappedToItsWindowsCodePage() {
        assertEquals(1251, Codepages.stringCodepage(1251, 65001));
        assertEquals(65001, Codepages.stringCodepage(null, 65001));
        assertEquals(932, Codepages.stringCodepage(null, 50220));
        assertEquals(1250, Codepages.stringCodepage(null, 28592));
        assertNull(Codepages.stringCodepage(null, null));
    }

    @Test
    void theStringCharsetFallsBackToWindows1252() {
        assertEquals(Charset.forName("windows-31j"), Codepages.stringCharset(null, 50220));
        assertEquals(StandardCharsets.UTF_8, Codepages.stringCharset(65001, 1252));
        assertEquals(Charset.forName("windows-1252"), Codepages.stringCharset(null, null));
        assertEquals(Charset.forName("windows-1252"), Codepages.stringCharset(1, null));
    }
}
