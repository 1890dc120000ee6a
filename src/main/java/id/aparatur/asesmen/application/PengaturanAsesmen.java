package id.aparatur.asesmen.application;

import id.aparatur.asesmen.domain.BatasJpm;
import java.math.BigDecimal;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The shipped default of the JPM bands, from {@code aparatur.jpm.batas-optimal} (90) and
 * {@code aparatur.jpm.batas-cukup-optimal} (78): version 1 of the registry's {@code JPM_PITA}. Decisions read the
 * version in force on their date through {@link AturanJpm}, never this bean.
 */
@Configuration(proxyBeanMethods = false)
class PengaturanAsesmen {

    @Bean
    BatasJpm batasJpmAwal(
            @Value("${aparatur.jpm.batas-optimal:90}") BigDecimal optimal,
            @Value("${aparatur.jpm.batas-cukup-optimal:78}") BigDecimal cukupOptimal) {
        return new BatasJpm(optimal, cukupOptimal);
    }
}
