package org.marsad.knowledge;

import java.util.Locale;
import org.marsad.text.ArabicNormalizer;

/**
 * Romanizes an Arabic name for actors the dictionary does not know (synthetic ids and names).
 * A simplified, reversible-enough scheme without short vowels, which Arabic script does not write:
 * <ol>
 *   <li>the text is folded first ({@link ArabicNormalizer}: أ إ آ → ا, ة → ه, ى → ي);</li>
 *   <li>consonants: ب b, ت t, ث th, ج j, ح h, خ kh, د d, ذ dh, ر r, ز z, س s, ش sh, ص s, ض d, ط t,
 *       ظ z, ع ' (dropped at the start of a word), غ gh, ف f, ق q, ك k, ل l, م m, ن n, ه h, ء ئ ؤ ',
 *       پ p, چ ch, گ g, ڤ v;</li>
 *   <li>ا is a; و is w at the start of a word or after ا, else u; ي is y at the start of a word or after
 *       ا, else i; a final ه after a consonant (a folded teh marbuta) is a;</li>
 *   <li>a word-initial article ال becomes {@code al-}; every word is capitalized except {@code al-}
 *       inside the name; Latin letters pass through.</li>
 * </ol>
 * «مصطفى بالي» → "Mstfi Bali", «عبد حامد المهباش» → "Bd Hamd al-Mhbash".
 * Stateless and thread-safe.
 */
public final class ActorTransliterator {
    private ActorTransliterator() {
    }

    /** A display name: words romanized and capitalized. */
    public static String name(String arabic) {
        StringBuilder out = new StringBuilder();
        String[] words = ArabicNormalizer.fold(arabic).replace('"', ' ').strip().split("\\s+");
        for (int w = 0; w < words.length; w++) {
            String r = word(words[w]);
            if (r.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean article = r.startsWith("al-");
            if (article && out.length() == 0) {
                r = "Al-" + capitalize(r.substring(3));
            } else if (article) {
                r = "al-" + capitalize(r.substring(3));
            } else {
                r = capitalize(r);
            }
            out.append(r);
        }
        return out.toString();
    }

    /** A lower-case ASCII slug for ids: {@code mstfi-bali}. */
    public static String slug(String arabic) {
        String s = name(arabic).toLowerCase(Locale.ROOT).replace("'", "");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        int n = out.length();
        while (n > 0 && out.charAt(n - 1) == '-') {
            n--;
        }
        return n == 0 ? "x" : out.substring(0, n);
    }

    static String word(String w) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        if (w.length() > 3 && w.startsWith("\u0627\u0644")) {
            out.append("al-");
            start = 2;
        }
        for (int i = start; i < w.length(); i++) {
            char c = w.charAt(i);
            char prev = i > start ? w.charAt(i - 1) : 0;
            boolean first = i == start;
            boolean last = i == w.length() - 1;
            switch (c) {
                case '\u0627' -> out.append('a');
                case '\u0628' -> out.append('b');
                case '\u062A' -> out.append('t');
                case '\u062B' -> out.append("th");
                case '\u062C' -> out.append('j');
                case '\u062D' -> out.append('h');
                case '\u062E' -> out.append("kh");
                case '\u062F' -> out.append('d');
                case '\u0630' -> out.append("dh");
                case '\u0631' -> out.append('r');
                case '\u0632' -> out.append('z');
                case '\u0633' -> out.append('s');
                case '\u0634' -> out.append("sh");
                case '\u0635' -> out.append('s');
                case '\u0636' -> out.append('d');
                case '\u0637' -> out.append('t');
                case '\u0638' -> out.append('z');
                case '\u0639' -> {
                    if (!first) {
                        out.append('\'');
                    }
                }
                case '\u063A' -> out.append("gh");
                case '\u0641' -> out.append('f');
                case '\u0642' -> out.append('q');
                case '\u0643' -> out.append('k');
                case '\u0644' -> out.append('l');
                case '\u0645' -> out.append('m');
                case '\u0646' -> out.append('n');
                case '\u0647' -> out.append(last && !first && prev != '\u0627' ? "a" : "h");
                case '\u0648' -> out.append(first || prev == '\u0627' ? 'w' : 'u');
                case '\u064A' -> out.append(first || prev == '\u0627' ? 'y' : 'i');
                case '\u0621', '\u0626', '\u0624' -> {
                    if (!first) {
                        out.append('\'');
                    }
                }
                case '\u067E' -> out.append('p');
                case '\u0686' -> out.append("ch");
                case '\u06AF' -> out.append('g');
                case '\u06A4' -> out.append('v');
                default -> {
                    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static String capitalize(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return s.substring(0, i) + Character.toUpperCase(c) + s.substring(i + 1);
            }
        }
        return s;
    }
}
