package id.aparatur.perencanaan.web;

import id.aparatur.perencanaan.application.AbkQuery.AbkRinci;
import id.aparatur.perencanaan.application.AbkQuery.TugasRinci;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The task table of the ABK page as typed (numbers stay as typed until the rules check them). */
public class AbkForm {

    /** Blank rows offered below the tasks. */
    static final int BARIS_KOSONG = 3;

    private @Nullable Integer versi;
    private List<Baris> tugas = new ArrayList<>();

    static AbkForm dari(AbkRinci r) {
        AbkForm f = new AbkForm();
        f.versi = r.versi();
        for (TugasRinci t : r.tugas()) {
            Baris b = new Baris();
            b.setUraian(t.uraian());
            b.setHasilKerja(t.hasilKerja());
            b.setSatuan(t.satuan());
            b.setVolume(BigDecimal.valueOf(t.volume()));
            b.setNormaWaktu(BigDecimal.valueOf(t.normaWaktu()));
            f.tugas.add(b);
        }
        f.tambahBarisKosong();
        return f;
    }

    void tambahBarisKosong() {
        for (int i = 0; i < BARIS_KOSONG; i++) {
            tugas.add(new Baris());
        }
    }

    public @Nullable Integer getVersi() {
        return versi;
    }

    public void setVersi(@Nullable Integer versi) {
        this.versi = versi;
    }

    public List<Baris> getTugas() {
        return tugas;
    }

    public void setTugas(List<Baris> tugas) {
        this.tugas = tugas;
    }

    /** One row; a row with every field blank is ignored, a row marked {@code hapus} is removed on save. */
    public static class Baris {
        private @Nullable String uraian;
        private @Nullable String hasilKerja;
        private @Nullable String satuan;
        private @Nullable BigDecimal volume;
        private @Nullable BigDecimal normaWaktu;
        private boolean hapus;

        public boolean kosong() {
            return kosong(uraian) && kosong(hasilKerja) && kosong(satuan) && volume == null && normaWaktu == null;
        }

        private static boolean kosong(@Nullable String s) {
            return s == null || s.isBlank();
        }

        public @Nullable String getUraian() {
            return uraian;
        }

        public void setUraian(@Nullable String uraian) {
            this.uraian = uraian;
        }

        public @Nullable String getHasilKerja() {
            return hasilKerja;
        }

        public void setHasilKerja(@Nullable String hasilKerja) {
            this.hasilKerja = hasilKerja;
        }

        public @Nullable String getSatuan() {
            return satuan;
        }

        public void setSatuan(@Nullable String satuan) {
            this.satuan = satuan;
        }

        public @Nullable BigDecimal getVolume() {
            return volume;
        }

        public void setVolume(@Nullable BigDecimal volume) {
            this.volume = volume;
        }

        public @Nullable BigDecimal getNormaWaktu() {
            return normaWaktu;
        }

        public void setNormaWaktu(@Nullable BigDecimal normaWaktu) {
            this.normaWaktu = normaWaktu;
        }

        public boolean isHapus() {
            return hapus;
        }

        public void setHapus(boolean hapus) {
            this.hapus = hapus;
        }
    }
}
