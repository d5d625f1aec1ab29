package org.hearth.programs;

/**
 * A new version of a policy document was published: volunteers must acknowledge it again.
 */
public record PolicyVersionPublished(String key, int number) {
}
