/**
 * The packages installed in a file system or an image: OS packages (dpkg, apk, rpm) and language
 * packages (npm, Maven, PyPI, Go, RubyGems, Cargo), each with its package URL, its source package
 * where the OS records one, and, in an image, the layer that added it and that layer's instruction.
 *
 * <p>{@link dev.plimsoll.inventory.Inventory} is the façade: {@code ofFolder} walks a folder,
 * {@code ofImage} reads an image's layers once each. One {@code Cataloger} per file format reads
 * the files it wants; a file no cataloger can read is skipped with a note, never a stack trace.
 * Every read is bounded: a cap per file, and for archives a cap on entries, inflated bytes and
 * nesting.
 *
 * <p>rpm's three databases are read: sqlite, and, by hand since no Java library reads them, the
 * Berkeley DB {@code Packages} and ndb {@code Packages.db}; a folder holding more than one lists
 * the packages of the one rpm would pick. Not read: Go binaries older than Go 1.18 (their build
 * information is reached through virtual addresses, which a single streaming pass cannot follow).
 */
package dev.plimsoll.inventory;
