package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.marsad.document.Claim;
import org.marsad.document.DatePrecision;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Modality;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorType;
import org.junit.jupiter.api.Test;

/** One test per attribution rule. */
class ClaimStageTest {
    static final Actor SPOKESMAN = Fixture.actor("person:x", "Khalid Omar", ActorType.PERSON, null);
    static final Actor SOHR = Fixture.actor("sohr", "Syrian Observatory for Human Rights", ActorType.NGO, "SY");
    static final Actor PRESIDENT = Fixture.actor("person:p", "Recep Tayyip Erdogan", ActorType.PERSON, "TR");
    static final Actor DAILY = Fixture.actor("dm", "Daily Mail", ActorType.MEDIA, "GB");
    static final Actor ISIS = EventStageTest.ISIS;
    static final Actor SDF = EventStageTest.SDF;

    private static List<Claim> claims(Document d) {
        return d.get(Layers.CLAIMS);
    }

    @Test
    void speakerAfterTheVerbWithRoleOrganizationAndChannel() {
        String t = "عنوان\nوأكد خالد عمر، المتحدث باسم قوات سوريا الديمقراطية، في تغريدة عبر تويتر، أن الوضع هادئ.";
        Document d = new Fixture(t).actor("خالد عمر", 0, SPOKESMAN, "person", "spokesman", SDF)
                .actor("قوات سوريا الديمقراطية", SDF).run();
        Claim c = claims(d).get(0);
        assertEquals("Khalid Omar", c.speaker().canonical());
        assertEquals("spokesman", c.role().orElseThrow());
        assertEquals("SDF", c.organization().orElseThrow().canonical());
        assertEquals("Twitter", c.channel().orElseThrow());
        assertEquals("وأكد", c.verb().text());
        assertEquals(1, claims(d).size());
    }

    @Test
    void participleContinuesTheClaimAndGivesItsChannel() {
        String t = "عنوان\nوقال خالد عمر إن الوضع هادئ، موضحا في بيان أن التحقيق مستمر.";
        Document d = new Fixture(t).actor("خالد عمر", 0, SPOKESMAN, "person").run();
        assertEquals(1, claims(d).size());
        assertEquals("statement", claims(d).get(0).channel().orElseThrow());
    }

    @Test
    void relativeClauseSpeakerAfterMaa() {
        String t = "عنوان\nوبالرغم مما أعلنه الرئيس التركي أردوغان في مؤتمراته، بقي الوضع كما هو.";
        Document d = new Fixture(t).actor("أردوغان", 0, PRESIDENT, "name").run();
        Claim c = claims(d).get(0);
        assertEquals("Recep Tayyip Erdogan", c.speaker().canonical());
        assertEquals("conferences", c.channel().orElseThrow());
    }

    @Test
    void organizationSpeaksForItselfAndDatesItsReport() {
        String t = "عنوان\nحيث أكدت صحيفة «ديلي ميل» البريطانية، في تقرير لها، نهاية فبراير 2020، إلى أن الخطر يزداد.";
        Document d = new Fixture(t).actor("ديلي ميل", 0, DAILY, "name")
                .time("نهاية فبراير 2020", "2020-02-20", "2020-02-29", DatePrecision.PART_OF_MONTH).run();
        Claim c = claims(d).get(0);
        assertEquals("Daily Mail", c.speaker().canonical());
        assertEquals("Daily Mail", c.organization().orElseThrow().canonical());
        assertEquals("report", c.channel().orElseThrow());
        assertEquals("2020-02-20", c.date().orElseThrow().start().toString());
    }

    @Test
    void unnamedSourcesAreMarked() {
        String t = "عنوان\nوذكرت مصادر محلية أن الاشتباكات توقفت.";
        Claim c = claims(new Fixture(t).run()).get(0);
        assertTrue(c.unnamed());
        assertEquals("Local sources", c.speaker().canonical());
    }

    @Test
    void accordingToCueNamesTheSource() {
        String t = "عنوان\nوبحسب المرصد السوري لحقوق الإنسان، توقفت الاشتباكات.";
        Document d = new Fixture(t).actor("المرصد السوري لحقوق الإنسان", SOHR).run();
        assertEquals("Syrian Observatory for Human Rights", claims(d).get(0).speaker().canonical());
    }

