package id.aparatur.sistem;

import id.aparatur.akses.CakupanPengguna;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A web slice ({@code @WebMvcTest}) of some controllers, with what every page needs from the platform: the error
 * handlers' {@link ProblemApi}, and a mocked {@link CakupanPengguna} (autowire it to say who is signed in). The
 * controllers' services are {@code @MockitoBean}s of the test. Templates, messages, the clock and the locale come
 * from the application as they are.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest
@Import(ProblemApi.class)
@MockitoBean(types = CakupanPengguna.class)
public @interface UjiHalaman {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
