package id.aparatur.kompetensi.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.application.KompetensiBaris;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One entry in the list. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record KompetensiRingkasResponse(
        String kode,
        String nama,
        JenisKompetensi jenis,
        @Nullable String rumpunKode,
        @Nullable String rumpunNama,
        LocalDate berlakuMulai,
        @Nullable LocalDate berlakuSampai,
        boolean aktif) {

    static KompetensiRingkasResponse dari(KompetensiBaris b) {
        return new KompetensiRingkasResponse(
                b.kode(),
                b.nama(),
                b.jenis(),
                b.rumpunKode(),
                b.rumpunNama(),
                b.berlakuMulai(),
                b.berlakuSampai(),
                b.aktif());
    }
}