    @Test
    void subjectBeforeTheVerb() {
        String t = "عنوان\nالمرصد السوري لحقوق الإنسان قال إن الاشتباكات توقفت.";
        Document d = new Fixture(t).actor("المرصد السوري لحقوق الإنسان", SOHR).run();
        assertEquals("Syrian Observatory for Human Rights", claims(d).get(0).speaker().canonical());
    }

    @Test
    void continuationVerbInTheNextSentenceKeepsTheSpeakerAndGivesTheChannel() {
        String t = "عنوان\nوقال المرصد السوري لحقوق الإنسان إن الاشتباكات توقفت. وأضاف في بيان أن القصف مستمر.";
        Document d = new Fixture(t).actor("المرصد السوري لحقوق الإنسان", SOHR).run();
        assertEquals(1, claims(d).size());
        assertEquals("statement", claims(d).get(0).channel().orElseThrow());
    }

    @Test
    void twoChannelsOfOneSpeakerAreTwoClaims() {
        String t = "عنوان\nوقال المرصد السوري لحقوق الإنسان في بيان إن الاشتباكات توقفت.\n"
                + "وقال المرصد السوري لحقوق الإنسان على موقع فيسبوك إن القصف مستمر.";
        Document d = new Fixture(t).actor("المرصد السوري لحقوق الإنسان", 0, SOHR, "name")
                .actor("المرصد السوري لحقوق الإنسان", 1, SOHR, "name").run();
        assertEquals(2, claims(d).size());
        assertEquals("Facebook", claims(d).get(1).channel().orElseThrow());
    }

    @Test
    void oneClaimPerSpeakerAndChannel() {
        String t = "عنوان\nوقال المرصد السوري لحقوق الإنسان إن الاشتباكات توقفت.\nوذكر المرصد السوري لحقوق الإنسان أن القصف مستمر.";
        Document d = new Fixture(t).actor("المرصد السوري لحقوق الإنسان", 0, SOHR, "name")
                .actor("المرصد السوري لحقوق الإنسان", 1, SOHR, "name").run();
        assertEquals(1, claims(d).size());
    }

    @Test
    void outletSpokenToIsTheChannelNotTheSpeaker() {
        Actor reuters = Fixture.actor("reuters", "Reuters", ActorType.MEDIA, null);
        String t = "عنوان\nوقال خالد عمر لوكالة رويترز إن الوضع هادئ.";
        Document d = new Fixture(t).actor("خالد عمر", 0, SPOKESMAN, "person").actor("وكالة رويترز", 0, reuters, "name").run();
        Claim c = claims(d).get(0);
        assertEquals("Khalid Omar", c.speaker().canonical());
        assertEquals("Reuters interview", c.channel().orElseThrow());
    }

    @Test
    void eventsInAClaimAreReportedWithTheirSources() {
        String t = "عنوان\nوأكد خالد عمر أن عناصر التنظيم هاجموا مدينة الرقة يوم 5 يونيو 2017.";
        Document d = new Fixture(t).actor("خالد عمر", 0, SPOKESMAN, "person").actor("عناصر التنظيم", 0, ISIS, "agent")
                .place("الرقة", EventStageTest.RAQQA)
                .time("يوم 5 يونيو 2017", "2017-06-05", "2017-06-05", DatePrecision.DAY).run();
        Event e = d.get(Layers.EVENTS).get(0);
        assertEquals(List.of("Khalid Omar"), e.sources());
        assertEquals(Modality.REPORTED, e.modality());
        assertEquals(List.of(e.id()), claims(d).get(0).about());
    }

    @Test
    void denialHasDenyStance() {
        String t = "عنوان\nونفى خالد عمر أن تكون القوات قد انسحبت.";
        Document d = new Fixture(t).actor("خالد عمر", 0, SPOKESMAN, "person").run();
        assertEquals("deny", claims(d).get(0).stance());
    }
}
