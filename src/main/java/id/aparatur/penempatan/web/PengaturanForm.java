package id.aparatur.penempatan.web;

import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.mesin.Bobot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Form backing object of "Skenario baru" (a bean: Spring binds the multi-selects and checkboxes). */
public class PengaturanForm {

    private String nama = "";
    private List<Long> opd = new ArrayList<>();
    private List<String> jenjang = new ArrayList<>();
    private @Nullable Long bobotSelisihKelas = Bobot.SELISIH_KELAS_BAKU;
    private @Nullable Long bobotDiluarMinat = Bobot.DILUAR_MINAT_BAKU;
    private @Nullable Long bobotPindah = Bobot.PINDAH_BAKU;
    private @Nullable Long bobotTidakDitempatkan = Bobot.TIDAK_DITEMPATKAN_BAKU;
    private boolean rumpunSama;
    private boolean kecualikanHukuman = true;
    private boolean kecualikanJpt = true;

    public PengaturanSkenario keDomain() {
        return new PengaturanSkenario(
                nama,
                new HashSet<>(opd),
                new HashSet<>(jenjang),
                new Bobot(
                        nilai(bobotSelisihKelas, Bobot.SELISIH_KELAS_BAKU),
                        nilai(bobotDiluarMinat, Bobot.DILUAR_MINAT_BAKU),
                        nilai(bobotPindah, Bobot.PINDAH_BAKU),
                        nilai(bobotTidakDitempatkan, Bobot.TIDAK_DITEMPATKAN_BAKU)),
                rumpunSama,
                kecualikanHukuman,
                kecualikanJpt,
                Map.of(),
                Set.of(),
                Set.of());
    }

    private static long nilai(@Nullable Long v, long baku) {
        return v == null ? baku : v;
    }

    public String getNama() {
        return nama;
    }

    public void setNama(String v) {
        nama = v == null ? "" : v;
    }

    public List<Long> getOpd() {
        return opd;
    }

    public void setOpd(List<Long> v) {
        opd = v == null ? new ArrayList<>() : v;
    }

    public List<String> getJenjang() {
        return jenjang;
    }

    public void setJenjang(List<String> v) {
        jenjang = v == null ? new ArrayList<>() : v;
    }

    public @Nullable Long getBobotSelisihKelas() {
        return bobotSelisihKelas;
    }

    public void setBobotSelisihKelas(@Nullable Long v) {
        bobotSelisihKelas = v;
    }

    public @Nullable Long getBobotDiluarMinat() {
        return bobotDiluarMinat;
    }

    public void setBobotDiluarMinat(@Nullable Long v) {
        bobotDiluarMinat = v;
    }

    public @Nullable Long getBobotPindah() {
        return bobotPindah;
    }

    public void setBobotPindah(@Nullable Long v) {
        bobotPindah = v;
    }

    public @Nullable Long getBobotTidakDitempatkan() {
        return bobotTidakDitempatkan;
    }

    public void setBobotTidakDitempatkan(@Nullable Long v) {
        bobotTidakDitempatkan = v;
    }

    public boolean isRumpunSama() {
        return rumpunSama;
    }

    public void setRumpunSama(boolean v) {
        rumpunSama = v;
    }

    public boolean isKecualikanHukuman() {
        return kecualikanHukuman;
    }

    public void setKecualikanHukuman(boolean v) {
        kecualikanHukuman = v;
    }

    public boolean isKecualikanJpt() {
        return kecualikanJpt;
    }

    public void setKecualikanJpt(boolean v) {
        kecualikanJpt = v;
    }
}
