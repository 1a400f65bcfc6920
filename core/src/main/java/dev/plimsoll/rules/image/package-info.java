/**
 * The image rules: dive's CI gates and the checks of an analysed image, one class per rule, listed
 * in {@link dev.plimsoll.rules.image.ImageRules}.
 */
package dev.plimsoll.rules.image;
