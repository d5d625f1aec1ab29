package org.hearth.conduct;

/**
 * Whom a report is about: a volunteer, a community member (by their handle), or a
 * conversation.
 */
public enum SubjectKind {

	VOLUNTEER, MEMBER, CONVERSATION

}
