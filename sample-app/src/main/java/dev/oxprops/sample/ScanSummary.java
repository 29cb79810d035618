package dev.oxprops.sample;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The counts of a bulk scan, kept as items go by (nothing per item is held): items by status, items breaking each
 * rule (its {@link ScanItem.Rule#key() key}: level, section, property, kind), files, and the exit code.
 */
public final class ScanSummary {
    private final Map<InspectCommand.Status, Long> byStatus = new EnumMap<>(InspectCommand.Status.class);
    private final Map<String, long[]> byRule = new HashMap<>();
    private final Map<String, Boolean> mandatory = new HashMap<>();
    private long items;
    private long files;
    private int exitCode;

    /** Counts one item. */
    void add(ScanItem item) {
        items++;
        byStatus.merge(status(item.status()), 1L, Long::sum);
        Set<String> seen = new HashSet<>();
        for (ScanItem.Rule r : item.violations()) {
            String key = r.key();
            if (seen.add(key)) {
                byRule.computeIfAbsent(key, k -> new long[1])[0]++;
                mandatory.put(key, r.mandatory());
            }
        }
        exitCode = Math.max(exitCode, item.exitCode());
    }

    /** Counts one file (or one folder that could not be walked). */
    void addFile() {
        files++;
    }

    public long items() {
        return items;
    }

    public long files() {
        return files;
    }

    /** 0, 1 or 2 as {@code inspect}'s; 3 when there was nothing to scan. */
    public int exitCode() {
        return items == 0 ? InspectCommand.NOTHING_TO_INSPECT : exitCode;
    }

    /** "12 items in 10 files: 3 valid, ...; exit code 1", then the rules broken, most often broken first. */
    void print(PrintWriter out, boolean strict) {
        StringBuilder b = new StringBuilder().append(items).append(items == 1 ? " item" : " items").append(" in ")
                .append(files).append(files == 1 ? " file" : " files");
        String sep = ": ";
        for (InspectCommand.Status s : InspectCommand.Status.values()) {
            Long n = byStatus.get(s);
            if (n != null) {
                b.append(sep).append(n).append(' ').append(s.text());
                if (s == InspectCommand.Status.VIOLATIONS) {
                    b.append(strict ? " (SHOULD counts)" : " (MUST / MUST NOT)");
                }
                sep = ", ";
            }
        }
        out.println(b.append(items == 0 ? ": nothing to scan" : "").append("; exit code ").append(exitCode()));
        if (byRule.isEmpty()) {
            return;
        }
        out.println("rules broken (items breaking each):");
        for (Map.Entry<String, long[]> e : rules()) {
            out.println(String.format("  %8d  %s", e.getValue()[0], e.getKey()));
        }
    }

    /** The rules broken: MUST / MUST NOT first, then by count (descending), then by key. */
    List<Map.Entry<String, long[]>> rules() {
        return byRule.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, long[]>, Boolean>comparing(e -> !mandatory.get(e.getKey()))
                        .thenComparing(e -> -e.getValue()[0]).thenComparing(Map.Entry::getKey))
                .collect(Collectors.toList());
    }

    private static InspectCommand.Status status(String json) {
        for (InspectCommand.Status s : InspectCommand.Status.values()) {
            if (s.json().equals(json)) {
                return s;
            }
        }
        throw new IllegalArgumentException("not a status: " + json);
    }
}
