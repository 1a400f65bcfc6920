/**
 * Plimsoll's JSON layout, shared by every writer of JSON (reports, the parse-model dump, rule
 * lists) so that all output looks alike and is tested once.
 */
package dev.plimsoll.json;
