package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import org.marsad.document.Block;
import org.marsad.document.Structure;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.Letters;

/**
 * Finds the blocks of a plain-text article. The rules:
 * <ol>
 *   <li>the first non-empty line is the {@link Block.Kind#TITLE} when the article has more than one
 *       line and the line is short (at most {@value #MAX_TITLE_WORDS} words);</li>
 *   <li>a line that opens with a related-link cue («للمزيد:»، «اقرأ أيضا:») is a
 *       {@link Block.Kind#RELATED_LINK}; the text after the cue is the linked headline;</li>
 *   <li>a line of at most {@value #MAX_HEADING_WORDS} words that ends without punctuation, follows a
 *       finished block and is followed by a line that is not short and unpunctuated too, is a
 *       {@link Block.Kind#HEADING} (a run of short lines is a hard-wrapped paragraph);</li>
 *   <li>other lines are joined into one {@link Block.Kind#PARAGRAPH} until a blank line or a line
 *       that ends with final punctuation ({@code . ! ? ؟ …}): news text is often hard-wrapped in
 *       mid-sentence.</li>
 * </ol>
 * Offsets are those of the original text; the line breaks inside a joined paragraph stay in it.
 *
 * <p>Immutable and thread-safe.
 */
public final class LayoutAnalyzer {
    static final int MAX_TITLE_WORDS = 30;
    static final int MAX_HEADING_WORDS = 7;

    private final List<String> relatedCues;
    /** The length of the longest folded cue. */
    private final int longestCue;
    /** The first letters of the folded cues (null when a cue is empty and so opens every line). */
    private final String cueFirstLetters;

    /** @param relatedCues normalized cues that open a related-link line */
    public LayoutAnalyzer(List<String> relatedCues) {
        this.relatedCues = relatedCues.stream().map(ArabicNormalizer::fold).sorted((a, b) -> b.length() - a.length())
                .toList();
        this.longestCue = this.relatedCues.isEmpty() ? 0 : this.relatedCues.get(0).length();
        this.cueFirstLetters = this.relatedCues.contains("") ? null : Letters.first(this.relatedCues);
    }

    private record Line(int begin, int end) {
    }

