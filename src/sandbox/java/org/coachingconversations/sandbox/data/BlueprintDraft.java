package org.coachingconversations.sandbox.data;

/**
 * A page created from a blueprint with an editor step, not yet published: where it goes, who may publish it, and the
 * blueprint context its context provider filled, as JSON, kept server side as the create-content plugin keeps it with
 * Confluence's draft.
 *
 * @param blueprintKey the blueprint's complete module key
 */
public record BlueprintDraft(long id, String spaceKey, long parentId, String blueprintKey, String creator,
                             String contextJson) {
}
