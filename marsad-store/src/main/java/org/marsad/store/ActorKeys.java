package org.marsad.store;

/**
 * The key an actor is stored under: its dictionary id when it has one, else {@code name:} and its
 * canonical name, so that every participant gets a page. Stateless.
 */
public final class ActorKeys {
    private ActorKeys() {
    }

    public static String key(String ref, String name) {
        return ref != null && !ref.isBlank() ? ref : "name:" + name;
    }
}
