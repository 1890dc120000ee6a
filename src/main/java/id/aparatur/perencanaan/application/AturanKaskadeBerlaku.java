package id.aparatur.perencanaan.application;

import id.aparatur.aturan.AturanBerlaku;
import id.aparatur.aturan.AturanDipakai;
import id.aparatur.aturan.VersiAturan;
import id.aparatur.perencanaan.kaskade.AturanKaskade;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * The cascade's gates in force on a reference date, read from the rule registry ({@code GERBANG_KASKADE}) once per
 * run, with the version they come from so that the run records which gates it used.
 */
@Component
class AturanKaskadeBerlaku {

    /** The gates and the registry version they come from. */
    record Berlaku(AturanKaskade aturan, VersiAturan versi) {

        AturanDipakai dipakai() {
            return AturanDipakai.dari(versi);
        }
    }

    private final AturanBerlaku registri;
    private final ObjectMapper json;

    AturanKaskadeBerlaku(AturanBerlaku registri, ObjectMapper json) {
        this.registri = registri;
        this.json = json;
    }

    Berlaku pada(LocalDate acuan) {
        VersiAturan v = registri.berlaku(DefinisiGerbangKaskade.KODE, acuan);
        return new Berlaku(json.treeToValue(v.nilai(), AturanKaskade.class), v);
    }

    /**
     * The day whose gates a run applies: today, or 1 January of a later planning year (the promotions it plans take
     * place in that year).
     */
    static LocalDate tanggalAcuanAturan(LocalDate hariIni, @Nullable Integer tahunRencana) {
        return tahunRencana == null || tahunRencana <= hariIni.getYear() ? hariIni : LocalDate.of(tahunRencana, 1, 1);
    }
}
