/**
 * Gap analysis and Job Person Match: pure Java, no Spring. Merit logic: reads only competency levels and SKJ.
 */
@id.aparatur.shared.LogikaMerit
@org.jspecify.annotations.NullMarked
package id.aparatur.asesmen.domain;
