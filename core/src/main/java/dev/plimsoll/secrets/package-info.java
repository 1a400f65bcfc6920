/**
 * Secrets left in images, file systems, image configs, history and Dockerfiles: one {@link
 * dev.plimsoll.secrets.Detector} per kind of secret (cloud keys, tokens, private keys, JWTs,
 * basic-auth URLs, generic high-entropy assignments), allow-lists for paths and for known example
 * values, and a line scanner with bounded memory. A finding never carries the secret, only a
 * redacted excerpt. The detectors, allow-lists and the redaction rule are listed in {@code
 * docs/secrets.md}.
 */
package dev.plimsoll.secrets;
