package id.aparatur.kompetensi.web;

import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.application.KompetensiRinci;
import id.aparatur.kompetensi.domain.LevelKompetensi;
import id.aparatur.kompetensi.domain.RincianKompetensi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The add/edit form of a dictionary entry; always five level rows. */
public record KompetensiForm(
        @NotBlank @Pattern(regexp = "^[A-Z]{1,3}(\\.[A-Z]{2,4})?\\.[0-9]{2}$") @Nullable
        String kode,

        @NotBlank @Size(max = 200) @Nullable String nama,
        @NotNull @Nullable JenisKompetensi jenis,
        @Nullable String rumpunKode,
        @NotBlank @Nullable String definisi,
        @NotBlank @Size(max = 300) @Nullable String dasarHukum,

        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate berlakuMulai,

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate berlakuSampai,

        @Nullable Integer versi,
        @Valid @Nullable List<LevelForm> level) {

    public KompetensiForm {
        List<LevelForm> lima = new ArrayList<>(level == null ? List.of() : level);
        while (lima.size() < 5) {
            lima.add(new LevelForm(lima.size() + 1, "", ""));
        }
        level = lima;
    }

    static KompetensiForm kosong(LocalDate hariIni) {
        return new KompetensiForm(
                "",
                "",
                null,
                null,
                "",
                "",
                hariIni,
                null,
                null,
                IntStream.rangeClosed(1, 5)
                        .mapToObj(i -> new LevelForm(i, "", ""))
                        .toList());
    }

    static KompetensiForm dari(KompetensiRinci r) {
        return new KompetensiForm(
                r.kode(),
                r.nama(),
                r.jenis(),
                r.rumpunKode(),
                r.definisi(),
                r.dasarHukum(),
                r.berlakuMulai(),
                r.berlakuSampai(),
                r.versi(),
                r.level().stream()
                        .map(l -> new LevelForm(l.level(), l.deskripsi(), l.indikator()))
                        .toList());
    }

    RincianKompetensi rincian() {
        List<LevelForm> daftar = level == null ? List.of() : level;
        return new RincianKompetensi(
                nama,
                jenis,
                rumpunKode,
                definisi,
                dasarHukum,
                berlakuMulai,
                berlakuSampai,
                IntStream.range(0, daftar.size())
                        .mapToObj(i -> new LevelKompetensi(
                                i + 1,
                                teks(daftar.get(i).deskripsi()),
                                teks(daftar.get(i).indikator())))
                        .toList());
    }

    private static String teks(@Nullable String s) {
        return s == null ? "" : s;
    }
}
