package id.aparatur.kinerja.application;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.TabelTpp;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The TPP percentage table from {@code aparatur.kinerja.tpp.<PREDIKAT>} (default {@link TabelTpp#STANDAR}). */
@Configuration(proxyBeanMethods = false)
class KonfigurasiKinerja {

    @Bean
    TabelTpp tabelTpp(Environment env) {
        Map<PredikatKinerja, Integer> persen = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja p : PredikatKinerja.values()) {
            persen.put(p, env.getProperty("aparatur.kinerja.tpp." + p.name(), Integer.class,
                    TabelTpp.STANDAR.persen().get(p)));
        }
        return new TabelTpp(persen);
    }
}
