package id.aparatur.asesmen.application;

import id.aparatur.asesmen.domain.BatasJpm;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** JPM bands from {@code aparatur.jpm.batas-optimal} (90) and {@code aparatur.jpm.batas-cukup-optimal} (78). */
@Configuration(proxyBeanMethods = false)
class PengaturanAsesmen {

    @Bean
    BatasJpm batasJpm(
            @Value("${aparatur.jpm.batas-optimal:90}") BigDecimal optimal,
            @Value("${aparatur.jpm.batas-cukup-optimal:78}") BigDecimal cukupOptimal) {
        return new BatasJpm(optimal, cukupOptimal);
    }
}
