/**
 * The site around the modules: the home page each person lands on, the page layout, error
 * pages and API errors as problem details, and the API's OpenAPI description.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "people" })
package org.hearth.site;
