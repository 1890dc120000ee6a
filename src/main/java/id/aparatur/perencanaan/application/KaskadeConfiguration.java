package id.aparatur.perencanaan.application;

import id.aparatur.perencanaan.kaskade.AturanKaskade;
import id.aparatur.perencanaan.kaskade.BatasUsiaJpt;
import id.aparatur.perencanaan.kaskade.GerbangKinerja;
import id.aparatur.perencanaan.kaskade.KesetaraanTingkat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

/**
 * The cascade's rules from {@code aparatur.kaskade.*}, each defaulting to {@link AturanKaskade#STANDAR}: {@code pengisi}
 * (map level → list of feeder levels), {@code tingkat-awal}, {@code seleksi-terbuka} (lists of levels),
 * {@code masa-minimal-bulan} (map), {@code masa-minimal-setingkat-bulan}, {@code pendidikan-minimal},
 * {@code pangkat-minimal} (maps), {@code kinerja-minimal-baik}, {@code kinerja-tahun} (years before the reference year
 * that must be BAIK), {@code kinerja-data-tidak-lengkap} (TOLAK or IZINKAN: what a year without a final SKP means),
 * {@code bobot-kinerja}, {@code usia-jpt} (map level → the age a JPT candidate must be below on the inauguration date),
 * {@code bulan-hingga-pelantikan-jpt}, {@code setara} (map level → group whose time counts together for the months in
 * level; given, it replaces the default groups). Level keys are written as in the
 * code ({@code PENGAWAS}, {@code FUNGSIONAL/AHLI_MUDA}); keys with a slash need the bracket notation of Spring
 * ({@code aparatur.kaskade.pengisi[FUNGSIONAL/AHLI_MUDA]=FUNGSIONAL/AHLI_PERTAMA}). Case and {@code -}/{@code _} are
 * normalised. A map or list given in the configuration replaces the default as a whole.
 */
@Configuration(proxyBeanMethods = false)
class KaskadeConfiguration {

    private static final String AWALAN = "aparatur.kaskade.";

    @Bean
    AturanKaskade aturanKaskade(Environment env) {
        return baca(Binder.get(env));
    }

    static AturanKaskade baca(Binder b) {
        AturanKaskade s = AturanKaskade.STANDAR;
        Map<String, List<String>> pengisi = b.bind(AWALAN + "pengisi", mapDaftar())
                .map(KaskadeConfiguration::normalDaftar)
                .orElse(s.pengisi());
        Set<String> awal = b.bind(AWALAN + "tingkat-awal", Bindable.setOf(String.class))
                .map(KaskadeConfiguration::normalSet)
                .orElse(s.tingkatAwal());
        Set<String> seleksi = b.bind(AWALAN + "seleksi-terbuka", Bindable.setOf(String.class))
                .map(KaskadeConfiguration::normalSet)
                .orElse(s.tingkatSeleksiTerbuka());
        Map<String, Integer> masa = b.bind(AWALAN + "masa-minimal-bulan", Bindable.mapOf(String.class, Integer.class))
                .map(KaskadeConfiguration::normalKunci)
                .orElse(s.masaMinimalBulan());
        int setingkat =
                b.bind(AWALAN + "masa-minimal-setingkat-bulan", Integer.class).orElse(s.masaMinimalSetingkatBulan());
        Map<String, String> pendidikan = b.bind(
                        AWALAN + "pendidikan-minimal", Bindable.mapOf(String.class, String.class))
                .map(KaskadeConfiguration::normalNilai)
                .orElse(s.pendidikanMinimal());
        Map<String, String> pangkat = b.bind(AWALAN + "pangkat-minimal", Bindable.mapOf(String.class, String.class))
                .map(KaskadeConfiguration::normalKunci)
                .orElse(s.pangkatMinimal());
        GerbangKinerja k = s.kinerja();
        GerbangKinerja kinerja = new GerbangKinerja(
                b.bind(AWALAN + "kinerja-tahun", Integer.class).orElse(k.tahun()),
                b.bind(AWALAN + "kinerja-minimal-baik", Boolean.class).orElse(k.minimalBaik()),
                b.bind(AWALAN + "kinerja-data-tidak-lengkap", String.class)
                        .map(x -> GerbangKinerja.KebijakanDataTidakLengkap.valueOf(tingkat(x)))
                        .orElse(k.dataTidakLengkap()));
        long bobot = b.bind(AWALAN + "bobot-kinerja", Long.class).orElse(s.bobotKinerja());
        BatasUsiaJpt usia = new BatasUsiaJpt(
                b.bind(AWALAN + "usia-jpt", Bindable.mapOf(String.class, Integer.class))
                        .map(KaskadeConfiguration::normalKunci)
                        .orElse(s.usiaJpt().batas()),
                b.bind(AWALAN + "bulan-hingga-pelantikan-jpt", Integer.class)
                        .orElse(s.usiaJpt().bulanHinggaPelantikan()));
        KesetaraanTingkat setara = b.bind(AWALAN + "setara", Bindable.mapOf(String.class, String.class))
                .map(m -> {
                    Map<String, String> h = new HashMap<>();
                    m.forEach((t, g) -> h.put(tingkat(t), tingkat(g)));
                    return new KesetaraanTingkat(h);
                })
                .orElse(s.setara());
        return new AturanKaskade(
                pengisi, awal, seleksi, masa, setingkat, pendidikan, pangkat, kinerja, bobot, usia, setara);
    }

    private static Bindable<Map<String, List<String>>> mapDaftar() {
        return Bindable.of(ResolvableType.forClassWithGenerics(
                Map.class,
                ResolvableType.forClass(String.class),
                ResolvableType.forClassWithGenerics(List.class, String.class)));
    }

    static String tingkat(String t) {
        return t.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static Map<String, List<String>> normalDaftar(Map<String, List<String>> m) {
        Map<String, List<String>> h = new HashMap<>();
        m.forEach((k, v) -> {
            List<String> d = new ArrayList<>();
            v.forEach(x -> d.add(tingkat(x)));
            h.put(tingkat(k), d);
        });
        return h;
    }

    private static Set<String> normalSet(Set<String> s) {
        Set<String> h = new HashSet<>();
        s.forEach(x -> h.add(tingkat(x)));
        return h;
    }

    private static <V> Map<String, V> normalKunci(Map<String, V> m) {
        Map<String, V> h = new HashMap<>();
        m.forEach((k, v) -> h.put(tingkat(k), v));
        return h;
    }

    private static Map<String, String> normalNilai(Map<String, String> m) {
        Map<String, String> h = new HashMap<>();
        m.forEach((k, v) -> h.put(tingkat(k), v.strip().toUpperCase(Locale.ROOT)));
        return h;
    }
}
