package id.aparatur.kinerja.application;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.KebijakanDistribusi;
import id.aparatur.kinerja.domain.KesesuaianJabatan;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.domain.TabelTpp;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one place where kinerja's settings ({@code aparatur.kinerja.*}) are read; each default is the rule's own
 * ({@link TabelTpp#STANDAR}, {@link PeriodeEvaluasi#BAKU}, {@link KesesuaianJabatan#AMBANG_BAKU},
 * {@link KebijakanDistribusi#BAKU}).
 */
@Configuration(proxyBeanMethods = false)
class KonfigurasiKinerja {

    @Bean
    TabelTpp tabelTpp(Environment env) {
        Map<PredikatKinerja, Integer> persen = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja p : PredikatKinerja.values()) {
            persen.put(
                    p,
                    env.getProperty(
                            "aparatur.kinerja.tpp." + p.name(),
                            Integer.class,
                            TabelTpp.STANDAR.persen().get(p)));
        }
        return new TabelTpp(persen);
    }

    @Bean
    PengaturanKinerja pengaturanKinerja(Environment env) {
        return new PengaturanKinerja(
                env.getProperty("aparatur.kinerja.periode-evaluasi", PeriodeEvaluasi.class, PeriodeEvaluasi.BAKU),
                env.getProperty(
                        "aparatur.kinerja.aktivitas.ambang-kesesuaian",
                        BigDecimal.class,
                        KesesuaianJabatan.AMBANG_BAKU),
                env.getProperty(
                        "aparatur.kinerja.distribusi.kebijakan", KebijakanDistribusi.class, KebijakanDistribusi.BAKU));
    }
}
