/** Pages of the rule registry: {@code /aturan} and {@code /aturan/{kode}}. */
@org.jspecify.annotations.NullMarked
package id.aparatur.aturan.web;
