/** JMH benchmarks of Plimsoll's hot paths. Run with {@code scripts/bench.sh}. */
package dev.plimsoll.bench;
