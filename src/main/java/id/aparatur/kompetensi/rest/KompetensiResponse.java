package id.aparatur.kompetensi.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.application.KompetensiRinci;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dictionary entry with its five levels. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record KompetensiResponse(
        String kode,
        String nama,
        JenisKompetensi jenis,
        @Nullable String rumpunKode,
        String definisi,
        String dasarHukum,
        LocalDate berlakuMulai,
        @Nullable LocalDate berlakuSampai,
        boolean aktif,
        int versi,
        List<LevelPayload> level) {

    static KompetensiResponse dari(KompetensiRinci r) {
        return new KompetensiResponse(
                r.kode(),
                r.nama(),
                r.jenis(),
                r.rumpunKode(),
                r.definisi(),
                r.dasarHukum(),
                r.berlakuMulai(),
                r.berlakuSampai(),
                r.aktif(),
                r.versi(),
                r.level().stream()
                        .map(l -> new LevelPayload(l.level(), l.deskripsi(), l.indikator()))
                        .toList());
    }
}
