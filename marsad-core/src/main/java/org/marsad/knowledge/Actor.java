package org.marsad.knowledge;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An entry of the actor dictionary: a state, force, group, outlet or person.
 *
 * @param id        stable identifier, lower-case ASCII ({@code isis}, {@code sdf}, {@code person:mustafa-bali})
 * @param name      canonical English name, as gold files write it
 * @param country   ISO 3166-1 alpha-2 code of the actor's country, if it has one
 * @param parent    id of the organization it belongs to (a spokesman's force, a brigade's army)
 * @param cameo     CAMEO-style actor code
 * @param inter     ACLED actor-type code (1 state forces … 8 external forces)
 * @param arabic    Arabic names and aliases, citation form
 * @param role      for persons: the role the dictionary knows them in ("spokesman")
 * @param validFrom first day the entry (a role, a name) holds, if limited
 * @param validTo   last day it holds, if limited
 * @param source    provenance of the entry
 */
public record Actor(String id, String name, ActorType type, Optional<String> country, Optional<String> parent,
                   Optional<String> cameo, OptionalInt inter, Optional<String> wikidata, List<String> arabic,
                   List<String> aliases, Optional<String> role, Optional<LocalDate> validFrom,
                   Optional<LocalDate> validTo, String source) {
    public Actor {
        arabic = List.copyOf(arabic);
        aliases = List.copyOf(aliases);
    }

    /** True when the entry holds on {@code date}; always true for entries without dates. */
    public boolean validOn(LocalDate date) {
        return (validFrom.isEmpty() || !date.isBefore(validFrom.get()))
                && (validTo.isEmpty() || !date.isAfter(validTo.get()));
    }
}
