package dev.oxprops.backend.mime;

import dev.oxprops.runtime.PropertyId;
import dev.oxprops.runtime.ReadProblem;
import jakarta.mail.Header;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** The read problems of a message's headers, for {@link MimePropertyBag#problems()}. */
final class HeaderProblems {
    private HeaderProblems() {}

    /**
     * Lines that are not headers, encoded words that do not decode, bytes that are not UTF-8, headers that occur
     * more than once: each a {@link ReadProblem} naming the header (and its property, {@code idOf}, when known).
     */
    static List<ReadProblem> of(List<Header> headers, Function<String, HeaderText.Decoded> decode,
            Function<String, PropertyId> idOf) {
        List<ReadProblem> problems = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Header> first = new LinkedHashMap<>();
        for (Header h : headers) {
            String name = h.getName() == null ? "" : h.getName();
            if (!HeaderText.isFieldName(name)) {
                problems.add(new ReadProblem(ReadProblem.Kind.MALFORMED_STRUCTURE, name, null, "\""
                        + MimePropertyBag.valueOf(h) + "\" is not a header field (a name of printable ASCII without blanks, then a"
                        + " colon); skipped"));
                continue;
            }
            String key = name.toLowerCase(Locale.ROOT);
            counts.merge(key, 1, Integer::sum);
            if (first.putIfAbsent(key, h) == null) {
                for (String p : decode.apply(MimePropertyBag.valueOf(h)).problems()) {
                    boolean undecodable = p.equals(HeaderText.UNDECODABLE) || p.contains("U+FFFD in their place");
                    problems.add(new ReadProblem(undecodable ? ReadProblem.Kind.UNDECODABLE_TEXT
                            : ReadProblem.Kind.MALFORMED_VALUE, name, idOf.apply(name), p + (undecodable ? ""
                            : "; kept as written")));
                }
            }
        }
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > 1) {
                String name = first.get(c.getKey()).getName();
                problems.add(new ReadProblem(ReadProblem.Kind.DUPLICATE, name, idOf.apply(name), "occurs "
                        + c.getValue() + " times; the first is read"));
            }
        }
        return List.copyOf(problems);
    }
}
