package org.marsad.document;

/** The named-entity types that gold files and system output use. */
public enum EntityType {
    PERSON, ORGANIZATION, LOCATION, FACILITY, MISC
}
