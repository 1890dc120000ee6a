package id.aparatur.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a package or class whose logic decides placement, promotion or ranking of employees. The merit system (UU
 * 20/2023 Pasal 27; PP 11/2017) forbids such decisions to depend on agama, jenis kelamin, status perkawinan, umur or
 * disability (and on data that encodes them: NIK, tanggal lahir, the NIP's birth-date and gender digits).
 * {@code MeritGuardTests} fails the build when code marked with this annotation reads any of them.
 *
 * <p>Legal age limits (BUP, the JPT age requirement) are the only exception: list the attribute in {@link #izinkan()}
 * and give the legal basis in {@link #dasarHukum()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.PACKAGE, ElementType.TYPE})
public @interface LogikaMerit {

    /** Protected attributes this code may read because a regulation sets an age limit, e.g. {@code tanggalLahir}. */
    String[] izinkan() default {};

    /** The regulation that requires the exception. */
    String dasarHukum() default "";
}
