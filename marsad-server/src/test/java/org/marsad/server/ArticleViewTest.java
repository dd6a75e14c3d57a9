package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleViewTest {
    static String render(String text, List<ArticleView.Mark> marks) {
        Html h = new Html();
        ArticleView.render(h, text, marks);
        return h.toString();
    }

    @Test
    void overlappingMarksSplitTheTextAndKeepEveryRef() {
        String html = render("abcdef", List.of(new ArticleView.Mark(0, 4, "ent", "m1", "A"),
                new ArticleView.Mark(2, 6, "trg", "ev-e1", "B")));
        assertTrue(html.contains(">ab<"));
        assertTrue(html.contains("data-refs=\"m1 ev-e1\" data-b=\"2\" data-e=\"4\""), html);
        assertTrue(html.contains(">ef<"));
    }

    @Test
    void textIsEscapedAndMarksOutsideTheTextIgnored() {
        String html = render("<b>&", List.of(new ArticleView.Mark(5, 9, "ent", "x", ""),
                new ArticleView.Mark(-1, 2, "ent", "y", "")));
        assertEquals("<span data-b=\"0\" data-e=\"4\">&lt;b&gt;&amp;</span>", html);
    }

    @Test
    void htmlEscapesQuotes() {
        assertEquals("&quot;&#39;&lt;", Html.esc("\"'<"));
    }
}
