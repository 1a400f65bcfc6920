/**
 * Container images: where they come from ({@code source}), the JSON shapes they are made of ({@code
 * format}), the file systems their layers stack up to ({@code files}), and what they cost ({@code
 * model}). Knows nothing of rules or reports.
 */
package dev.plimsoll.image;