    public Structure analyze(String text) {
        List<Line> lines = lines(text);
        List<Block> blocks = new ArrayList<>();
        List<Structure.RelatedLink> links = new ArrayList<>();
        int nonEmpty = (int) lines.stream().filter(l -> l.end > l.begin).count();
        boolean titleDone = false;
        int paraBegin = -1;
        int paraEnd = -1;
        boolean previousFinished = true;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.end == line.begin) {
                if (paraBegin >= 0) {
                    blocks.add(new Block(paraBegin, paraEnd, Block.Kind.PARAGRAPH));
                    paraBegin = -1;
                }
                previousFinished = true;
                continue;
            }
            String s = text.substring(line.begin, line.end);
            // only compared with the title's and a heading's limits: counting stops past the larger
            int words = wordCount(s, Math.max(MAX_TITLE_WORDS, MAX_HEADING_WORDS) + 1);
            if (!titleDone) {
                titleDone = true;
                if (nonEmpty > 1 && words <= MAX_TITLE_WORDS) {
                    blocks.add(new Block(line.begin, line.end, Block.Kind.TITLE));
                    previousFinished = true;
                    continue;
                }
            }
            int cueEnd = relatedCueEnd(s);
            if (cueEnd >= 0) {
                if (paraBegin >= 0) {
                    blocks.add(new Block(paraBegin, paraEnd, Block.Kind.PARAGRAPH));
                    paraBegin = -1;
                }
                blocks.add(new Block(line.begin, line.end, Block.Kind.RELATED_LINK));
                int b = line.begin + cueEnd;
                while (b < line.end && (Character.isWhitespace(text.charAt(b)) || text.charAt(b) == ':')) {
                    b++;
                }
                if (b < line.end) {
                    links.add(new Structure.RelatedLink(b, line.end, text.substring(b, line.end)));
                }
                previousFinished = true;
                continue;
            }
            boolean ends = endsSentence(s);
            if (previousFinished && paraBegin < 0 && words <= MAX_HEADING_WORDS && !endsWithPunctuation(s)
                    && nextIsBody(text, lines, i)) {
                blocks.add(new Block(line.begin, line.end, Block.Kind.HEADING));
                previousFinished = true;
                continue;
            }
            if (paraBegin < 0) {
                paraBegin = line.begin;
            }
            paraEnd = line.end;
            if (ends) {
                blocks.add(new Block(paraBegin, paraEnd, Block.Kind.PARAGRAPH));
                paraBegin = -1;
                previousFinished = true;
            } else {
                previousFinished = false;
            }
        }
        if (paraBegin >= 0) {
            blocks.add(new Block(paraBegin, paraEnd, Block.Kind.PARAGRAPH));
        }
        return new Structure(blocks, links);
    }

    /** Lines with surrounding white space trimmed; an empty line has begin == end. */
    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        while (start <= n) {
            int nl = text.indexOf('\n', start);
            int stop = nl < 0 ? n : nl;
            int b = start;
            int e = stop;
            while (b < e && isBlank(text.charAt(b))) {
                b++;
            }
            while (e > b && isBlank(text.charAt(e - 1))) {
                e--;
            }
            out.add(new Line(b, e));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200F' || c == '\u200E'
                || c == '\uFEFF';
    }

    private int relatedCueEnd(String line) {
        // most lines begin with a letter no cue begins with: the first kept letter, folded, tells
        // (a presentation form or anything after it in Unicode is left to the folding below)
        if (cueFirstLetters != null) {
            for (int i = 0; i < line.length() && line.charAt(i) < '\uFB50'; i++) {
                char c = ArabicNormalizer.fold(line.charAt(i));
                if (c != 0) {
                    if (cueFirstLetters.indexOf(c) < 0) {
                        return -1;
                    }
                    break;
                }
            }
        }
        // a cue opens the line: fold a prefix first, the whole line only when a cue may begin it
        int prefix = Math.min(line.length(), 3 * longestCue + 16);
        String f = ArabicNormalizer.fold(line.substring(0, prefix));
        if (prefix < line.length() && f.length() > longestCue) {
            boolean may = false;
            for (String cue : relatedCues) {
                may |= f.startsWith(cue);
            }
            if (!may) {
                return -1;
            }
        }
        if (prefix < line.length()) {
            f = ArabicNormalizer.fold(line);
        }
        for (String cue : relatedCues) {
            if (f.startsWith(cue)) {
                int rest = cue.length();
                // the cue must be followed by a colon or a dash, then the headline
                int k = rest;
                while (k < f.length() && Character.isWhitespace(f.charAt(k))) {
                    k++;
                }
                if (k < f.length() && (f.charAt(k) == ':' || f.charAt(k) == '-' || f.charAt(k) == '\u2013')) {
                    return originalIndex(line, k + 1);
                }
            }
        }
        return -1;
    }

    /** Maps an index in the folded line back to the original line (folding only deletes chars). */
    private static int originalIndex(String line, int foldedIndex) {
        int kept = 0;
        for (int i = 0; i < line.length(); i++) {
            if (kept == foldedIndex) {
                return i;
            }
            if (ArabicNormalizer.fold(line.charAt(i)) != 0) {
                kept++;
            }
        }
        return line.length();
    }

    /** The next non-empty line exists and reads as body text, not as another short line. */
    private static boolean nextIsBody(String text, List<Line> lines, int i) {
        for (int k = i + 1; k < lines.size(); k++) {
            Line l = lines.get(k);
            if (l.end > l.begin) {
                String s = text.substring(l.begin, l.end);
                return wordCount(s, MAX_HEADING_WORDS + 1) > MAX_HEADING_WORDS || endsSentence(s);
            }
        }
        return false;
    }

    /** The words of a line, counted up to {@code cap} (a longer line gives {@code cap}). */
    static int wordCount(String s, int cap) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = Character.isLetterOrDigit(s.charAt(i));
            if (letter && !in && ++words >= cap) {
                return cap;
            }
            in = letter;
        }
        return words;
    }

    private static boolean endsSentence(String s) {
        char c = lastSignificant(s);
        return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026';
    }

    private static boolean endsWithPunctuation(String s) {
        char c = lastSignificant(s);
        return !Character.isLetterOrDigit(c);
    }

    private static char lastSignificant(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (c == '"' || c == '\u00BB' || c == '\u201D' || c == ')' || Character.isWhitespace(c)) {
                continue;
            }
            return c;
        }
        return ' ';
    }
}
