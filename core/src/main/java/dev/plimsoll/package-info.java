/**
 * Plimsoll's library. It parses and models what teams ship (Dockerfiles, build contexts, images,
 * compose files), runs rules over the models and writes reports. It never prints and never exits:
 * bad input surfaces as {@link dev.plimsoll.BadInputException}, and the CLI decides what to do.
 */
package dev.plimsoll;
