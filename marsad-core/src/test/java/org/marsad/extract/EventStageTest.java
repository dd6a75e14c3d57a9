package org.marsad.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.marsad.document.DatePrecision;
import org.marsad.document.Document;
import org.marsad.document.Event;
import org.marsad.document.Layers;
import org.marsad.document.Modality;
import org.marsad.knowledge.Actor;
import org.marsad.knowledge.ActorType;
import org.marsad.knowledge.Place;
import org.marsad.knowledge.PlaceKind;
import org.junit.jupiter.api.Test;

/** One test per extraction rule, on hand-made layers (see {@link Fixture}). */
class EventStageTest {
    static final Actor ISIS = Fixture.actor("isis", "ISIS", ActorType.ARMED_GROUP, null);
    static final Actor SDF = Fixture.actor("sdf", "SDF", ActorType.ARMED_GROUP, "SY");
    static final Actor TURKEY = Fixture.actor("tur", "Turkey", ActorType.STATE, "TR");
    static final Actor RUSSIA = Fixture.actor("rus", "Russia", ActorType.STATE, "RU");
    static final Actor CIVILIANS = Fixture.actor("civ", "Civilians", ActorType.PEOPLE, null);
    static final Actor TR_POLICE = Fixture.actor("tr-police", "Turkish Police", ActorType.POLICE, "TR");
    static final Place IDLIB = Fixture.place("idlib", "Idlib", PlaceKind.CITY, "SY", 35.93, 36.63);
    static final Place RAQQA = Fixture.place("raqqa", "Raqqa", PlaceKind.CITY, "SY", 35.95, 39.01);
    static final Place DAMASCUS = Fixture.place("dam", "Damascus", PlaceKind.CITY, "SY", 33.51, 36.29);
    static final Place NORTH_SYRIA = Fixture.place("nsy", "Northern Syria", PlaceKind.REGION, "SY", 36.5, 38.5);
    static final Place TURKEY_PLACE = Fixture.place("tr", "Turkey", PlaceKind.COUNTRY, "TR", 39, 35);

    private static List<Event> events(Document d) {
        return d.get(Layers.EVENTS);
    }

