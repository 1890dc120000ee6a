package id.aparatur;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * Like {@link UjiIntegrasi}, but on a database of its own ({@code aparatur_api_fuzz}) and a real HTTP port:
 * for tests that change demo data at random (the fuzz test) or need the servlet container itself (chunked bodies).
 * All classes carrying it share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "aparatur.db.nama=aparatur_api_fuzz")
@AutoConfigureMockMvc
@ActiveProfiles({"demo", "test"})
public @interface UjiApiTerpisah {}
