/**
 * Software bills of materials: an {@link dev.plimsoll.inventory.Inventory} written as CycloneDX 1.6
 * JSON, SPDX 2.3 JSON or a table, for {@code plimsoll sbom}.
 *
 * <p>{@link dev.plimsoll.sbom.Sbom} is the façade: what the SBOM describes ({@link
 * dev.plimsoll.sbom.SbomSubject}, an image or a folder), the packages found in it, and when and by
 * which Plimsoll it was made. {@link dev.plimsoll.sbom.SbomFormat} names one writer per format.
 * Every package keeps its purl, and in an image the layer that added it and that layer's
 * instruction, as {@code plimsoll:} properties (CycloneDX) or a package comment (SPDX).
 */
package dev.plimsoll.sbom;
