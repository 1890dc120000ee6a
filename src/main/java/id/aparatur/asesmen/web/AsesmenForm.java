package id.aparatur.asesmen.web;

import id.aparatur.asesmen.SumberAsesmen;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Form backing object of "Catat asesmen": one row per competency of the employee's SKJ (code fixed) plus rows where
 * the user types another competency code ({@code tambahan}). An empty level means "not measured this time".
 */
public class AsesmenForm {

    /** One competency row of the form. */
    public static class Baris {
        private String kode = "";
        private @Nullable Integer level;
        private boolean tambahan;

        public Baris() {}

        Baris(String kode, boolean tambahan) {
            this.kode = kode;
            this.tambahan = tambahan;
        }

        public String getKode() {
            return kode;
        }

        public void setKode(@Nullable String v) {
            kode = v == null ? "" : v.trim();
        }

        public @Nullable Integer getLevel() {
            return level;
        }

        public void setLevel(@Nullable Integer v) {
            level = v;
        }

        public boolean isTambahan() {
            return tambahan;
        }

        public void setTambahan(boolean v) {
            tambahan = v;
        }
    }

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private @Nullable LocalDate tanggal;

    private @Nullable SumberAsesmen sumber;
    private String asesor = "";
    private String catatan = "";
    private String bukti = "";
    private List<Baris> baris = new ArrayList<>();

    public @Nullable LocalDate getTanggal() {
        return tanggal;
    }

    public void setTanggal(@Nullable LocalDate v) {
        tanggal = v;
    }

    public @Nullable SumberAsesmen getSumber() {
        return sumber;
    }

    public void setSumber(@Nullable SumberAsesmen v) {
        sumber = v;
    }

    public String getAsesor() {
        return asesor;
    }

    public void setAsesor(@Nullable String v) {
        asesor = v == null ? "" : v;
    }

    public String getCatatan() {
        return catatan;
    }

    public void setCatatan(@Nullable String v) {
        catatan = v == null ? "" : v;
    }

    public String getBukti() {
        return bukti;
    }

    public void setBukti(@Nullable String v) {
        bukti = v == null ? "" : v;
    }

    public List<Baris> getBaris() {
        return baris;
    }

    public void setBaris(@Nullable List<Baris> v) {
        baris = v == null ? new ArrayList<>() : v;
    }
}
