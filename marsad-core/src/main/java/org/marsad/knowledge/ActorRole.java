package org.marsad.knowledge;

import java.util.Optional;

/**
 * A role that news gives a person: an office («رئيس الوزراء»), a function in an organization
 * («المتحدث باسم») or a title written before a name («العقيد»). See {@code roles/roles.jsonl}.
 *
 * @param key   office or role key ({@code prime-minister}, {@code spokesman})
 * @param en    English role; for offices, {@code {of}} is replaced by the country or organization
 * @param takes for functions: {@code bism} when the organization follows «باسم», {@code genitive} otherwise
 */
public record ActorRole(String key, String en, Kind kind, Optional<String> takes) {
    public enum Kind { OFFICE, FUNCTION, TITLE }

    /** One Arabic form of a role. */
    public record Form(ActorRole role, String form) {
    }

    /** The English role completed by an organization or country name. */
    public String label(Optional<String> of) {
        if (!en.contains("{of}")) {
            return en;
        }
        return of.map(o -> en.replace("{of}", o)).orElse(en.replace(" of {of}", "").replace("{of}", "").strip());
    }
}
