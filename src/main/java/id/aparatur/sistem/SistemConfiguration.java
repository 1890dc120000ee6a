package id.aparatur.sistem;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Clock, messages (Bahasa Indonesia by default, English second) and the locale switch {@code ?lang=en}. */
@Configuration(proxyBeanMethods = false)
class SistemConfiguration implements WebMvcConfigurer {

    static final Locale INDONESIA = Locale.forLanguageTag("id");

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }

    @Bean
    MessageSource messageSource() {
        var ms = new ReloadableResourceBundleMessageSource();
        ms.setBasenames(basenames());
        ms.setDefaultEncoding("UTF-8");
        ms.setFallbackToSystemLocale(false);
        ms.setDefaultLocale(INDONESIA);
        ms.setCacheSeconds(-1);
        return ms;
    }

    /**
     * Every {@code i18n/<nama>_id.properties} on the classpath is a message bundle; {@code messages} first. Modules add
     * their own bundle file without touching this class.
     */
    static String[] basenames() {
        try {
            var ditemukan = new java.util.TreeSet<String>();
            for (var r : new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_id.properties")) {
                String nama = java.util.Objects.requireNonNull(r.getFilename());
                ditemukan.add(nama.substring(0, nama.length() - "_id.properties".length()));
            }
            ditemukan.remove("messages");
            var hasil = new java.util.ArrayList<String>();
            hasil.add("classpath:i18n/messages");
            ditemukan.forEach(n -> hasil.add("classpath:i18n/" + n));
            return hasil.toArray(String[]::new);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Switches off the resource-chain URL rewriting of links in pages: it resolves every {@code /webjars/...} link
     * against the jars on each render (measured as the largest cost of a page under load). The version-less webjar
     * paths are still served by the resource chain when the browser asks for them.
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<
                    org.springframework.web.servlet.resource.ResourceUrlEncodingFilter>
            resourceUrlEncodingFilter() {
        var bean = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new org.springframework.web.servlet.resource.ResourceUrlEncodingFilter());
        bean.setEnabled(false);
        return bean;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("aparatur-bahasa");
        resolver.setDefaultLocale(INDONESIA);
        // Pages are Indonesian until the user switches (?lang=en). API clients may ask for English with
        // Accept-Language.
        resolver.setDefaultLocaleFunction(req -> req.getRequestURI().startsWith(req.getContextPath() + "/api/")
                        && req.getHeader("Accept-Language") != null
                        && req.getLocale().getLanguage().equals("en")
                ? Locale.ENGLISH
                : INDONESIA);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        registry.addInterceptor(interceptor);
    }
}
