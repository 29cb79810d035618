package dev.oxprops.sample;

import dev.oxprops.backend.tnef.TnefMessage;
import dev.oxprops.backend.tnef.TnefMime;
import dev.oxprops.backend.tnef.TnefReader;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.ReadProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** TNEF for the command line: a .tnef / winmail.dat file, and the winmail.dat part of a MIME message. */
final class TnefFiles {
    private TnefFiles() {}

    /** A TNEF stream: its message properties (backend tnef). */
    static MessageFiles.Loaded read(FileContent content, MessageFiles.Format format) {
        TnefMessage m = content.bytes() != null ? new TnefReader().read(content.bytes())
                : TnefReader.readFile(content.file());
        List<String> warnings = new java.util.ArrayList<>();
        m.problems().forEach(p -> warnings.add(p.toString()));
        return new MessageFiles.Loaded(m, format, warnings, null, null);
    }

    /**
     * A MIME message: when it carries a TNEF part (application/ms-tnef, winmail.dat) the properties are that part's
     * MAPI properties, with the headers the TNEF lacks added; else the headers alone.
     */
    static MessageFiles.Loaded withWinmailDat(FileContent content, PropertyBag headers, MessageFiles.Format format,
            List<String> warnings) throws IOException {
        Optional<TnefMessage> tnef;
        try (InputStream in = content.open()) {
            tnef = TnefMime.read(in);
        } catch (RuntimeException e) {
            warnings.add("its winmail.dat (application/ms-tnef part) cannot be read: " + Problems.describe(e)
                    + "; the headers alone are inspected");
            return new MessageFiles.Loaded(headers, format, warnings, null, null);
        }
        if (tnef.isEmpty()) {
            return new MessageFiles.Loaded(headers, format, warnings, null, null);
        }
        InMemoryPropertyBag merged = InMemoryPropertyBag.copyOf(tnef.get());
        headers.forEach((id, type, value) -> {
            if (!merged.contains(id)) {
                merged.put(id, type, value);
            }
        });
        warnings.add("read with the MAPI properties of its winmail.dat (application/ms-tnef part, backend tnef)");
        for (ReadProblem p : tnef.get().problems()) {
            warnings.add("winmail.dat: " + p);
        }
        return new MessageFiles.Loaded(merged, format, warnings, null, null);
    }
}
