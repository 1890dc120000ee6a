package id.aparatur.sistem;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.servlet.mvc.method.annotation.RequestResponseBodyMethodProcessor;
import tools.jackson.databind.ObjectMapper;

/**
 * Limits and input checks of the JSON API (docs/operasional.md, "API errors and limits"):
 * <ul>
 *   <li>{@code aparatur.api.ukuran-json-maksimal} (default 2MB): the largest request body of an endpoint, answered 413
 *       before it is read; {@code aparatur.api.ukuran-json-optimasi} (default 30MB) for
 *       {@code POST /api/v1/penempatan/optimasi} only. Multipart imports keep {@code aparatur.impor.ukuran-maksimal}.
 *   <li>{@code aparatur.api.teks-maksimal} (default 10000 characters), {@code aparatur.api.elemen-maksimal} (default
 *       5000 items per array) and {@code aparatur.api.kedalaman-maksimal} (default 32 levels): ceilings for every JSON
 *       body, on top of each field's own constraints.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    FilterRegistrationBean<PenjagaApiFilter> penjagaApiFilter(
            ProblemApi problem,
            ObjectMapper json,
            LocaleResolver localeResolver,
            @Value("${aparatur.api.ukuran-json-maksimal:2MB}") DataSize batasBaku,
            @Value("${aparatur.api.ukuran-json-optimasi:30MB}") DataSize batasOptimasi) {
        var bean = new FilterRegistrationBean<>(
                new PenjagaApiFilter(problem, json, localeResolver, batasBaku.toBytes(), batasOptimasi.toBytes()));
        bean.addUrlPatterns("/api/*");
        // Before every filter that may read the body (FormContentFilter -9900, Spring Security -100).
        bean.setOrder(-10_000);
        return bean;
    }

    /** Puts {@link PembacaBadanJson} in front of Spring's {@code @RequestBody} resolver. */
    @Bean
    static BeanPostProcessor pembacaBadanJsonPostProcessor(ObjectProvider<ObjectMapper> json, Environment env) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof RequestMappingHandlerAdapter adapter && adapter.getArgumentResolvers() != null) {
                    PembacaJsonLonggar pembaca = new PembacaJsonLonggar(
                            json.getObject(),
                            env.getProperty("aparatur.api.teks-maksimal", Integer.class, 10_000),
                            env.getProperty("aparatur.api.elemen-maksimal", Integer.class, 5_000),
                            env.getProperty("aparatur.api.kedalaman-maksimal", Integer.class, 32));
                    List<HandlerMethodArgumentResolver> daftar = new ArrayList<>();
                    for (HandlerMethodArgumentResolver r : adapter.getArgumentResolvers()) {
                        daftar.add(
                                r instanceof RequestResponseBodyMethodProcessor ? new PembacaBadanJson(r, pembaca) : r);
                    }
                    adapter.setArgumentResolvers(daftar);
                }
                return bean;
            }
        };
    }
}
