package id.aparatur;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;

/**
 * A web slice ({@code @WebMvcTest}) of the given HTML controllers with the application's own MVC frame: messages, the
 * page and API error handlers (with {@code ProblemApi}, which {@code ApiExceptionHandler} needs) and the htmx support;
 * no database. The test declares the services as {@code @MockitoBean}, and {@code CakupanPengguna} too (the navigation
 * advice of every page reads it).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        includeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.aparatur\\.sistem\\.ProblemApi"))
public @interface UjiHalaman {

    /** The controllers under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
