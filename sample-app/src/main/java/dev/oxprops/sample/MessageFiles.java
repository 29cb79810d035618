package dev.oxprops.sample;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.oxprops.backend.graph.GraphJson;
import dev.oxprops.backend.graph.GraphProblem;
import dev.oxprops.backend.mime.MimePropertyBag;
import dev.oxprops.backend.msg.MsgMessage;
import dev.oxprops.backend.msg.MsgReader;
import dev.oxprops.backend.msg.MsgWriter;
import dev.oxprops.runtime.InMemoryPropertyBag;
import dev.oxprops.annotations.MapiType;
import dev.oxprops.runtime.NamedPropertyMap;
import dev.oxprops.runtime.PropertyBag;
import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import dev.oxprops.runtime.model.MirrorModel;
import dev.oxprops.runtime.model.PropertyModel;
import dev.oxprops.runtime.model.SpecModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads and writes messages in the three file formats of the backends: .msg, .eml and Graph JSON. */
public final class MessageFiles {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Subject (PidTagSubject), carried by MIME as the Subject header. */
    static final PropertyId SUBJECT = PropertyId.tag(0x0037);
    static final PropertyId MESSAGE_CLASS = PropertyId.tag(0x001A);
    static final PropertyId SUBJECT_PREFIX = PropertyId.tag(0x003D);
    static final PropertyId NORMALIZED_SUBJECT = PropertyId.tag(0x0E1D);

    private MessageFiles() {}

    /** The file formats. */
    public enum Format {
        MSG("msg"), EML("eml"), JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }

        /** The format a file name's extension names, or null. */
        public static Format byExtension(Path file) {
            String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".msg")) {
                return MSG;
            }
            if (n.endsWith(".eml")) {
                return EML;
            }
            if (n.endsWith(".json")) {
                return JSON;
            }
            return null;
        }
    }

    /** A message read from a file: its properties, the format, what the reader warned about, and its named-property map if any. */
    public record Loaded(PropertyBag bag, Format format, List<String> warnings, NamedPropertyMap namedProperties,
            MsgMessage msg) {}

    /** Reads a file: by its extension, else by its first bytes (CFB signature: .msg; '{' or '[': JSON; else MIME). */
    public static Loaded read(Path file) throws IOException {
        Format f = Format.byExtension(file);
        if (f == null) {
            f = sniff(file);
        }
        List<String> warnings = new ArrayList<>();
        switch (f) {
            case MSG: {
                MsgMessage m = MsgReader.readFile(file);
                for (ReadProblem p : m.problems()) {
                    warnings.add(p.toString());
                }
                return new Loaded(m, f, warnings, m.namedProperties(), m);
            }
            case EML: {
                MimePropertyBag bag;
                try (InputStream in = Files.newInputStream(file)) {
                    bag = MimePropertyBag.parse(in);
                }
                for (ReadProblem p : bag.problems()) {
                    warnings.add(p.toString());
                }
                return new Loaded(bag, f, warnings, null, null);
            }
            default: {
                GraphJson.ReadResult r;
                try (InputStream in = Files.newInputStream(file)) {
                    r = GraphJson.read(in);
                }
                for (ReadProblem p : r.problems()) {
                    warnings.add(p.toString());
                }
                return new Loaded(r.bag(), f, warnings, null, null);
            }
        }
    }

    private static Format sniff(Path file) throws IOException {
        byte[] head = new byte[8];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11
                && (head[3] & 0xFF) == 0xE0) {
            return Format.MSG;
        }
        for (int i = 0; i < n; i++) {
            char c = (char) (head[i] & 0xFF);
            if (!Character.isWhitespace(c)) {
                return c == '{' || c == '[' ? Format.JSON : Format.EML;
            }
        }
        return Format.EML;
    }

    /**
     * What a message read from any backend holds, in memory, with every LID or tagged property that the
     * backend could not carry filled in from its PS_INTERNET_HEADERS twin (a mirror of {@code spec}), so that
     * the higher-layer API can work on a request read from an .eml.
     */
    public static InMemoryPropertyBag lift(PropertyBag bag, SpecModel spec) {
        InMemoryPropertyBag copy = InMemoryPropertyBag.copyOf(bag);
        for (PropertyModel p : spec.properties()) {
            MirrorModel mirror = p.mirror();
            if (mirror == null) {
                continue;
            }
            PropertyModel source = spec.property(mirror.source()).orElse(null);
            if (source == null || copy.contains(source.key().id()) || bag.canCarry(source.key().id(), source.key().type())) {
                continue;
            }
            Object twin = copy.get(p.key().id());
            if (!(twin instanceof String)) {
                continue;
            }
            String text = ((String) twin).trim();
            MapiType type = source.key().type();
            try {
                switch (mirror.kind()) {
                    case HEX:
                        if (type == MapiType.PtypInteger32) {
                            copy.put(source.key().id(), type, Integer.parseUnsignedInt(text, 16));
                        } else if (type == MapiType.PtypBinary) {
                            copy.put(source.key().id(), type, dev.oxprops.runtime.codec.Hex.parseBytes(text));
                        }
                        break;
                    default:
                        if (type.isString()) {
                            copy.put(source.key().id(), type, text);
                        }
                        break;
                }
            } catch (RuntimeException e) {
                // a twin that does not convert stays as it is; the validator reports it
            }
        }
        return copy;
    }

    /** What writing a message left out. */
    public record Written(Path file, List<String> notCarried) {}

    /** Writes {@code bag} as {@code format}; {@code named} gives named properties their ids in a .msg (may be null). */
    public static Written write(PropertyBag bag, Format format, Path file, NamedPropertyMap named) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        List<String> left = new ArrayList<>();
        switch (format) {
            case MSG: {
                MsgWriter w = new MsgWriter();
                if (named != null) {
                    w.namedProperties(named);
                }
                byte[] data = w.write(bag, List.of());
                Files.write(file, data);
                break;
            }
            case EML: {
                MimePropertyBag mime = toMime(bag, left);
                try (OutputStream out = Files.newOutputStream(file)) {
                    mime.writeTo(out);
                }
                break;
            }
            default: {
                GraphJson.WriteResult r = GraphJson.write(bag);
                for (GraphProblem p : r.skipped()) {
                    left.add(p.toString());
                }
                Files.writeString(file, JSON.writeValueAsString(r.json()) + "\n");
                break;
            }
        }
        return new Written(file, left);
    }

    /**
     * The MIME twin of a message: every property a MIME message can carry (the PS_INTERNET_HEADERS names,
     * and the Subject built from prefix and normalized subject); {@code left} gets the canonical name of
     * every property left out.
     */
    public static MimePropertyBag toMime(PropertyBag bag, List<String> left) {
        MimePropertyBag mime = MimePropertyBag.create();
        bag.forEach((id, type, value) -> {
            if (mime.canCarry(id, type)) {
                mime.put(id, type, value);
            } else {
                left.add(PropertyNames.name(id));
            }
        });
        if (!bag.contains(SUBJECT) && bag.get(NORMALIZED_SUBJECT) instanceof String) {
            Object prefix = bag.get(SUBJECT_PREFIX);
            mime.put(SUBJECT, MapiType.PtypString, (prefix instanceof String ? (String) prefix : "") + bag.get(NORMALIZED_SUBJECT));
        }
        return mime;
    }
}
