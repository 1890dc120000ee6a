package id.aparatur.kinerja.application;

import id.aparatur.kinerja.AturanTindakLanjut;
import id.aparatur.kinerja.JenisTindakLanjut;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.AturanPeriodeEvaluasi;
import id.aparatur.kinerja.domain.KebijakanDistribusi;
import id.aparatur.kinerja.domain.KesesuaianJabatan;
import id.aparatur.kinerja.domain.PenilaiNonPns;
import id.aparatur.kinerja.domain.PeriodeEvaluasi;
import id.aparatur.kinerja.domain.TabelTpp;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The one place where kinerja's settings ({@code aparatur.kinerja.*}) are read; each default is the rule's own
 * ({@link TabelTpp#STANDAR}, {@link AturanPeriodeEvaluasi#STANDAR}, {@link KesesuaianJabatan#AMBANG_BAKU},
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
                new AturanPeriodeEvaluasi(
                        List.of(env.getProperty(
                                "aparatur.kinerja.periode-evaluasi.diizinkan",
                                PeriodeEvaluasi[].class,
                                AturanPeriodeEvaluasi.STANDAR.diizinkan().toArray(PeriodeEvaluasi[]::new))),
                        env.getProperty(
                                "aparatur.kinerja.periode-evaluasi", PeriodeEvaluasi.class, PeriodeEvaluasi.BAKU)),
                env.getProperty(
                        "aparatur.kinerja.aktivitas.ambang-kesesuaian",
                        BigDecimal.class,
                        KesesuaianJabatan.AMBANG_BAKU),
                env.getProperty(
                        "aparatur.kinerja.distribusi.kebijakan", KebijakanDistribusi.class, KebijakanDistribusi.BAKU),
                aturanTindakLanjut(env),
                new PenilaiNonPns(
                        env.getProperty("aparatur.kinerja.kepala-daerah.nama", "Kepala Daerah"),
                        env.getProperty("aparatur.kinerja.kepala-daerah.jabatan", "Kepala Daerah")));
    }

    /**
     * {@code aparatur.kinerja.tindak-lanjut.<PREDIKAT>.jenis} (PEMBINAAN, PENGEMBANGAN or TIDAK_ADA) and
     * {@code .periksa-disiplin}, each defaulting to {@link AturanTindakLanjut#STANDAR}.
     */
    static AturanTindakLanjut aturanTindakLanjut(Environment env) {
        Map<PredikatKinerja, AturanTindakLanjut.TindakLanjutBaku> m = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja p : PredikatKinerja.values()) {
            if (p == PredikatKinerja.SANGAT_BAIK) {
                continue;
            }
            var baku = AturanTindakLanjut.STANDAR.untuk(p);
            String kunci = "aparatur.kinerja.tindak-lanjut." + p.name();
            String jenis = env.getProperty(
                    kunci + ".jenis", baku.map(b -> b.jenis().name()).orElse("TIDAK_ADA"));
            if (!jenis.equals("TIDAK_ADA")) {
                m.put(
                        p,
                        new AturanTindakLanjut.TindakLanjutBaku(
                                JenisTindakLanjut.valueOf(jenis),
                                env.getProperty(
                                        kunci + ".periksa-disiplin",
                                        Boolean.class,
                                        baku.map(AturanTindakLanjut.TindakLanjutBaku::periksaDisiplin)
                                                .orElse(false))));
            }
        }
        return new AturanTindakLanjut(m);
    }
}