    @Test
    void verbFirstSubjectAndInstrumentRefinement() {
        String t = "عنوان\nوقصفت الطائرات الروسية مدينة إدلب يوم الاثنين 3 أغسطس 2015.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-10")).actor("الطائرات الروسية", 0, RUSSIA, "agent").place("إدلب", IDLIB)
                .time("يوم الاثنين 3 أغسطس 2015", "2015-08-03", "2015-08-03", DatePrecision.DAY).run();
        List<Event> ev = events(d);
        assertEquals(1, ev.size(), ev.toString());
        Event e = ev.get(0);
        assertEquals("AIRSTRIKE", e.type().name());
        assertEquals("Russia", e.actor().orElseThrow().canonical());
        assertEquals("Idlib", e.place().orElseThrow().place().name());
        assertEquals("2015-08-03", e.date().orElseThrow().start().toString());
    }

    @Test
    void verbalNounTakesItsGenitiveAsActor() {
        String t = "عنوان\nوتواصل هروب عناصر التنظيم من سجن الرقة المركزي في مدينة الرقة خلال مايو 2016.";
        Document d = new Fixture(t).actor("عناصر التنظيم", 0, ISIS, "agent").place("الرقة", 1, RAQQA)
                .facility("سجن الرقة المركزي", "Raqqa central prison")
                .time("مايو 2016", "2016-05-01", "2016-05-31", DatePrecision.MONTH).run();
        Event e = events(d).get(0);
        assertEquals("ESCAPE", e.type().name());
        assertEquals("ISIS", e.actor().orElseThrow().canonical());
        assertTrue(e.target().isEmpty());
        assertEquals("Raqqa central prison", e.facility().orElseThrow().canonical());
    }

    @Test
    void countryAdjectiveAfterTheTriggerIsTheActor() {
        String t = "عنوان\nوجاء العدوان التركي على الشمال السوري مطلع أكتوبر 2019 بعد أسابيع من التهديد.";
        Document d = new Fixture(t).actor("التركي", 0, TURKEY, "adjective").place("الشمال السوري", NORTH_SYRIA)
                .time("مطلع أكتوبر 2019", "2019-10-01", "2019-10-10", DatePrecision.PART_OF_MONTH).run();
        Event e = events(d).stream().filter(x -> x.type().name().equals("OFFENSIVE")).findFirst().orElseThrow();
        assertEquals("Turkey", e.actor().orElseThrow().canonical());
        assertEquals("Northern Syria", e.place().orElseThrow().place().name());
    }

    @Test
    void agentAfterMinQibalAndTargetAfterAla() {
        String t = "عنوان\nوقع هجوم على المدنيين في دمشق من قبل عناصر التنظيم أمس الأحد 2 أغسطس 2015.";
        Document d = new Fixture(t).actor("المدنيين", 0, CIVILIANS, "agent").actor("عناصر التنظيم", 0, ISIS, "agent")
                .place("دمشق", DAMASCUS).time("أمس الأحد 2 أغسطس 2015", "2015-08-02", "2015-08-02", DatePrecision.DAY)
                .run();
        Event e = events(d).get(0);
        assertEquals("ATTACK", e.type().name());
        assertEquals("ISIS", e.actor().orElseThrow().canonical());
        assertEquals("Civilians", e.target().orElseThrow().canonical());
    }

    @Test
    void deathsAfterAsfarAnBelongToTheEventBefore() {
        String t = "عنوان\nاندلعت اشتباكات بين قوات سوريا الديمقراطية وعناصر التنظيم في الرقة يوم 5 يونيو 2017، ما أسفر عن مقتل 4 مقاتلين.";
        Document d = new Fixture(t).actor("قوات سوريا الديمقراطية", SDF).actor("عناصر التنظيم", 0, ISIS, "agent")
                .place("الرقة", RAQQA).time("يوم 5 يونيو 2017", "2017-06-05", "2017-06-05", DatePrecision.DAY)
                .killed("مقتل 4 مقاتلين", 4).run();
        List<Event> ev = events(d);
        assertEquals(1, ev.size(), ev.toString());
        assertEquals("CLASH", ev.get(0).type().name());
        assertEquals(4, ev.get(0).fatalities().getAsInt());
    }

    @Test
    void purposeClauseIsNotAHappening() {
        String t = "عنوان\nتحركت القوات في الرقة لإعادة السيطرة على المدينة.";
        Document d = new Fixture(t).place("الرقة", RAQQA).run();
        assertTrue(events(d).stream().noneMatch(e -> e.modality() == Modality.ASSERTED), events(d).toString());
    }

    @Test
    void riotWordsNeedAPrisonOrCamp() {
        String noFacility = "عنوان\nتحدث الوزير عن التمرد في الرقة يوم 5 يونيو 2017.";
        Document d1 = new Fixture(noFacility).place("الرقة", RAQQA)
                .time("يوم 5 يونيو 2017", "2017-06-05", "2017-06-05", DatePrecision.DAY).run();
        assertTrue(events(d1).stream().noneMatch(e -> e.type().name().equals("RIOT")));
        String prison = "عنوان\nاندلع تمرد في سجن الرقة المركزي يوم 5 يونيو 2017.";
        Document d2 = new Fixture(prison).place("الرقة", RAQQA).facility("سجن الرقة المركزي", "Raqqa central prison")
                .time("يوم 5 يونيو 2017", "2017-06-05", "2017-06-05", DatePrecision.DAY).run();
        assertEquals("RIOT", events(d2).get(0).type().name());
    }

    @Test
    void blockingPhraseIsNoArrest() {
        String t = "عنوان\nتعمل القوات على قمع انتفاضة في منشأة احتجاز بالرقة.";
        Document d = new Fixture(t).place("بالرقة", RAQQA).run();
        assertTrue(events(d).stream().noneMatch(e -> e.type().name().equals("ARREST")), events(d).toString());
    }

    @Test
    void repeatedMentionsOfOneHappeningMerge() {
        String t = "عنوان\nوقع الهروب من سجن الرقة المركزي يوم 5 يونيو 2017، ما أدى لفرار عدد من السجناء.\n"
                + "ولم يكن الهروب من سجن الرقة المركزي هو الأول.";
        Document d = new Fixture(t).facility("سجن الرقة المركزي", "Raqqa central prison").place("الرقة", RAQQA)
                .time("يوم 5 يونيو 2017", "2017-06-05", "2017-06-05", DatePrecision.DAY).run();
        List<Event> ev = events(d);
        assertEquals(1, ev.size(), ev.toString());
        assertTrue(ev.get(0).mentions().size() >= 2);
    }

    @Test
    void missingDateIsInheritedFromTheLastDateBefore() {
        String t = "عنوان\nبدأت الحملة يوم 5 يونيو 2017.\nوقصفت الطائرات الروسية مدينة إدلب.";
        Document d = new Fixture(t).actor("الطائرات الروسية", 0, RUSSIA, "agent").place("إدلب", IDLIB)
                .time("يوم 5 يونيو 2017", "2017-06-05", "2017-06-05", DatePrecision.DAY).run();
        Event e = events(d).stream().filter(x -> x.type().name().equals("AIRSTRIKE")).findFirst().orElseThrow();
        assertEquals("2017-06-05", e.date().orElseThrow().start().toString());
    }

    @Test
    void stateForceWithoutPlaceActsInItsCountry() {
        String t = "عنوان\nتحدثت تركيا عن الأمن.\nوقامت قوات الشرطة التركية بالقبض على عناصر التنظيم.";
        Document d = new Fixture(t).place("تركيا", TURKEY_PLACE).actor("قوات الشرطة التركية", 0, TR_POLICE, "agent")
                .actor("عناصر التنظيم", 0, ISIS, "agent").run();
        Event e = events(d).stream().filter(x -> x.type().name().equals("ARREST")).findFirst().orElseThrow();
        assertEquals("Turkish Police", e.actor().orElseThrow().canonical());
        assertEquals("ISIS", e.target().orElseThrow().canonical());
        assertEquals("TR", e.place().orElseThrow().place().country());
    }

    @Test
    void negatedVerbIsDenied() {
        String t = "عنوان\nلم يقصف الجيش مدينة إدلب يوم 5 يونيو 2017.";
        Document d = new Fixture(t).place("إدلب", IDLIB)
                .time("يوم 5 يونيو 2017", "2017-06-05", "2017-06-05", DatePrecision.DAY).run();
        assertEquals(Modality.DENIED, events(d).get(0).modality());
    }

    @Test
    void eventsWithNeitherPlaceNorDatedActorAreDropped() {
        String t = "عنوان\nيستمر القصف منذ سنوات.";
        assertTrue(events(new Fixture(t).run()).isEmpty());
    }

    @Test
    void titleAndRelatedLinksAreNotRead() {
        String t = "قصف إدلب\nنص بلا أحداث في إدلب.\nللمزيد: غارات على إدلب";
        Document d = new Fixture(t).place("إدلب", 0, IDLIB).place("إدلب", 1, IDLIB).place("إدلب", 2, IDLIB).run();
        assertTrue(events(d).isEmpty(), events(d).toString());
    }

    static final Place ANBAR = Fixture.place("anbar", "Anbar", PlaceKind.ADMIN1, "IQ", "Anbar", 34.09, 42.36);
    static final Place SAMARRA = Fixture.place("samarra", "Samarra", PlaceKind.CITY, "IQ", "Salah al-Din", 34.2, 43.89);
    static final Place BAGHDAD = Fixture.place("bgd", "Baghdad", PlaceKind.CITY, "IQ", "Baghdad", 33.34, 44.4);
    static final Place OBAIDI = Fixture.place("obaidi", "Al-Obaidi", PlaceKind.NEIGHBOURHOOD, "IQ", "Baghdad", 33.33, 44.5);
    static final Place MANSOUR = Fixture.place("mansour", "Al-Mansour", PlaceKind.NEIGHBOURHOOD, "IQ", "Baghdad", 33.31, 44.34);
    static final Place UK = Fixture.place("gb", "United Kingdom", PlaceKind.COUNTRY, "GB", 54, -2);

    @Test
    void deathsInAnotherProvinceAreNotCausedByTheAirStrike() {
        String t = "عنوان\nوأوضحت القيادة أن 7 عناصر من التنظيم قتلوا في محافظة الانبار.\n"
                + "وأعلنت الخلية عن مقتل 49 مسلحا بقصف جوي في مدينة سامراء.";
        Document d = new Fixture(t).place("الانبار", ANBAR).place("سامراء", SAMARRA)
                .killed("7 عناصر من التنظيم قتلوا", 7).killed("مقتل 49 مسلحا", 49).run();
        List<Event> ev = events(d);
        assertEquals(2, ev.size(), ev.toString());
        Event strike = ev.stream().filter(e -> e.type().name().equals("AIRSTRIKE")).findFirst().orElseThrow();
        assertEquals(49, strike.fatalities().getAsInt());
        Event killing = ev.stream().filter(e -> e.type().name().equals("KILLING")).findFirst().orElseThrow();
        assertEquals(7, killing.fatalities().getAsInt());
        assertEquals("Anbar", killing.place().orElseThrow().place().name());
    }

    @Test
    void anOrganizationsSeatIsNoEventPlace() {
        String t = "عنوان\nوقال المرصد ومقره بريطانيا إن البلدة سقطت في يد التنظيم.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-03")).place("بريطانيا", UK).run();
        assertTrue(d.get(Layers.EVENTS).stream().noneMatch(e -> e.place().isPresent()), d.get(Layers.EVENTS).toString());
    }

    @Test
    void aTallyOfSeparateIncidentsMakesNoEvent() {
        String t = "عنوان\nلقي شخصان مصرعهما في حوادث أمنية منفصلة في بغداد.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-10")).place("بغداد", BAGHDAD).killed("لقي شخصان مصرعهما", 2).run();
        assertEquals(List.of(), events(d));
    }

    @Test
    void deathsBeforeACauseWithBiBelongToIt() {
        String t = "عنوان\nوأفاد مصدر أن شخصا لقي مصرعه، بينما أصيب سبعة آخرون، بانفجار عبوة ناسفة في بغداد.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-10")).place("بغداد", BAGHDAD).killed("شخصا لقي مصرعه", 1).run();
        List<Event> ev = events(d);
        assertEquals(1, ev.size(), ev.toString());
        assertEquals("BOMBING", ev.get(0).type().name());
        assertEquals(1, ev.get(0).fatalities().getAsInt());
    }

    @Test
    void bodiesInTwoNeighbourhoodsAreTwoKillings() {
        String t = "عنوان\nعثرت الشرطة على جثة رجل قضى رميا بالرصاص في منطقة العبيدي.\n"
                + "وعثرت قوة أخرى على جثتي رجلين بدت عليهما آثار طلقات نارية في منطقة المنصور.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-10")).place("العبيدي", OBAIDI).place("المنصور", MANSOUR)
                .killed("جثة رجل", 1).killed("جثتي", 2).run();
        List<Event> ev = events(d);
        assertEquals(2, ev.size(), ev.toString());
        assertEquals(List.of(1, 2), ev.stream().map(e -> e.fatalities().getAsInt()).toList());
    }

    static final Place MOSUL = Fixture.place("mosul", "Mosul", PlaceKind.CITY, "IQ", "Nineveh", 36.34, 43.13);
    static final Place BASHIQA = Fixture.place("bashiqa", "Bashiqa", PlaceKind.CITY, "IQ", "Nineveh", 36.45, 43.35);

    @Test
    void twoTollsInTwoClausesAreTwoKillings() {
        String t = "عنوان\nأعدم تنظيم داعش أمس الشيخ في الموصل، فيما اعتقل 15 خياطا، وحسب مصدر: «أعدم التنظيم أربعة منهم».";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-07-21")).actor("تنظيم داعش", ISIS)
                .actor("التنظيم", 0, ISIS, "agent").place("الموصل", MOSUL)
                .killed("أعدم تنظيم داعش أمس الشيخ", 1).killed("أعدم التنظيم أربعة", 4).run();
        List<Event> kills = events(d).stream().filter(e -> e.type().name().equals("KILLING")).toList();
        assertEquals(List.of(1, 4), kills.stream().map(e -> e.fatalities().getAsInt()).toList(), kills.toString());
    }

    @Test
    void deathsDuringTheAttackReferredToAreItsToll() {
        String t = "عنوان\nتمكنت القوات من صد هجوم لعناصر التنظيم على قرية في بعشيقة، وقتل خلال الهجوم 15 مسلحا.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-07-21")).actor("التنظيم", 0, ISIS, "agent")
                .place("بعشيقة", BASHIQA).killed("وقتل خلال الهجوم 15 مسلحا", 15).run();
        Event attack = events(d).stream().filter(e -> e.type().name().equals("ATTACK")).findFirst().orElseThrow();
        assertEquals(15, attack.fatalities().getAsInt());
    }

    @Test
    void anAttackInSermonsIsCriticism() {
        String t = "عنوان\nأعدم التنظيم الإمام لأنه هاجم التنظيم خلال خطبه في الموصل.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-07-21")).actor("التنظيم", 1, ISIS, "agent")
                .place("الموصل", MOSUL).run();
        assertTrue(events(d).stream().noneMatch(e -> e.type().name().equals("ATTACK")), events(d).toString());
        assertTrue(events(d).stream().anyMatch(e -> e.type().name().equals("ACCUSE")), events(d).toString());
    }
    @Test
    void aVerbAfterARelativePronounNamesAnEventToldBefore() {
        String t = "عنوان\nفجر انتحاري نفسه في سوق بعشيقة يوم الاثنين 20 يوليو 2015.\n"
                + "وقال مصدر إن ذلك جاء في إطار المعارك في الرقة، مشيرا إلى أن المسلح الذي فجر نفسه كان من الأجانب.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-07-21")).place("بعشيقة", BASHIQA)
                .place("الرقة", RAQQA)
                .time("يوم الاثنين 20 يوليو 2015", "2015-07-20", "2015-07-20", DatePrecision.DAY).run();
        List<Event> bombings = events(d).stream().filter(e -> e.type().name().equals("BOMBING")).toList();
        assertEquals(1, bombings.size(), bombings.toString());
        assertEquals("Bashiqa", bombings.get(0).place().orElseThrow().place().name());
    }

    @Test
    void twoTollsForOneHappeningKeepTheLowest() {
        String t = "عنوان\nقتل 12 مدنيا في غارة جوية على مدينة إدلب يوم الاثنين 3 أغسطس 2015.\n"
                + "وقالت مصادر محلية إن الغارة الجوية على إدلب أسفرت عن مقتل 10 مدنيين.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-10")).place("إدلب", 0, IDLIB)
                .place("إدلب", 1, IDLIB).time("يوم الاثنين 3 أغسطس 2015", "2015-08-03", "2015-08-03", DatePrecision.DAY)
                .killed("قتل 12 مدنيا", 12).killed("مقتل 10 مدنيين", 10).run();
        List<Event> strikes = events(d).stream().filter(e -> e.type().name().equals("AIRSTRIKE")).toList();
        assertEquals(1, strikes.size(), events(d).toString());
        assertEquals(10, strikes.get(0).fatalities().getAsInt());
    }

    @Test
    void wasatBeforeAPlaceLocatesInsteadOfOpeningAClause() {
        String t = "عنوان\nقتل خمسة مدنيين في تفجير سيارة مفخخة وسط مدينة إدلب يوم الاثنين 3 أغسطس 2015.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-10")).place("إدلب", IDLIB)
                .time("يوم الاثنين 3 أغسطس 2015", "2015-08-03", "2015-08-03", DatePrecision.DAY)
                .killed("قتل خمسة مدنيين", 5).run();
        Event e = events(d).stream().filter(x -> x.type().name().equals("BOMBING")).findFirst().orElseThrow();
        assertEquals("Idlib", e.place().orElseThrow().place().name());
    }

    static final Place KOBANI = Fixture.place("kobani", "Kobani", PlaceKind.CITY, "SY", "Aleppo", 36.89, 38.35);
    static final Place AIN_ISSA = Fixture.place("ainissa", "Ain Issa", PlaceKind.CITY, "SY", "Raqqa", 36.39, 38.86);
    static final Place PALMYRA = Fixture.place("palmyra", "Palmyra", PlaceKind.CITY, "SY", "Homs", 34.56, 38.28);
    static final Place QARYATAYN = Fixture.place("qaryatayn", "Al-Qaryatayn", PlaceKind.CITY, "SY", "Homs", 34.23, 37.24);
    static final Place IDLIB_GOV = Fixture.place("idlib-gov", "Idlib Governorate", PlaceKind.ADMIN1, "SY", "Idlib", 35.83, 36.6);
    static final Place ARIHA = Fixture.place("ariha", "Ariha", PlaceKind.CITY, "SY", "Idlib", 35.81, 36.61);

    private static List<Event> ofType(Document d, String type) {
        return events(d).stream().filter(e -> e.type().name().equals(type)).toList();
    }

    @Test
    void anImperfectControlVerbTellsWhoHoldsAPlace() {
        String t = "عنوان\nوشن التنظيم هجماته على مدينة كوباني التي يسيطر عليها الأكراد يوم 5 يونيو 2015.";
        Document d = new Fixture(t).place("كوباني", KOBANI)
                .time("يوم 5 يونيو 2015", "2015-06-05", "2015-06-05", DatePrecision.DAY).run();
        assertEquals(List.of(), ofType(d, "SEIZE_TERRITORY"));
    }

    @Test
    void anImperfectControlVerbAfterAnIsASeizure() {
        String t = "عنوان\nوحققت الوحدات مكاسب يوم 15 يونيو 2015 قبل أن تتقدم صوب الجنوب وتسيطر على بلدة عين عيسى.";
        Document d = new Fixture(t).place("عين عيسى", AIN_ISSA)
                .time("يوم 15 يونيو 2015", "2015-06-15", "2015-06-15", DatePrecision.DAY).run();
        List<Event> ev = ofType(d, "SEIZE_TERRITORY");
        assertEquals(1, ev.size(), events(d).toString());
        assertEquals("Ain Issa", ev.get(0).place().orElseThrow().place().name());
    }

    @Test
    void aSeizureInARelativeClauseOnAnotherTownIsItsOwnEvent() {
        String t = "عنوان\nخطف التنظيم مدنيين في مدينة القريتين التي استولوا عليها يوم 5 أغسطس 2015.\n"
                + "وتقع القريتين على طريق يربط مدينة تدمر الأثرية التي سيطر التنظيم المتطرف عليها في 21 مايو 2015.";
        Document d = new Fixture(t).place("القريتين", 0, QARYATAYN).place("القريتين", 1, QARYATAYN).place("تدمر", PALMYRA)
                .time("يوم 5 أغسطس 2015", "2015-08-05", "2015-08-05", DatePrecision.DAY)
                .time("21 مايو 2015", "2015-05-21", "2015-05-21", DatePrecision.DAY).run();
        List<String> places = ofType(d, "SEIZE_TERRITORY").stream().map(e -> e.place().orElseThrow().place().name()).toList();
        assertEquals(List.of("Al-Qaryatayn", "Palmyra"), places, events(d).toString());
    }

    @Test
    void aSeizureOfMostOfAProvinceIsNotTheTownTakenBefore() {
        String t = "عنوان\nسقطت بلدة أريحا في يد المعارضة في مايو 2015.\nوقال مسؤول إن الطائرة سقطت اليوم.\n"
                + "وأضاف أن الوضع صعب.\nومكن سقوط البلدة قوات المعارضة من السيطرة على معظم أنحاء محافظة ادلب.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-03")).place("أريحا", ARIHA).place("ادلب", IDLIB_GOV)
                .time("مايو 2015", "2015-05-01", "2015-05-31", DatePrecision.MONTH).run();
        List<String> places = ofType(d, "SEIZE_TERRITORY").stream().map(e -> e.place().orElseThrow().place().name()).toList();
        assertTrue(places.contains("Idlib Governorate"), events(d).toString());
    }

    @Test
    void theNounControlIsNoSeizureVerb() {
        String t = "عنوان\nوقال المسؤول يوم 5 يونيو 2015 إن سيطرة التنظيم على مدينة إدلب لن تدوم، وإن سيطرته على مدينة الرقة ضعيفة.";
        Document d = new Fixture(t).place("إدلب", IDLIB).place("الرقة", RAQQA)
                .time("يوم 5 يونيو 2015", "2015-06-05", "2015-06-05", DatePrecision.DAY).run();
        assertEquals(List.of(), ofType(d, "SEIZE_TERRITORY"));
    }

    static final Place SHULA = Fixture.place("shula", "Al-Shula", PlaceKind.NEIGHBOURHOOD, "IQ", "Baghdad", 33.37, 44.3);
    static final Place TAL_AFAR = Fixture.place("talafar", "Tal Afar", PlaceKind.CITY, "IQ", "Nineveh", 36.37, 42.45);

    @Test
    void aDualDesignatorNamesTwoSites() {
        String t = "عنوان\nوعثرت قوة أمنية ليل أمس على جثتي رجلين بدت عليهما آثار طلقات نارية في منطقتي المنصور والشعلة.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-10")).place("المنصور", MANSOUR).place("الشعلة", SHULA)
                .killed("جثتي رجلين", 2).run();
        List<Event> ev = ofType(d, "KILLING");
        assertEquals(List.of("Al-Mansour", "Al-Shula"), ev.stream().map(e -> e.place().orElseThrow().place().name()).toList(),
                ev.toString());
        assertEquals(List.of(1, 1), ev.stream().map(e -> e.fatalities().getAsInt()).toList());
    }

    @Test
    void aRepeatedPrepositionNamesTwoSitesAndAPluralListOne() {
        String t = "عنوان\nوقتل أكثر من 30 مسلحا في معارك داخلية اندلعت في قضاء تلعفر وفي الموصل يوم 20 يوليو 2015.";
        Document d = new Fixture(t).place("تلعفر", TAL_AFAR).place("الموصل", MOSUL).killed("قتل أكثر من 30 مسلحا", 30)
                .time("يوم 20 يوليو 2015", "2015-07-20", "2015-07-20", DatePrecision.DAY).run();
        List<Event> ev = ofType(d, "CLASH");
        assertEquals(List.of("Tal Afar", "Mosul"), ev.stream().map(e -> e.place().orElseThrow().place().name()).toList(),
                ev.toString());
        assertEquals(30, ev.get(0).fatalities().getAsInt());
        assertTrue(ev.get(1).fatalities().isEmpty());
        String list = "عنوان\nواندلعت معارك في مناطق تلعفر والموصل يوم 20 يوليو 2015.";
        Document d2 = new Fixture(list).place("تلعفر", TAL_AFAR).place("الموصل", MOSUL)
                .time("يوم 20 يوليو 2015", "2015-07-20", "2015-07-20", DatePrecision.DAY).run();
        assertEquals(1, ofType(d2, "CLASH").size(), events(d2).toString());
    }

    @Test
    void eitherSideOfAClashMayBeItsSubject() {
        String t = "عنوان\nواندلعت معارك عنيفة بين التنظيم والأكراد في الرقة يوم 5 يونيو 2015.\n"
                + "ونقلت وكالة عن مصدر أن الأكراد يخوضون معارك شرسة في الرقة يوم 5 يونيو 2015.";
        Document d = new Fixture(t).actor("التنظيم", 0, ISIS, "agent").actor("الأكراد", 0, SDF, "agent")
                .actor("الأكراد", 1, SDF, "agent").place("الرقة", 0, RAQQA).place("الرقة", 1, RAQQA)
                .time("يوم 5 يونيو 2015", "2015-06-05", "2015-06-05", DatePrecision.DAY).run();
        assertEquals(1, ofType(d, "CLASH").size(), events(d).toString());
    }

    static final Place FALLUJAH = Fixture.place("fallujah", "Fallujah", PlaceKind.CITY, "IQ", "Anbar", 33.35, 43.78);
    static final Place BADUSH = Fixture.place("badush", "Badush", PlaceKind.CITY, "IQ", "Nineveh", 36.38, 42.98);

    @Test
    void aTollCountedWithinOperationsIsTheirs() {
        String t = "عنوان\nوأعلنت القيادة في بيان عن مقتل 17 مسلحا ضمن عمليات شرقي الفلوجة.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-10")).place("الفلوجة", FALLUJAH)
                .killed("مقتل 17 مسلحا", 17).run();
        List<Event> ev = events(d);
        assertEquals(List.of("OFFENSIVE"), ev.stream().map(e -> e.type().name()).toList(), ev.toString());
        assertEquals(17, ev.get(0).fatalities().getAsInt());
    }

    @Test
    void aBareBombardmentInTheSentenceOfAirStrikesIsThem() {
        String t = "عنوان\nوقال: «دمرت طائرات التحالف مواقع على مرتفعات بادوش يوم 20 يوليو 2015، وأسفرت الغارات عن تدمير مخازن،"
                + " وبحسب معلوماتنا فإن القصف المكثف على تلك المرتفعات ألحق أضرارا كبيرة».";
        Document d = new Fixture(t).place("بادوش", BADUSH)
                .time("يوم 20 يوليو 2015", "2015-07-20", "2015-07-20", DatePrecision.DAY).run();
        assertEquals(List.of(), ofType(d, "SHELLING"), events(d).toString());
        assertEquals(1, ofType(d, "AIRSTRIKE").size(), events(d).toString());
    }

    @Test
    void aStatementWithNoPlaceIsInTheOnlyCountryTheArticleNames() {
        String t = "عنوان\nخرج آلاف المتظاهرين اليوم في بغداد.\nويتهم المتظاهرون الطبقة السياسية بالفساد.";
        Actor protesters = Fixture.actor("iq-protesters", "Iraqi protesters", ActorType.PEOPLE, "IQ");
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-07")).place("بغداد", BAGHDAD)
                .actor("المتظاهرون", 0, protesters, "agent").run();
        Event e = ofType(d, "ACCUSE").stream().findFirst().orElseThrow(() -> new AssertionError(d.get(Layers.EVENTS)));
        assertEquals("IQ", e.place().orElseThrow().place().country());
    }

    @Test
    void callsAmidAProtestAreTheProtestersDemands() {
        String t = "عنوان\nخرج آلاف العراقيين اليوم في بغداد احتجاجا على الفساد المالي والإداري ونقص الخدمات الأساسية ومنها الكهرباء"
                + " وانقطاعها المتكرر في أشهر الصيف الحارة، وسط دعوات لمحاسبة المسؤولين.";
        Actor protesters = Fixture.actor("iq-protesters", "Iraqi protesters", ActorType.PEOPLE, "IQ");
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-07")).place("بغداد", BAGHDAD)
                .actor("العراقيين", 0, protesters, "agent").run();
        List<Event> ev = ofType(d, "DEMAND");
        assertEquals(1, ev.size(), events(d).toString());
        assertEquals("Iraqi protesters", ev.get(0).actor().orElseThrow().canonical());
    }

    @Test
    void askingSomeoneToDoSomethingIsADemand() {
        String t = "عنوان\nووجه زعيم التنظيم رسالة إلى مسلحيه في الموصل وطلب منهم تخصيص أموال للمقاتلين.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-07-21")).place("الموصل", MOSUL)
                .actor("زعيم التنظيم", ISIS).run();
        assertEquals(1, ofType(d, "DEMAND").size(), events(d).toString());
    }

    @Test
    void nowDatesAnEventToTheTimeOfWriting() {
        String t = "عنوان\nوأطلقت القوات في أبريل 2015 عملية في محافظة الانبار.\n"
                + "وجاء في البيان: «وهم الآن يخوضون معارك في الفلوجة».";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-07-26")).place("الانبار", ANBAR).place("الفلوجة", FALLUJAH)
                .time("أبريل 2015", "2015-04-01", "2015-04-30", DatePrecision.MONTH).run();
        Event e = ofType(d, "CLASH").get(0);
        assertEquals("2015-07-26", e.date().orElseThrow().start().toString());
    }

    @Test
    void aPlaceNoNarrowerThanACountryAddsNoConfidence() {
        String city = "عنوان\nوقصفت الطائرات الروسية مدينة إدلب يوم الاثنين 3 أغسطس 2015.";
        String country = "عنوان\nوقصفت الطائرات الروسية مواقع في تركيا يوم الاثنين 3 أغسطس 2015.";
        String date = "يوم الاثنين 3 أغسطس 2015";
        Event inCity = events(new Fixture(city, java.time.LocalDate.parse("2015-08-10"))
                .actor("الطائرات الروسية", 0, RUSSIA, "agent").place("إدلب", IDLIB)
                .time(date, "2015-08-03", "2015-08-03", DatePrecision.DAY).run()).get(0);
        Event inCountry = events(new Fixture(country, java.time.LocalDate.parse("2015-08-10"))
                .actor("الطائرات الروسية", 0, RUSSIA, "agent").place("تركيا", TURKEY_PLACE)
                .time(date, "2015-08-03", "2015-08-03", DatePrecision.DAY).run()).get(0);
        assertEquals("Turkey", inCountry.place().orElseThrow().place().name());
        assertEquals(inCity.confidence() - 0.15, inCountry.confidence(), 1e-9);
    }

    @Test
    void theDeadOfATollAreTheTargetNotTheActor() {
        String t = "عنوان\nقتل عشرات المدنيين يوم الاثنين 3 أغسطس 2015 في غارات جوية على مدينة إدلب.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-10")).actor("المدنيين", 0, CIVILIANS, "agent")
                .place("إدلب", IDLIB).time("يوم الاثنين 3 أغسطس 2015", "2015-08-03", "2015-08-03", DatePrecision.DAY)
                .killed("قتل عشرات المدنيين", 30, "المدنيين").run();
        Event e = events(d).get(0);
        assertTrue(e.actor().isEmpty(), e.toString());
        assertEquals("Civilians", e.target().orElseThrow().canonical());
    }

    @Test
    void aMonitorThatReportsABombingDidNotCommitIt() {
        Actor sohr = Fixture.actor("sohr", "Syrian Observatory for Human Rights", ActorType.NGO, "SY");
        String t = "عنوان\nوذكر المرصد السوري أن المهاجمين فجروا صهريجا مفخخا في الرقة يوم الاثنين 3 أغسطس 2015.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-08-10")).actor("المرصد السوري", sohr)
                .place("الرقة", RAQQA).time("يوم الاثنين 3 أغسطس 2015", "2015-08-03", "2015-08-03", DatePrecision.DAY).run();
        Event e = events(d).stream().filter(x -> x.type().name().equals("BOMBING")).findFirst().orElseThrow();
        assertTrue(e.actor().isEmpty(), e.toString());
    }

    static final Place ADEN = Fixture.place("aden", "Aden", PlaceKind.CITY, "YE", "Aden", 12.78, 45.04);
    static final Actor STC = Fixture.actor("stc", "Southern Transitional Council", ActorType.ARMED_GROUP, "YE");

    @Test
    void theWordASeizureNeedsMayFollowANamedSubjectAndADate() {
        String t = "عنوان\nسيطرت قوات المجلس الانتقالي الجنوبي يوم السبت 10 أغسطس 2019 على مدينة عدن.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2019-08-11")).actor("المجلس الانتقالي الجنوبي", STC)
                .place("عدن", ADEN).time("يوم السبت 10 أغسطس 2019", "2019-08-10", "2019-08-10", DatePrecision.DAY).run();
        Event e = events(d).stream().filter(x -> x.type().name().equals("SEIZE_TERRITORY")).findFirst().orElseThrow();
        assertEquals("Aden", e.place().orElseThrow().place().name());
    }

    @Test
    void sitesSeizedTakeTheTownNamedAfterThem() {
        String t = "عنوان\nسيطر المجلس الانتقالي الجنوبي أمس على معسكرات للحكومة في مدينة عدن.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2019-08-11")).actor("المجلس الانتقالي الجنوبي", STC)
                .place("عدن", ADEN).run();
        Event e = events(d).stream().filter(x -> x.type().name().equals("SEIZE_TERRITORY")).findFirst().orElseThrow();
        assertEquals("Aden", e.place().orElseThrow().place().name());
    }

    @Test
    void strikesWithoutASubjectAreTheAircraftsNamedJustBefore() {
        Actor coalition = Fixture.actor("coalition", "Global Coalition against ISIS", ActorType.MILITARY, null);
        String t = "عنوان\nدمرت طائرات التحالف الدولي مواقع للتنظيم في الموصل يوم الاثنين 20 يوليو 2015، وأسفرت الغارات عن تدمير مخازن سلاح.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-07-21")).actor("طائرات التحالف الدولي", coalition)
                .place("الموصل", MOSUL).time("يوم الاثنين 20 يوليو 2015", "2015-07-20", "2015-07-20", DatePrecision.DAY).run();
        Event e = events(d).stream().filter(x -> x.type().name().equals("AIRSTRIKE")).findFirst().orElseThrow();
        assertEquals("Global Coalition against ISIS", e.actor().orElseThrow().canonical());
    }

    @Test
    void aSeizureAtTheExpenseOfAnOrganizationTakesItAsTarget() {
        String t = "عنوان\nوحققت القوات الكردية مكاسب على حساب تنظيم داعش وسيطرت على مدينة الرقة يوم 15 يونيو 2015.";
        Document d = new Fixture(t, java.time.LocalDate.parse("2015-07-21")).actor("تنظيم داعش", ISIS)
                .place("الرقة", RAQQA).time("يوم 15 يونيو 2015", "2015-06-15", "2015-06-15", DatePrecision.DAY).run();
        Event e = events(d).stream().filter(x -> x.type().name().equals("SEIZE_TERRITORY")).findFirst().orElseThrow();
        assertEquals("ISIS", e.target().orElseThrow().canonical());
    }
}
