package id.aparatur.kinerja.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.core.annotation.AliasFor;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A web slice of one kinerja controller (style 8.7): the controller, the application's controller advice and web
 * configuration, Spring Security with a signed-in user; the services are {@code @MockitoBean}s of the test class,
 * which extends {@link WebKinerjaTests} (the signed-in user's scope).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@WebMvcTest(
        includeFilters =
                @ComponentScan.Filter(type = FilterType.REGEX, pattern = "id\\.aparatur\\.sistem\\.ProblemApi"))
@WithMockUser
@interface IrisanWebKinerja {

    /** The controller under test. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value();
}
