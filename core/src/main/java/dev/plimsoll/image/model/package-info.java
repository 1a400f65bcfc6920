/**
 * What an image costs and where the cost comes from: {@link
 * dev.plimsoll.image.model.ImageAnalysis#analyze} reads every layer once, in parallel, and reports
 * sizes per layer, dive's efficiency figures exactly as dive computes them, the bytes a rebuild
 * could get back (with the instructions that stored and hid them) and the caches left in the final
 * file system. Knows nothing of rules or reports.
 */
package dev.plimsoll.image.model;
