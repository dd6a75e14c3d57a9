package org.marsad.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Metadata;
import org.marsad.ingest.InputException;
import org.marsad.knowledge.Actor;

/**
 * Sentence-level evaluation on UniversalPetrarch's Arabic gold-standard sentences
 * ({@code arabic_assault_gsr_validation.xml}, {@code arabic_protest_gsr_validation.xml}): each
 * sentence is coded ASSAULT or PROTEST. A sentence counts as detected for a family when the
 * pipeline reports at least one event of that family in it (the assault family: attacks, air
 * strikes, shelling, bombings, clashes, killings, offensives, seizures of territory, arson; the
 * protest family: protests and riots). Sentences of the other file are the negatives, so
 * precision counts assault events found in protest sentences as false positives and vice versa.
 * Actor agreement compares, on sentences whose gold source code names a country or an agent
 * type, the CAMEO country and agent of the detected event's actor with the gold's.
 */
public final class GsrEvaluation {
    /** One gold sentence. */
    public record GsrSentence(String id, String category, LocalDate date, String text, String sourceCode,
                              String targetCode) {
    }

    /** Scores of one family, and the actor agreement. */
    public record FamilyScore(String family, Prf detection, Ratio actor) {
    }

    private GsrEvaluation() {
    }

    public static List<GsrSentence> read(Path xml) {
        List<GsrSentence> out = new ArrayList<>();
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try (InputStream in = Files.newInputStream(xml)) {
            XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
            String id = null;
            String cat = null;
            String date = null;
            String src = null;
            String tgt = null;
            StringBuilder text = null;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "Sentence" -> {
                            id = r.getAttributeValue(null, "id");
                            cat = r.getAttributeValue(null, "category");
                            date = r.getAttributeValue(null, "date");
                            src = null;
                            tgt = null;
                        }
                        case "EventCoding" -> {
                            if (src == null) {
                                src = r.getAttributeValue(null, "sourcecode");
                                tgt = r.getAttributeValue(null, "targetcode");
                            }
                        }
                        case "Text" -> text = new StringBuilder();
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.CHARACTERS && text != null) {
                    text.append(r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("Text")) {
                        LocalDate d = date == null ? null : LocalDate.parse(date, DateTimeFormatter.BASIC_ISO_DATE);
                        out.add(new GsrSentence(id, cat, d, text.toString().strip(), src, tgt));
                        text = null;
                    }
                }
            }
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new InputException(xml, "cannot read GSR sentences: " + e.getMessage());
        }
        return out;
    }

    /** Runs the pipeline on every sentence and scores both families. */
    public static List<FamilyScore> run(List<GsrSentence> sentences, Function<Document, Document> pipeline) {
        List<Set<String>> found = new ArrayList<>();
        List<List<Event>> events = new ArrayList<>();
        java.util.Map<String, Actor> actors = new java.util.HashMap<>();
        for (GsrSentence s : sentences) {
            Metadata m = s.date() == null ? Metadata.EMPTY : Metadata.EMPTY.withPublished(s.date());
            Document d = pipeline.apply(Document.of(s.id(), s.text(), m));
            List<Event> ev = d.find(Layers.EVENTS).orElse(List.of());
            d.find(Layers.ACTORS).orElse(List.of()).forEach(a -> actors.put(a.actor().id(), a.actor()));
            Set<String> fam = new HashSet<>();
            for (Event e : ev) {
                fam.add(e.type().family());
            }
            found.add(fam);
            events.add(ev);
        }
        Function<String, Optional<String[]>> codes = id -> Optional.ofNullable(actors.get(id)).map(GsrEvaluation::cameo);
        return List.of(score("ASSAULT", "assault", sentences, found, events, codes),
                score("PROTEST", "protest", sentences, found, events, codes));
    }

    private static FamilyScore score(String category, String family, List<GsrSentence> sentences,
                                     List<Set<String>> found, List<List<Event>> events,
                                     Function<String, Optional<String[]>> actorCodes) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int actorRight = 0;
        int actorTotal = 0;
        for (int i = 0; i < sentences.size(); i++) {
            GsrSentence s = sentences.get(i);
            boolean gold = category.equals(s.category());
            boolean sys = found.get(i).contains(family);
            if (gold && sys) {
                tp++;
                Optional<String[]> code = code(s.sourceCode());
                if (code.isPresent()) {
                    actorTotal++;
                    for (Event e : events.get(i)) {
                        if (e.type().family().equals(family) && e.actor().isPresent()
                                && agrees(code.get(), e.actor().get().ref(), actorCodes)) {
                            actorRight++;
                            break;
                        }
                    }
                }
            } else if (sys) {
                fp++;
            } else if (gold) {
                fn++;
            }
        }
        return new FamilyScore(family, new Prf(tp, fp, fn), new Ratio(actorRight, actorTotal));
    }

    /** {@code "IRQ MIL"} → {"IRQ", "MIL"}; empty when both parts are None. */
    static Optional<String[]> code(String c) {
        if (c == null) {
            return Optional.empty();
        }
        String[] p = c.strip().split("\\s+");
        if (p.length != 2 || (p[0].equals("None") && p[1].equals("None"))) {
            return Optional.empty();
        }
        return Optional.of(p);
    }

    private static boolean agrees(String[] gold, Optional<String> ref, Function<String, Optional<String[]>> codes) {
        if (ref.isEmpty()) {
            return false;
        }
        Optional<String[]> sys = codes.apply(ref.get());
        if (sys.isEmpty()) {
            return false;
        }
        String[] s = sys.get();
        boolean country = gold[0].equals("None") || gold[0].equalsIgnoreCase(s[0]);
        boolean agent = gold[1].equals("None") || gold[1].equalsIgnoreCase(s[1]);
        return country && agent;
    }

    /**
     * The CAMEO (country, agent) pair of an actor: from its CAMEO code when it has one
     * ({@code IRQMIL}), else its country and an agent code for its type.
     */
    static String[] cameo(Actor a) {
        String country = a.country().map(GsrEvaluation::iso3).orElse("None");
        if (a.cameo().isPresent() && a.cameo().get().length() >= 6) {
            String c = a.cameo().get();
            return new String[] {c.substring(0, 3), c.substring(3, 6)};
        }
        String agent = switch (a.type()) {
            case MILITARY -> "MIL";
            case POLICE -> "COP";
            case SECURITY -> "SPY";
            case GOVERNMENT, STATE -> "GOV";
            case ARMED_GROUP -> "REB";
            case PEOPLE -> "CVL";
            case PARTY -> "PTY";
            case MEDIA -> "MED";
            case NGO -> "NGO";
            case IGO -> "IGO";
            default -> "None";
        };
        return new String[] {country, agent};
    }

    /** ISO 3166 alpha-2 to the alpha-3 code CAMEO uses for countries. */
    public static String iso3(String iso2) {
        try {
            return new Locale("", iso2).getISO3Country().toUpperCase(Locale.ROOT);
        } catch (java.util.MissingResourceException e) {
            return iso2;
        }
    }
}
