package dev.oxprops.backend.suite;

import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.backend.graph.GraphPropertyBag;
import dev.oxprops.backend.mime.MimePropertyBag;
import dev.oxprops.backend.msg.MsgReader;
import dev.oxprops.backend.msg.MsgWriter;
import dev.oxprops.backend.tnef.TnefMime;
import dev.oxprops.backend.tnef.TnefReader;
import dev.oxprops.backend.tnef.TnefWriter;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.runtime.PropertyBag;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * A place sharing messages live: how to make an empty bag of it, and how to send a bag through it (write it
 * in the backend's own format and read it back with the backend's reader).
 */
enum Backend {
    IN_MEMORY(InMemoryPropertyBag::new, InMemoryPropertyBag::copyOf),
    MSG(InMemoryPropertyBag::new, bag -> new MsgReader().read(new MsgWriter().write(bag, List.of()))),
    MIME(MimePropertyBag::create, bag -> {
        try {
            return MimePropertyBag.parse(new ByteArrayInputStream(((MimePropertyBag) bag).toBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }),
    GRAPH(GraphPropertyBag::new, bag -> GraphJson.read(GraphJson.write(bag).text()).bag()),
    TNEF(InMemoryPropertyBag::new, bag -> new TnefReader().read(new TnefWriter().write(bag))),
    /** TNEF inside a MIME message, as Exchange sends it over SMTP (winmail.dat). */
    WINMAIL_DAT(InMemoryPropertyBag::new, bag -> TnefMime.read(new ByteArrayInputStream(
            TnefMime.toEml(bag, new TnefWriter().write(bag)))).orElseThrow());

    private final Supplier<PropertyBag> empty;
    private final UnaryOperator<PropertyBag> through;

    Backend(Supplier<PropertyBag> empty, UnaryOperator<PropertyBag> through) {
        this.empty = empty;
        this.through = through;
    }

    PropertyBag empty() {
        return empty.get();
    }

    /** The bag after a trip through the backend's format. */
    PropertyBag roundTrip(PropertyBag bag) {
        return through.apply(bag);
    }

    /** A bag of this backend holding what it can carry of {@code source}. */
    PropertyBag copyOf(PropertyBag source) {
        PropertyBag target = empty();
        source.forEach((id, type, value) -> {
            if (target.canCarry(id, type)) {
                target.put(id, type, value);
            }
        });
        return target;
    }
}
