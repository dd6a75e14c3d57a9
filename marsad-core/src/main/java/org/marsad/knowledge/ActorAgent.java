package org.marsad.knowledge;

/**
 * A generic agent noun (army, police, security forces, militants ...) that a country or an
 * organization completes into an actor. See {@code roles/agents.jsonl}.
 *
 * @param key      composition key ({@code police}); a curated actor answers {@code TR:police}
 * @param name     English name template of a composed actor, {@code {adj}} = country adjective
 * @param entity   when a mention of this agent is a named entity
 * @param context  a bare mention takes the country of the surrounding text
 * @param members  followed by an organization, it stands for that organization
 * @param stateFallback with a country but no specific actor, it resolves to the state
 * @param cameo    CAMEO sector code appended to the country code ({@code COP})
 */
public record ActorAgent(String key, String name, ActorType type, Entity entity, boolean context, boolean members,
                         boolean stateFallback, String cameo) {
    public enum Entity { ADJ, ALWAYS, NEVER }

    /** One Arabic form of an agent; {@code entityForm} is false for forms marked {@code ~}. */
    public record Form(ActorAgent agent, String form, boolean entityForm) {
    }

    /** The English name of this agent completed by a country. */
    public String nameFor(ActorCountry country) {
        return name.replace("{adj}", country.adjective()).strip();
    }

    /** The English name of this agent with no country ("{adj} Police" → "Police"). */
    public String bareName() {
        String s = name.replace("{adj}", "").strip();
        return s.isEmpty() ? key : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
