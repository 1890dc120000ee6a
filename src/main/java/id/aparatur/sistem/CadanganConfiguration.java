package id.aparatur.sistem;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The scheduled backup ({@link LayananCadangan}) and the restore command ({@link PemulihanCadangan}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class CadanganConfiguration {

    /**
     * The restore command starts the application only to exit again: it takes any free port instead of
     * {@code server.port}, so it never collides with anything listening there.
     */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> portPemulihan(
            @Value("${aparatur.pulihkan:}") String berkas) {
        return factory -> {
            if (!berkas.isBlank()) {
                factory.setPort(0);
            }
        };
    }
}
