package org.marsad.knowledge;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The event types, from {@code events/codebook.tsv}. Immutable and thread-safe.
 */
public final class Codebook {
    public static final String RESOURCE = "events/codebook.tsv";
    private static volatile Codebook standard;
    private final Map<String, EventType> types;

    private Codebook(Map<String, EventType> types) {
        this.types = Map.copyOf(types);
    }

    public static Codebook standard() {
        Codebook c = standard;
        if (c == null) {
            synchronized (Codebook.class) {
                if (standard == null) {
                    standard = load(RESOURCE);
                }
                c = standard;
            }
        }
        return c;
    }

    public static Codebook load(String resource) {
        Map<String, EventType> m = new LinkedHashMap<>();
        for (ResourceFiles.Line l : ResourceFiles.lines(resource)) {
            String[] f = l.fields();
            if (f.length < 11) {
                throw l.error("expected 11 tab-separated columns, found " + f.length);
            }
            String name = f[0].strip();
            if (m.containsKey(name)) {
                throw l.error("type listed twice");
            }
            m.put(name, new EventType(name, f[1].strip(), opt(f[2]), opt(f[3]), opt(f[4]), opt(f[5]), opt(f[6]),
                    opt(f[7]), parseYesNo(l, f[8]), f[9].strip(), parseRole(l, f[10])));
        }
        return new Codebook(m);
    }

    private static boolean parseYesNo(ResourceFiles.Line l, String s) {
        return switch (s.strip()) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw l.error("verbal column must be yes or no");
        };
    }

    private static boolean parseRole(ResourceFiles.Line l, String s) {
        return switch (s.strip()) {
            case "agent" -> true;
            case "patient" -> false;
            default -> throw l.error("genitive role must be agent or patient");
        };
    }

    private static Optional<String> opt(String s) {
        String t = s.strip();
        return t.isEmpty() || t.equals("-") ? Optional.empty() : Optional.of(t);
    }

    public Optional<EventType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The type of that name; an unknown name is a programming or data error. */
    public EventType require(String name) {
        EventType t = types.get(name);
        if (t == null) {
            throw new KnowledgeException("event type " + name + " is not in " + RESOURCE);
        }
        return t;
    }

    public Collection<EventType> types() {
        return types.values();
    }
}
