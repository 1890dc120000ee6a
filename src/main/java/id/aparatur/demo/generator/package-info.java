/** Pure-Java generator of the demo Kabupaten: seeded, no Spring, no I/O, no clock. */
@org.jspecify.annotations.NullMarked
package id.aparatur.demo.generator;
