package id.aparatur.pegawai.application;

import id.aparatur.pegawai.domain.AturanPensiun;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * BUP table from {@code aparatur.bup.*} (defaults: 58; JPT 60; JF ahli madya 60, ahli utama 65; per JF: guru 60,
 * dosen 65 — {@code aparatur.bup.per-jf.GURU=60}).
 */
@Configuration(proxyBeanMethods = false)
class PengaturanPegawai {

    @Bean
    AturanPensiun aturanPensiun(Environment env) {
        Binder b = Binder.get(env);
        int bawaan = b.bind("aparatur.bup.bawaan", Integer.class).orElse(AturanPensiun.STANDAR.bawaan());
        Map<String, Integer> jenis = b.bind("aparatur.bup.per-jenis", Bindable.mapOf(String.class, Integer.class))
                .orElse(AturanPensiun.STANDAR.perJenis());
        Map<String, Integer> jenjang = b.bind("aparatur.bup.per-jenjang", Bindable.mapOf(String.class, Integer.class))
                .orElse(AturanPensiun.STANDAR.perJenjang());
        Map<String, Integer> jf = b.bind("aparatur.bup.per-jf", Bindable.mapOf(String.class, Integer.class))
                .orElse(AturanPensiun.STANDAR.perJf());
        return new AturanPensiun(bawaan, upper(jenis), upper(jenjang), upper(jf));
    }

    private static Map<String, Integer> upper(Map<String, Integer> m) {
        var hasil = new java.util.HashMap<String, Integer>();
        m.forEach((k, v) -> hasil.put(k.toUpperCase(java.util.Locale.ROOT).replace('-', '_'), v));
        return hasil;
    }
}
