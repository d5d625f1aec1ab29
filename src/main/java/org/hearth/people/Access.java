package org.hearth.people;

/**
 * Whether a person may sign in and act: active; suspended while staff review a situation
 * (it can be lifted); or removed permanently, which also bars them from applying again.
 */
public enum Access {

	ACTIVE, SUSPENDED, REMOVED

}
