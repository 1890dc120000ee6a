package id.aparatur.penempatan.domain;

import id.aparatur.penempatan.mesin.Bobot;
import id.aparatur.shared.ValidasiException.Galat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything that defines a scenario before it runs.
 *
 * @param nama a name BKD recognises
 * @param cakupanOpd OPD ids in scope (empty: the whole Pemda)
 * @param cakupanJenjang jenjang strings ({@link KunciJenjang}) in scope (empty: all); intersected with the OPD scope
 * @param bobot the cost weights (defaults {@link Bobot#BAKU})
 * @param rumpunSama employees may only go to positions of the rumpun of their current position
 * @param kecualikanHukuman leave out employees under an active sedang/berat sanction ({@link id.aparatur.pegawai.AturanHukumanDisiplin})
 * @param kecualikanJpt leave out JPT positions and their holders
 * @param dikunci pins: nip → jabatan id
 * @param pegawaiDikecualikan employees left out by BKD (they keep their position)
 * @param jabatanDikecualikan positions nobody is placed on (their holders must move unless also excluded)
 */
public record PengaturanSkenario(
        String nama,
        Set<Long> cakupanOpd,
        Set<String> cakupanJenjang,
        Bobot bobot,
        boolean rumpunSama,
        boolean kecualikanHukuman,
        boolean kecualikanJpt,
        Map<String, Long> dikunci,
        Set<String> pegawaiDikecualikan,
        Set<Long> jabatanDikecualikan) {

    public static final int PANJANG_NAMA_MAKS = 200;
    /** The engine's own limits (Instans): weights up to 10^9, tidakDitempatkan up to 10^12. */
    public static final long BOBOT_MAKS = 1_000_000_000L;

    public static final long TIDAK_DITEMPATKAN_MAKS = 1_000_000_000_000L;

    public PengaturanSkenario {
        nama = nama == null ? "" : nama.trim();
        cakupanOpd = new TreeSet<>(cakupanOpd);
        cakupanJenjang = new TreeSet<>(cakupanJenjang);
        dikunci = new TreeMap<>(dikunci);
        pegawaiDikecualikan = new TreeSet<>(pegawaiDikecualikan);
        jabatanDikecualikan = new TreeSet<>(jabatanDikecualikan);
    }

    /** A new scenario with default weights and rules (discipline and JPT exclusions on). */
    public static PengaturanSkenario baku(String nama) {
        return new PengaturanSkenario(
                nama, Set.of(), Set.of(), Bobot.BAKU, false, true, true, Map.of(), Set.of(), Set.of());
    }

    public List<Galat> periksa() {
        List<Galat> g = new ArrayList<>();
        if (nama.isBlank()) {
            g.add(new Galat("nama", "NotBlank"));
        } else if (nama.length() > PANJANG_NAMA_MAKS) {
            g.add(new Galat("nama", "penempatan.nama-terlalu-panjang"));
        }
        periksaBobot(g, "bobotSelisihKelas", bobot.selisihKelas(), BOBOT_MAKS);
        periksaBobot(g, "bobotDiluarMinat", bobot.diluarMinat(), BOBOT_MAKS);
        periksaBobot(g, "bobotPindah", bobot.pindah(), BOBOT_MAKS);
        periksaBobot(g, "bobotTidakDitempatkan", bobot.tidakDitempatkan(), TIDAK_DITEMPATKAN_MAKS);
        for (String nip : dikunci.keySet()) {
            if (pegawaiDikecualikan.contains(nip)) {
                g.add(new Galat("dikunci", "penempatan.kunci.pegawai-dikecualikan"));
            }
        }
        for (Long j : dikunci.values()) {
            if (jabatanDikecualikan.contains(j)) {
                g.add(new Galat("dikunci", "penempatan.kunci.jabatan-dikecualikan"));
            }
        }
        return g;
    }

    private static void periksaBobot(List<Galat> g, String field, long nilai, long maks) {
        if (nilai < 0) {
            g.add(new Galat(field, "penempatan.bobot.negatif"));
        } else if (nilai > maks) {
            g.add(new Galat(field, "penempatan.bobot.terlalu-besar"));
        }
    }

    public PengaturanSkenario denganNama(String baru) {
        return new PengaturanSkenario(
                baru,
                cakupanOpd,
                cakupanJenjang,
                bobot,
                rumpunSama,
                kecualikanHukuman,
                kecualikanJpt,
                dikunci,
                pegawaiDikecualikan,
                jabatanDikecualikan);
    }

    /** {@code nip} pinned to {@code jabatanId}; neither of them stays excluded. */
    public PengaturanSkenario denganKunci(String nip, long jabatanId) {
        Map<String, Long> kunci = new TreeMap<>(dikunci);
        kunci.put(nip, jabatanId);
        Set<String> pegawai = new TreeSet<>(pegawaiDikecualikan);
        pegawai.remove(nip);
        Set<Long> jabatan = new TreeSet<>(jabatanDikecualikan);
        jabatan.remove(jabatanId);
        return dengan(kunci, pegawai, jabatan);
    }

    public PengaturanSkenario tanpaKunci(String nip) {
        Map<String, Long> kunci = new TreeMap<>(dikunci);
        kunci.remove(nip);
        return dengan(kunci, pegawaiDikecualikan, jabatanDikecualikan);
    }

    /** {@code nip} left out (and no longer pinned), or taken back in. */
    public PengaturanSkenario denganPegawaiDikecualikan(String nip, boolean kecualikan) {
        Map<String, Long> kunci = new TreeMap<>(dikunci);
        Set<String> pegawai = new TreeSet<>(pegawaiDikecualikan);
        if (kecualikan) {
            pegawai.add(nip);
            kunci.remove(nip);
        } else {
            pegawai.remove(nip);
        }
        return dengan(kunci, pegawai, jabatanDikecualikan);
    }

    /** Nobody placed on {@code jabatanId} (pins to it dropped), or the position offered again. */
    public PengaturanSkenario denganJabatanDikecualikan(long jabatanId, boolean kecualikan) {
        Map<String, Long> kunci = new TreeMap<>(dikunci);
        Set<Long> jabatan = new TreeSet<>(jabatanDikecualikan);
        if (kecualikan) {
            jabatan.add(jabatanId);
            kunci.values().removeIf(j -> j == jabatanId);
        } else {
            jabatan.remove(jabatanId);
        }
        return dengan(kunci, pegawaiDikecualikan, jabatan);
    }

    private PengaturanSkenario dengan(Map<String, Long> kunci, Set<String> pegawai, Set<Long> jabatan) {
        return new PengaturanSkenario(
                nama,
                cakupanOpd,
                cakupanJenjang,
                bobot,
                rumpunSama,
                kecualikanHukuman,
                kecualikanJpt,
                kunci,
                pegawai,
                jabatan);
    }
}
