package org.hearth.programs;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The courses roles may require, as the module that hosts the courses knows them: a role
 * may only ask for a course people can take.
 */
public interface CourseCatalog {

	/** Those of the names that no course is called (letter case aside). */
	Set<String> missing(Collection<String> names);

	/** Every course's name, in order, for the people who set up roles. */
	List<String> names();

}
