package org.marsad.store;

import static org.marsad.store.Annotated.HASAKAH;
import static org.marsad.store.Annotated.ISIS;
import static org.marsad.store.Annotated.MOSUL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture for linking: short reports written for the tests by hand-annotated articles
 * ({@link Annotated}), of one car bombing in al-Hasakah on 29 March 2020 by three outlets that
 * disagree on the toll (27, 31, 30), a lightly edited copy of the first by a fourth outlet, the
 * arrest of an ISIS cell in the same town twelve days later (a story thread with the bombing), and
 * an attack near Mosul (a cluster of its own). Not thread-safe.
 */
public final class LinkedArticles {
    private LinkedArticles() {
    }

    static final String A_TEXT = "انفجار سيارة مفخخة في الحسكة\n\nقتل 27 شخصا وأصيب عشرات آخرون في انفجار سيارة مفخخة "
            + "وسط مدينة الحسكة شمال شرق سوريا يوم الأحد، بحسب مصادر طبية في المدينة. وقالت المصادر إن السيارة انفجرت "
            + "قرب سوق شعبي مزدحم في ساعات الصباح، وإن بين القتلى نساء وأطفالا. وتبنى تنظيم داعش التفجير في بيان نشره "
            + "على قنواته، فيما فرضت قوات الأمن طوقا حول المكان وأغلقت الطرق المؤدية إليه.";

    /** The first report (outlet-a, 27 killed). */
    public static ProcessedArticle a() {
        return Annotated.article("bombing-a", A_TEXT, LocalDate.of(2020, 3, 30), "outlet-a")
                .actorMention("داعش", ISIS).place("الحسكة شمال", HASAKAH)
                .event("e1", "BOMBING", "انفجار سيارة مفخخة وسط", "تنظيم داعش", ISIS, "الحسكة شمال", HASAKAH,
                        LocalDate.of(2020, 3, 29), 27, List.of()).processed("test:a");
    }

    /** Another outlet's report of the same bombing, a day later, with 31 killed. */
    public static ProcessedArticle b() {
        String t = "ارتفاع حصيلة تفجير الحسكة\n\nارتفعت حصيلة ضحايا التفجير الذي ضرب مدينة الحسكة صباح الأحد إلى 31 قتيلا، "
                + "وفق ما أفاد به مسؤول في المستشفى الوطني. وأوضح المسؤول أن عددا من الجرحى ما زالوا في حالة حرجة.";
        return Annotated.article("bombing-b", t, LocalDate.of(2020, 3, 31), "outlet-b")
                .place("الحسكة صباح", HASAKAH)
                .event("e1", "BOMBING", "التفجير الذي ضرب", null, null, "الحسكة صباح", HASAKAH,
                        LocalDate.of(2020, 3, 29), 31, List.of()).processed("test:b");
    }

    /** A third outlet's report (30 killed), ingested after a restart. */
    public static ProcessedArticle c() {
        String t = "تنظيم داعش يتبنى تفجير الحسكة\n\nأعلن تنظيم داعش مسؤوليته عن تفجير سيارة ملغومة في الحسكة يوم "
                + "الأحد أودى بحياة 30 مدنيا، في أعنف هجوم تشهده المدينة منذ أشهر.";
        return Annotated.article("bombing-c", t, LocalDate.of(2020, 4, 1), "outlet-c")
                .actorMention("داعش", ISIS).place("الحسكة يوم", HASAKAH)
                .event("e1", "BOMBING", "تفجير سيارة ملغومة", "تنظيم داعش", ISIS, "الحسكة يوم", HASAKAH,
                        LocalDate.of(2020, 3, 29), 30, List.of()).processed("test:c");
    }

    /** A syndicated copy of {@link #a()} by a fourth outlet: another title, one word changed. */
    public static ProcessedArticle copyOfA() {
        String t = A_TEXT.replace("انفجار سيارة مفخخة في الحسكة\n", "عشرات الضحايا بتفجير في الحسكة\n")
                .replace("بحسب مصادر طبية", "وفق مصادر طبية");
        return Annotated.article("bombing-a-copy", t, LocalDate.of(2020, 3, 30), "outlet-d")
                .actorMention("داعش", ISIS).place("الحسكة شمال", HASAKAH)
                .event("e1", "BOMBING", "انفجار سيارة مفخخة وسط", "تنظيم داعش", ISIS, "الحسكة شمال", HASAKAH,
                        LocalDate.of(2020, 3, 29), 27, List.of()).processed("test:a-copy");
    }

    /** The arrest of an ISIS cell in the same town twelve days later: threaded with the bombing. */
    public static ProcessedArticle arrest() {
        String t = "اعتقال خلية في الحسكة\n\nاعتقلت قوات الأمن الداخلي خلية تابعة لتنظيم داعش في مدينة الحسكة يوم الجمعة، "
                + "وقالت إن أفرادها شاركوا في التخطيط لتفجيرات سابقة.";
        return Annotated.article("arrest-e", t, LocalDate.of(2020, 4, 10), "outlet-b")
                .actorMention("داعش", ISIS).place("الحسكة يوم", HASAKAH)
                .event("e1", "ARREST", "اعتقلت", "تنظيم داعش", ISIS, "الحسكة يوم", HASAKAH, LocalDate.of(2020, 4, 10),
                        null, List.of()).processed("test:e");
    }

    /** An attack near Mosul the same week: a cluster of its own. */
    public static ProcessedArticle mosul() {
        String t = "هجوم قرب الموصل\n\nقتل ثلاثة جنود في هجوم شنه مسلحون على نقطة عسكرية جنوب الموصل يوم الأحد.";
        return Annotated.article("mosul-f", t, LocalDate.of(2020, 3, 30), "outlet-a")
                .place("الموصل يوم", MOSUL)
                .event("e1", "ATTACK", "هجوم شنه", null, null, "الموصل يوم", MOSUL, LocalDate.of(2020, 3, 29), 3,
                        List.of()).processed("test:f");
    }

    /**
     * What linking stored, in a form to compare two stores: each cluster with its counts, consensus
     * toll, thread, and members (article, event, copy or not) in order.
     */
    static List<String> snapshot(Store s) {
        List<String> out = new ArrayList<>();
        for (ObjectNode c : s.clusters(ClusterQuery.builder().size(ClusterQuery.MAX_SIZE).build()).items()) {
            ObjectNode full = s.cluster(c.get("number").asLong()).orElseThrow();
            StringBuilder b = new StringBuilder(full.get("id").asText()).append(' ').append(full.get("type").asText())
                    .append(" sources=").append(full.get("num_sources").asInt()).append(" articles=")
                    .append(full.get("num_articles").asInt()).append(" killed=").append(full.get("fatalities").asText())
                    .append(" thread=").append(full.get("thread").asText()).append(" [");
            for (String list : List.of("reports", "copies")) {
                for (JsonNode m : full.get(list)) {
                    b.append(list.charAt(0)).append(':').append(m.get("article").asText()).append('#')
                            .append(m.get("event").asText()).append(' ');
                }
            }
            out.add(b.append(']').toString());
        }
        out.sort(null);
        for (ObjectNode t : s.threads(1, 200).items()) {
            out.add("thread " + t.get("id").asText() + " " + s.thread(t.get("id").asText()).orElseThrow().get("timeline")
                    .findValuesAsText("id"));
        }
        return out;
    }
}
