package org.marsad.eval;

/**
 * Scores of one article (or, summed, of a gold folder).
 *
 * @param dates          gold date expressions resolved exactly
 * @param places         gold places resolved (within 25 km, or right country and region name)
 * @param placesWithPoint the same, over gold places that have coordinates
 * @param wrongCountry   gold places with coordinates that the system placed in another country
 * @param actor          matched events with the right actor
 * @param target         matched events with the right target
 * @param fatalities     matched events with the right fatalities, over those whose gold has a number
 * @param organization   matched claims with the right organization
 * @param channel        matched claims with the right channel
 */
public record FileScore(String id, Prf entities, Ratio dates, Ratio places, Ratio placesWithPoint, int wrongCountry,
                        Prf events, Ratio actor, Ratio target, Ratio fatalities, Prf claims, Ratio organization,
                        Ratio channel) {

    public static FileScore empty(String id) {
        Prf z = new Prf(0, 0, 0);
        Ratio r = new Ratio(0, 0);
        return new FileScore(id, z, r, r, r, 0, z, r, r, r, z, r, r);
    }

    public FileScore plus(FileScore o, String newId) {
        return new FileScore(newId, entities.plus(o.entities), dates.plus(o.dates), places.plus(o.places),
                placesWithPoint.plus(o.placesWithPoint), wrongCountry + o.wrongCountry, events.plus(o.events),
                actor.plus(o.actor), target.plus(o.target), fatalities.plus(o.fatalities), claims.plus(o.claims),
                organization.plus(o.organization), channel.plus(o.channel));
    }
}
