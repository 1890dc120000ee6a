package id.aparatur.organisasi.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Form backing object of the SKJ editor: indexed rows {@code baris[i].kode/level/bobot}; blank rows are ignored. */
public class SkjForm {

    /** One editable row. */
    public static class Baris {
        private @Nullable String kode;
        private @Nullable Integer level;
        private @Nullable BigDecimal bobot;

        public Baris() {}

        public Baris(@Nullable String kode, @Nullable Integer level, @Nullable BigDecimal bobot) {
            this.kode = kode;
            this.level = level;
            this.bobot = bobot;
        }

        public @Nullable String getKode() {
            return kode;
        }

        public void setKode(@Nullable String kode) {
            this.kode = kode;
        }

        public @Nullable Integer getLevel() {
            return level;
        }

        public void setLevel(@Nullable Integer level) {
            this.level = level;
        }

        public @Nullable BigDecimal getBobot() {
            return bobot;
        }

        public void setBobot(@Nullable BigDecimal bobot) {
            this.bobot = bobot;
        }

        boolean kosong() {
            return (kode == null || kode.isBlank()) && level == null && bobot == null;
        }
    }

    private int versi;
    private List<Baris> baris = new ArrayList<>();

    public int getVersi() {
        return versi;
    }

    public void setVersi(int versi) {
        this.versi = versi;
    }

    public List<Baris> getBaris() {
        return baris;
    }

    public void setBaris(List<Baris> baris) {
        this.baris = baris;
    }
}
