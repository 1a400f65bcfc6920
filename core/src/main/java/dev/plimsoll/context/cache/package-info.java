/**
 * BuildKit's layer cache, simulated without a build: the cache key of every step (instruction,
 * parent, variables, the content of the files it reads), what a change invalidates and why, and
 * what a reordering would save over a repository's history. Knows nothing of rules or reports.
 */
package dev.plimsoll.context.cache;
