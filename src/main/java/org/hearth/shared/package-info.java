/**
 * What every module shares: how a refused request and a missing thing are told to people,
 * how forms are submitted, and how a module declares who may reach its pages and
 * endpoints.
 */
package org.hearth.shared;
