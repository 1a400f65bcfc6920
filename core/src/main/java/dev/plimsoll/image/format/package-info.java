/**
 * The JSON documents an image is made of, read from untrusted bytes into records: OCI image indexes
 * and manifests, descriptors, {@code docker save}'s {@code manifest.json} and the image config. A
 * malformed document is refused with one line that names the field; nothing here reads files.
 */
package dev.plimsoll.image.format;
