package org.marsad.document;

/** Whether and how the text asserts that an event happened. */
public enum Modality {
    /** Stated by the article in its own voice. */
    ASSERTED,
    /** Stated by a source the article quotes. */
    REPORTED,
    /** Denied («نفى»). */
    DENIED,
    /** Feared, possible or conditional («مخاوف من»، «قد»، «يحتمل»). */
    HYPOTHETICAL,
    /** Intended or announced for the future («يعتزم»، «تسعى إلى»). */
    PLANNED;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
