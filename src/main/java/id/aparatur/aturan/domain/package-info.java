/** Domain model of the rule registry: the aggregate {@link id.aparatur.aturan.domain.Aturan} (no Spring beans, no I/O). */
@org.jspecify.annotations.NullMarked
package id.aparatur.aturan.domain;
