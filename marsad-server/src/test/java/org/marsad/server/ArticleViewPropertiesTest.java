package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

/** Randomized: whatever the marks, the page shows exactly the original text, escaped, in order. */
class ArticleViewPropertiesTest {
    @Property(tries = 300)
    void renderedTextIsTheOriginal(@ForAll @StringLength(max = 80) String text,
                                   @ForAll @Size(max = 12) List<@IntRange(min = -3, max = 90) Integer> cuts) {
        List<ArticleView.Mark> marks = new ArrayList<>();
        for (int i = 0; i + 1 < cuts.size(); i += 2) {
            marks.add(new ArticleView.Mark(cuts.get(i), cuts.get(i + 1), "ent", "m" + i, "<t" + i + ">"));
        }
        Html h = new Html();
        ArticleView.render(h, text, marks);
        String shown = h.toString().replaceAll("<[^>]*>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
        assertEquals(text, shown);
    }
}
