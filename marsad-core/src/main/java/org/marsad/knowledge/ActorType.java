package org.marsad.knowledge;

/** What kind of actor an entry is; decides its ACLED {@code inter} default and its entity type. */
public enum ActorType {
    STATE, GOVERNMENT, MILITARY, POLICE, SECURITY, ARMED_GROUP, PARTY, IGO, NGO, MEDIA, PERSON,
    /** Unorganized groups of people: civilians, protesters, prisoners, residents. */
    PEOPLE, OTHER;

    public static ActorType parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown actor type '" + s + "'", e);
        }
    }
}
