package org.marsad.recognize.place;

import java.util.List;
import java.util.Optional;
import org.marsad.document.EntityType;
import org.marsad.document.Span;
import org.marsad.knowledge.PlaceName;
import org.marsad.knowledge.PlaceNames;

/**
 * A stretch of text that names a place, as {@link PlaceScanner} finds it, before disambiguation.
 *
 * @param first          index of the first token of the mention
 * @param last           index of the last token (inclusive)
 * @param type           LOCATION, or FACILITY for facilities («سجن الحسكة», «مخيم الهول»)
 * @param names          the gazetteer names the text matches (several places may share one); empty for
 *                       a name the gazetteer lacks («قرية شنف»), found through its designator
 * @param weak           the match needed the article added or dropped («قضاء بعاج» for «البعاج»)
 * @param designator     the word that introduced the name («محافظة نينوى», «مدينة الحسكة»)
 * @param direction      a compass or proximity word before it («شمالي العاصمة بغداد»): the text
 *                       places something relative to this place
 * @param descriptorFirst first token of that descriptor, or -1
 * @param container      index (in the scanner's list) of the place this one is said to lie in
 *                       («الفيصلية، في الموصل»), or -1
 * @param containerRelative the container is a reference point («بعاج (غرب الموصل)»): this place
 *                       lies near it, not in it
 * @param coordinatedWith index of the place this one is listed with («نبّل والزهراء»), or -1
 * @param country        the country an adjective gives («مدينة الحسكة السورية»)
 * @param facilityOf     for a facility named after a place («جامعة الأنبار»): index of that place, or -1
 */
public record PlaceCandidate(int first, int last, int begin, int end, EntityType type, List<PlaceName> names,
                             boolean weak, Optional<PlaceCues.Designator> designator,
                             Optional<PlaceCues.Direction> direction, int descriptorFirst, int container,
                             boolean containerRelative, int coordinatedWith, Optional<String> country,
                             int facilityOf) implements Span {
    public PlaceCandidate {
        Span.check(begin, end);
        names = PlaceNames.of(names);
    }

    /** {@link #names()} as the {@link PlaceNames} it is. */
    public PlaceNames placeNames() {
        return (PlaceNames) names;
    }

    /** True when the gazetteer does not know the name. */
    public boolean unknown() {
        return names.isEmpty();
    }
}
