package id.aparatur.sistem;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits, derived from the one import limit {@code aparatur.impor.ukuran-maksimal}
 * so that the two cannot drift apart: a file up to the limit passes the container (the request may be 1 MB larger for
 * the multipart envelope and form fields), and {@link LayananImpor} then checks the file itself. This replaces Spring
 * Boot's {@code spring.servlet.multipart.max-file-size}/{@code max-request-size}, which are therefore not set.
 * {@code spring.servlet.multipart.resolve-lazily=true} (application.properties) makes an oversized request fail inside
 * the controller, where the API answers 413 ProblemDetail and the page an Indonesian message; so does
 * {@link MultipartParameterFilter} for the callers of {@code getParameter} that run before the controller.
 */
@Configuration(proxyBeanMethods = false)
class ImporConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(
            @Value("${aparatur.impor.ukuran-maksimal:50MB}") DataSize ukuranMaksimal) {
        long berkas = ukuranMaksimal.toBytes();
        return new MultipartConfigElement(
                "", berkas, berkas + DataSize.ofMegabytes(1).toBytes(), 0);
    }

    /** Before Spring Security (order -100), whose CSRF check may read a form parameter. */
    @Bean
    FilterRegistrationBean<MultipartParameterFilter> multipartParameterFilter() {
        var bean = new FilterRegistrationBean<>(new MultipartParameterFilter());
        bean.setOrder(-1000);
        return bean;
    }
}
