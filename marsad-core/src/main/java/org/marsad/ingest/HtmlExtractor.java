package org.marsad.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.marsad.knowledge.ResourceFiles;
import org.marsad.text.ArabicNormalizer;

/**
 * Finds the article in a web page. The rules, in order:
 * <ol>
 *   <li><b>title</b>: {@code og:title}, else the first {@code h1} (inside {@code article} first), else
 *       {@code <title>} without a trailing « - site name» / « | site name»;</li>
 *   <li><b>date</b>: {@code article:published_time}, {@code itemprop=datePublished}, common
 *       {@code <meta>} date names, JSON-LD {@code datePublished}, then the first {@code <time datetime>};
 *       the date part of an ISO timestamp is kept;</li>
 *   <li><b>boilerplate</b> is removed: scripts, styles, forms, {@code nav}, {@code header}, {@code footer},
 *       {@code aside}, ARIA navigation/banner/contentinfo/complementary roles, and elements whose
 *       class or id names a menu, sidebar, share bar, comments, ads, breadcrumbs or related list; a
 *       header, banner, widget or tag list too unless it holds 40% of the page's text or more
 *       (Blogger wraps the article in a "widget");</li>
 *   <li><b>related blocks</b>: an element whose text opens with a related-link cue («اقرأ أيضاً»,
 *       «للمزيد», «أخبار ذات صلة» — the layout cue file) is removed, with the link list that
 *       follows it when the cue is a label;</li>
 *   <li><b>main content</b>: {@code [itemprop=articleBody]} or a single {@code article} when it holds
 *       enough text; otherwise the element whose paragraphs carry the most non-link text, where
 *       every paragraph scores its letters minus its link letters and passes its score to its
 *       parent in full and to its grandparent by half;</li>
 *   <li><b>paragraphs</b>: the text of the content's block elements ({@code p}, headings, list items,
 *       quotes, and {@code div}s with their own text) in document order, {@code <br>} lines split;
 *       paragraphs whose text is mostly links are dropped.</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class HtmlExtractor {
    /** Class or id words that never name the article. */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(^|[-_ ])(nav|navbar|menu|sidebar|side-bar|footer|breadcrumbs?|share|sharing|social"
            + "|comments?|advert|ads?|ad-slot|cookie|newsletter|subscribe|related|most-read"
            + "|popular|trending|more-news|read-more|readmore|promo|sponsored|outbrain|taboola)([-_ ]|$)",
            Pattern.CASE_INSENSITIVE);
    /** Class or id words that usually name page furniture but sometimes wrap the article (Blogger's "widget"). */
    private static final Pattern FURNITURE = Pattern.compile(
            "(^|[-_ ])(header|masthead|banner|widget|tags)([-_ ]|$)", Pattern.CASE_INSENSITIVE);
    private static final Set<String> REMOVE = Set.of("script", "style", "noscript", "template", "iframe", "form",
            "nav", "header", "footer", "aside", "svg", "button", "select", "input", "textarea", "object", "embed",
            "canvas", "video", "audio", "figure", "menu", "dialog");
    private static final Set<String> BLOCKS = Set.of("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
            "dd", "td");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern JSONLD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[-|\u2013\u2014:]\\s+[^-|\u2013\u2014:]{1,60}$");
    private static final int MIN_BODY_LETTERS = 140;

    private final List<String> relatedCues;

    /** @param relatedCues cues that open a related-article block, as written (folded here) */
    public HtmlExtractor(List<String> relatedCues) {
        this.relatedCues = relatedCues.stream().map(ArabicNormalizer::fold).map(String::strip).toList();
    }

    /** The extractor with the bundled related-link cues ({@code layout/related-link-cues.txt}). */
    public static HtmlExtractor standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final HtmlExtractor STANDARD = new HtmlExtractor(ResourceFiles.words("layout/related-link-cues.txt"));
    }

    /** Extracts the article from a parsed page. The page is modified (boilerplate removed). */
    public HtmlArticle extract(org.jsoup.nodes.Document page) {
        Optional<String> title = title(page);
        Optional<LocalDate> published = date(page);
        Element body = page.body();
        if (body == null) {
            return new HtmlArticle(title, published, List.of(), List.of());
        }
        removeBoilerplate(body);
        List<String> related = removeRelated(body);
        Element content = content(body);
        List<String> paragraphs = paragraphs(content);
        return new HtmlArticle(title, published, paragraphs, related);
    }

    /** Paragraphs of an HTML fragment (a feed item's description): boilerplate and related blocks removed. */
    public List<String> fragmentParagraphs(Element root) {
        removeBoilerplate(root);
        removeRelated(root);
        return paragraphs(root);
    }

    // ---- title and date -------------------------------------------------------------------------

    static Optional<String> title(org.jsoup.nodes.Document page) {
        String og = meta(page, "meta[property=og:title]", "meta[name=twitter:title]");
        if (og != null) {
            return Optional.of(og);
        }
        Element h1 = page.selectFirst("article h1");
        if (h1 == null) {
            h1 = page.selectFirst("h1");
        }
        if (h1 != null && !h1.text().isBlank()) {
            return Optional.of(h1.text().strip());
        }
        String t = page.title().strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TITLE_SUFFIX.matcher(t);
        return Optional.of(m.find() && m.start() > 10 ? t.substring(0, m.start()).strip() : t);
    }

    static Optional<LocalDate> date(org.jsoup.nodes.Document page) {
        String v = meta(page, "meta[property=article:published_time]", "meta[itemprop=datePublished]",
                "meta[name=pubdate]", "meta[name=publishdate]", "meta[name=date]", "meta[name=DC.date.issued]",
                "meta[name=dcterms.date]", "meta[property=og:published_time]", "meta[name=parsely-pub-date]",
                "meta[name=sailthru.date]");
        if (v == null) {
            Element e = page.selectFirst("[itemprop=datePublished][datetime], [itemprop=datePublished][content]");
            if (e != null) {
                v = e.hasAttr("datetime") ? e.attr("datetime") : e.attr("content");
            }
        }
        if (v == null) {
            for (Element s : page.select("script[type=application/ld+json]")) {
                Matcher m = JSONLD_DATE.matcher(s.data());
                if (m.find()) {
                    v = m.group(1);
                    break;
                }
            }
        }
        if (v == null) {
            Element t = page.selectFirst("article time[datetime]");
            if (t == null) {
                t = page.selectFirst("time[datetime]");
            }
            if (t != null) {
                v = t.attr("datetime");
            }
        }
        return v == null ? Optional.empty() : parseDate(v);
    }

    /** The date of an ISO date or timestamp, or of an RFC 1123 date; empty when neither parses. */
    public static Optional<LocalDate> parseDate(String v) {
        String s = v.strip();
        try {
            return Optional.of(OffsetDateTime.parse(s).toLocalDate());
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        try {
            return Optional.of(ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeParseException e) {
            // try the other forms
        }
        Matcher m = ISO_DATE.matcher(s);
        if (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (java.time.DateTimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String meta(org.jsoup.nodes.Document page, String... selectors) {
        for (String sel : selectors) {
            Element e = page.selectFirst(sel);
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content").strip();
            }
        }
        return null;
    }

    // ---- cleaning --------------------------------------------------------------------------------

    private static void removeBoilerplate(Element root) {
        List<Element> doomed = new ArrayList<>();
        int total = -1;
        for (Element e : root.getAllElements()) {
            if (e == root) {
                continue;
            }
            String tag = e.normalName();
            String role = e.attr("role").toLowerCase(Locale.ROOT);
            if (REMOVE.contains(tag) || role.equals("navigation") || role.equals("banner")
                    || role.equals("contentinfo") || role.equals("complementary") || e.hasAttr("hidden")) {
                doomed.add(e);
            } else if (!tag.equals("article") && !tag.equals("main")) {
                if (hasName(e, BOILERPLATE)) {
                    doomed.add(e);
                } else if (hasName(e, FURNITURE)) {
                    // only a hint: a "widget" that holds much of the page's text is the article
                    if (total < 0) {
                        total = letters(root.text());
                    }
                    if (letters(e.text()) < 0.4 * total) {
                        doomed.add(e);
                    }
                }
            }
        }
        doomed.forEach(Element::remove);
    }

    private static boolean hasName(Element e, Pattern words) {
        String names = e.className() + " " + e.id();
        if (names.isBlank() || e.hasAttr("itemprop") && e.attr("itemprop").equalsIgnoreCase("articleBody")) {
            return false;
        }
        return words.matcher(names.replace('.', ' ')).find();
    }

    /** Removes related-article blocks; returns their headlines. */
    private List<String> removeRelated(Element root) {
        List<String> headlines = new ArrayList<>();
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e == root || !e.parents().stream().noneMatch(doomed::contains)) {
                continue;
            }
            String own = leadingText(e);
            if (own.isEmpty() || !startsWithCue(own)) {
                continue;
            }
            String text = e.text();
            // a label followed by a list of links: remove the label and the list
            Element next = e.nextElementSibling();
            if (text.length() < 40 && next != null && (next.normalName().equals("ul") || next.normalName().equals("ol")
                    || linkShare(next) > 0.5)) {
                next.select("a").forEach(a -> headlines.add(a.text()));
                doomed.add(next);
            } else {
                e.select("a").forEach(a -> headlines.add(a.text()));
            }
            doomed.add(e);
        }
        doomed.forEach(Element::remove);
        return headlines.stream().filter(s -> !s.isBlank()).toList();
    }

    private static String leadingText(Element e) {
        // the text an element opens with, when the element is a small block (not the whole page)
        if (e.childrenSize() > 6) {
            return "";
        }
        String t = e.text();
        return t.length() > 300 ? "" : t;
    }

    private boolean startsWithCue(String text) {
        String f = ArabicNormalizer.fold(text).strip();
        while (!f.isEmpty() && !Character.isLetter(f.charAt(0))) {
            f = f.substring(1);
        }
        for (String cue : relatedCues) {
            if (f.startsWith(cue) && (f.length() == cue.length() || !Character.isLetter(f.charAt(cue.length())))) {
                return true;
            }
        }
        return false;
    }

    // ---- content ---------------------------------------------------------------------------------

    private static Element content(Element body) {
        Elements marked = body.select("[itemprop=articleBody]");
        if (marked.size() == 1 && letters(marked.first().text()) >= MIN_BODY_LETTERS) {
            return marked.first();
        }
        Elements articles = body.select("article");
        if (articles.size() == 1 && letters(articles.first().text()) >= MIN_BODY_LETTERS) {
            return articles.first();
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, div, td, li, pre, blockquote")) {
            if (!p.normalName().equals("p") && ownLetters(p) < 25) {
                continue;
            }
            int l = letters(p.text());
            if (l < 25) {
                continue;
            }
            double s = l * (1 - linkShare(p));
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, s, Double::sum);
            Element gp = parent.parent();
            if (gp != null) {
                scores.merge(gp, s / 2, Double::sum);
            }
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(body);
    }

    private static List<String> paragraphs(Element content) {
        List<String> out = new ArrayList<>();
        collect(content, out);
        return out;
    }

    private static void collect(Element e, List<String> out) {
        if (BLOCKS.contains(e.normalName())) {
            emit(e, out);
            return;
        }
        StringBuilder own = new StringBuilder();
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                own.append(t.getWholeText());
            } else if (child instanceof Element c) {
                if (c.normalName().equals("br")) {
                    own.append('\n');
                } else if (isInline(c)) {
                    appendText(c, own);
                } else {
                    flush(own, out);
                    collect(c, out);
                }
            }
        }
        flush(own, out);
    }

    private static boolean isInline(Element c) {
        return c.tag().isInline() && c.select("p, div, li, h2, h3, h4, h5, h6, blockquote, ul, ol, table").isEmpty();
    }

    private static void emit(Element block, List<String> out) {
        if (linkShare(block) > 0.5) {
            return;
        }
        StringBuilder b = new StringBuilder();
        appendText(block, b);
        flush(b, out);
    }

    private static void appendText(Element e, StringBuilder b) {
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                b.append(t.getWholeText().replace('\n', ' '));
            } else if (child instanceof Element c) {
                if (c.normalName().equals("br")) {
                    b.append('\n');
                } else {
                    boolean block = !c.tag().isInline();
                    if (block) {
                        b.append('\n');
                    }
                    appendText(c, b);
                    if (block) {
                        b.append('\n');
                    }
                }
            }
        }
    }

    private static void flush(StringBuilder b, List<String> out) {
        for (String line : b.toString().split("\n")) {
            String c = LayoutText.clean(line);
            if (letters(c) > 0) {
                out.add(c);
            }
        }
        b.setLength(0);
    }

    private static double linkShare(Element e) {
        int all = letters(e.text());
        if (all == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += letters(a.text());
        }
        return Math.min(1.0, links / (double) all);
    }

    private static int ownLetters(Element e) {
        return letters(e.ownText());
    }

    static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
