package id.aparatur.seleksi.application;

import id.aparatur.pegawai.TingkatPendidikan;
import id.aparatur.seleksi.domain.AturanBobot;
import id.aparatur.seleksi.domain.RentangBobot;
import id.aparatur.seleksi.domain.SyaratJptPratama;
import id.aparatur.shared.Golongan;
import java.math.BigDecimal;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The configurable rules of the open selection: weight ranges and defaults ({@code aparatur.seleksi.bobot.<komponen>.
 * min|maks|baku}, komponen = makalah, kompetensi, wawancara, rekam-jejak) and the JPT pratama eligibility hints
 * ({@code aparatur.seleksi.masa-administrator-tahun}, {@code golongan-minimal}, {@code pendidikan-minimal},
 * {@code batas-usia} — the age an applicant must be below on the planned inauguration date —,
 * {@code pengalaman-tahun}, {@code kinerja-tahun}). A configuration whose defaults are out of range or do not sum to 100 stops the start.
 */
@Configuration(proxyBeanMethods = false)
class SeleksiConfiguration {

    @Bean
    AturanBobot aturanBobot(Environment env) {
        AturanBobot b = AturanBobot.BAKU;
        return new AturanBobot(
                rentang(env, "makalah", b.makalah()),
                rentang(env, "kompetensi", b.kompetensi()),
                rentang(env, "wawancara", b.wawancara()),
                rentang(env, "rekam-jejak", b.rekamJejak()));
    }

    private static RentangBobot rentang(Environment env, String komponen, RentangBobot baku) {
        String awalan = "aparatur.seleksi.bobot." + komponen + ".";
        return new RentangBobot(
                env.getProperty(awalan + "min", BigDecimal.class, baku.min()),
                env.getProperty(awalan + "maks", BigDecimal.class, baku.maks()),
                env.getProperty(awalan + "baku", BigDecimal.class, baku.baku()));
    }

    @Bean
    SyaratJptPratama syaratJptPratama(Environment env) {
        SyaratJptPratama b = SyaratJptPratama.BAKU;
        String golongan = env.getProperty(
                "aparatur.seleksi.golongan-minimal", b.golonganMinimal().kode());
        return new SyaratJptPratama(
                env.getProperty("aparatur.seleksi.masa-administrator-tahun", Integer.class, b.masaAdministratorTahun()),
                Golongan.dari(golongan)
                        .orElseThrow(() -> new IllegalArgumentException(
                                "aparatur.seleksi.golongan-minimal tidak dikenal: " + golongan)),
                TingkatPendidikan.valueOf(env.getProperty(
                        "aparatur.seleksi.pendidikan-minimal",
                        b.pendidikanMinimal().name())),
                env.getProperty("aparatur.seleksi.batas-usia", Integer.class, b.batasUsia()),
                env.getProperty("aparatur.seleksi.pengalaman-tahun", Integer.class, b.pengalamanTahun()),
                env.getProperty("aparatur.seleksi.kinerja-tahun", Integer.class, b.tahunKinerjaBaik()));
    }
}
