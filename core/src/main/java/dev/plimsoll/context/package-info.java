/**
 * The build context: what {@code .dockerignore} keeps out of it, matched exactly as Docker and
 * BuildKit do. Knows nothing of rules or reports.
 */
package dev.plimsoll.context;
