package org.marsad.recognize.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberParserTest {
    private static final NumberParser P = NumberParser.standard();

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "واحد|1", "واحدة|1", "اثنان|2", "اثنين|2", "اثنتان|2", "اثنتين|2", "ثلاث|3", "ثلاثة|3", "ثمانية|8", "ثماني|8",
        "عشرة|10", "عشر|10", "أحد عشر|11", "إحدى عشرة|11", "اثنا عشر|12", "اثنتي عشرة|12", "خمسة عشر|15",
        "عشرون|20", "عشرين|20", "خمسة وعشرون|25", "ستون|60", "مائة|100", "مئة|100", "مئتان|200", "مائتي|200",
        "ثلاثمائة|300", "ثلاث مائة|300", "ثلاثمائة وخمسون|350", "مائة وعشرين|120", "ألف|1000", "ألفين|2000",
        "ألفي|2000", "ثلاثة آلاف|3000", "عشرة آلاف|10000", "خمسة عشر ألفا|15000", "ألف وخمسمائة|1500",
        "مائة ألف|100000", "مليون|1000000", "ثلاثة ملايين|3000000", "140|140", "١٤٠|140", "1,500|1500",
        "2.5 مليون|2500000", "18 ألف|18000", "3 ملايين|3000000", "وثلاثة|3", "وست|6"})
    void readsNumbers(String text, long value) {
        assertEquals(OptionalLong.of(value), P.parse(text), text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"في", "آلاف", "الاثنين", "04:00", "29/3/2020", "مسلحا", "عشرات"})
    void readsNoNumberFromOtherWords(String text) {
        assertEquals(OptionalLong.empty(), P.parse(text), text);
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {"الثالث|3", "الأولى|1", "الحادي عشر|11", "الحادي والعشرين|21", "الثلاثين|30"})
    void readsOrdinals(String text, long value) {
        var tokens = org.marsad.text.Tokenizer.tokenize(org.marsad.text.ArabicNormalizer.normalize(text));
        var p = P.ordinalAt(tokens, 0).orElseThrow();
        assertEquals(value, p.value());
        assertEquals(tokens.size() - 1, p.last());
    }
}
