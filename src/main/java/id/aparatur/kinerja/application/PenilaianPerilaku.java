package id.aparatur.kinerja.application;

import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.domain.NilaiBerakhlak;
import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rating as the SKP page makes it: {@link LayananSkp#nilai} (hasil kerja, perilaku kerja, feedback for each
 * BerAKHLAK value, predikat from the matrix, audited) plus the ekspektasi of each of the seven values, all in one
 * transaction; all errors are reported together.
 */
@Service
@Transactional
public class PenilaianPerilaku {

    private final LayananSkp layanan;
    private final JdbcClient jdbc;

    PenilaianPerilaku(LayananSkp layanan, JdbcClient jdbc) {
        this.layanan = layanan;
        this.jdbc = jdbc;
    }

    public PredikatKinerja nilai(long id, @Nullable Integer versi, @Nullable String hasil, @Nullable String perilaku,
            Map<String, String> catatan, Map<String, String> ekspektasi) {
        List<Galat> galat = new ArrayList<>();
        for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
            if (ekspektasiAtauNull(ekspektasi.get(n.name())) == null) {
                galat.add(new Galat("ekspektasi." + n.name(), "skpui.nilai.ekspektasi.wajib"));
            }
        }
        PredikatKinerja predikat = null;
        try {
            predikat = layanan.nilai(id, versi, hasil, perilaku, catatan);
        } catch (ValidasiException e) {
            galat.addAll(0, e.galat());
        }
        if (!galat.isEmpty() || predikat == null) {
            throw new ValidasiException(galat);
        }
        for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
            jdbc.sql("UPDATE kinerja.perilaku SET ekspektasi = ? WHERE skp_id = ? AND nilai = ?")
                    .params(ekspektasiAtauNull(ekspektasi.get(n.name())).name(), id, n.name()).update();
        }
        return predikat;
    }

    private static @Nullable Ekspektasi ekspektasiAtauNull(@Nullable String s) {
        if (s == null) {
            return null;
        }
        for (Ekspektasi e : Ekspektasi.values()) {
            if (e.name().equals(s.strip())) {
                return e;
            }
        }
        return null;
    }
}
