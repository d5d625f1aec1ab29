package org.hearth.screening.engine;

import org.hearth.screening.Finding;

/** A finding before merging, with the rewording its rule suggests (or null). */
record Hit(Finding finding, String rewording) {
}
