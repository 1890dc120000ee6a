package id.aparatur.kinerja.application;

import id.aparatur.kinerja.PredikatKinerja;
import id.aparatur.kinerja.domain.AturanDistribusi;
import id.aparatur.kinerja.domain.AturanDistribusi.Batas;
import id.aparatur.kinerja.domain.KebijakanDistribusi;
import id.aparatur.kinerja.domain.PredikatOrganisasi;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The distribution of the employees' predikat of an OPD in a year (its rated and final SKP, by the OPD recorded on
 * the SKP) against the rules of the OPD's organisational predikat, from the effective-dated table
 * {@code kinerja.aturan_distribusi} in force on the year's reference date ({@link AturanDistribusi#tanggalAcuan}).
 * Callers check the user's scope.
 */
@Service
@Transactional
public class LayananDistribusi {

    /** One broken rule, e.g. {@code PALING_BANYAK [SANGAT_BAIK] 70 %: 3 of 4}. */
    public record Pelanggaran(
            AturanDistribusi.Jenis jenis, Set<PredikatKinerja> predikat, int persen, int jumlah, int total) {}

    /**
     * @param predikatOrganisasi null while BKD/PPK has not set it (then nothing is checked)
     * @param jumlah rated and final SKP per predikat
     * @param aturan the rules of the organisational predikat in force
     */
    public record Distribusi(
            long opdId,
            int tahun,
            @Nullable PredikatOrganisasi predikatOrganisasi,
            LocalDate aturanBerlakuMulai,
            Map<PredikatKinerja, Integer> jumlah,
            int total,
            int jumlahFinal,
            int jumlahDinilai,
            List<Batas> aturan,
            List<Pelanggaran> pelanggaran) {}

    private final JdbcClient jdbc;
    private final KebijakanDistribusi kebijakan;

    LayananDistribusi(JdbcClient jdbc, PengaturanKinerja pengaturan) {
        this.jdbc = jdbc;
        this.kebijakan = pengaturan.kebijakanDistribusi();
    }

    public KebijakanDistribusi kebijakan() {
        return kebijakan;
    }

    /** The organisational predikat in force (the latest one set) for the OPD and year. */
    @Transactional(readOnly = true)
    public Optional<PredikatOrganisasi> predikatOrganisasi(long opdId, int tahun) {
        return jdbc.sql("""
                        SELECT predikat FROM kinerja.predikat_organisasi WHERE opd_id = ? AND tahun = ?
                        ORDER BY id DESC LIMIT 1""").params(opdId, tahun).query(String.class).optional().map(PredikatOrganisasi::valueOf);
    }

    /**
     * The rule table that applies to the SKP of {@code tahun}: the one in force on
     * {@link AturanDistribusi#tanggalAcuan(int) its reference date}; empty when the table has none that early.
     */
    @Transactional(readOnly = true)
    public Optional<AturanDistribusi> aturanTahun(int tahun) {
        LocalDate tanggal = AturanDistribusi.tanggalAcuan(tahun);
        Map<LocalDate, Map<PredikatOrganisasi, List<Batas>>> tabel = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT berlaku_mulai, predikat_organisasi, jenis, predikat, persen FROM kinerja.aturan_distribusi
                        WHERE berlaku_mulai = (SELECT max(berlaku_mulai) FROM kinerja.aturan_distribusi
                                               WHERE berlaku_mulai <= ?)
                        ORDER BY id""").param(tanggal).query(rs -> {
            Set<PredikatKinerja> p = EnumSet.noneOf(PredikatKinerja.class);
            for (Object o : (Object[]) rs.getArray("predikat").getArray()) {
                p.add(PredikatKinerja.valueOf(o.toString()));
            }
            tabel.computeIfAbsent(
                            rs.getObject("berlaku_mulai", LocalDate.class),
                            k -> new EnumMap<>(PredikatOrganisasi.class))
                    .computeIfAbsent(
                            PredikatOrganisasi.valueOf(rs.getString("predikat_organisasi")), k -> new ArrayList<>())
                    .add(new Batas(AturanDistribusi.Jenis.valueOf(rs.getString("jenis")), p, rs.getInt("persen")));
        });
        List<AturanDistribusi> daftar = new ArrayList<>();
        tabel.forEach((mulai, aturan) -> daftar.add(new AturanDistribusi(mulai, aturan)));
        return daftar.isEmpty() ? Optional.empty() : Optional.of(AturanDistribusi.berlaku(daftar, tanggal));
    }

    /** The distribution of the OPD's rated and final SKP of the year and the rules it breaks. */
    @Transactional(readOnly = true)
    public Distribusi periksa(long opdId, int tahun) {
        Map<PredikatKinerja, Integer> jumlah = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja p : PredikatKinerja.values()) {
            jumlah.put(p, 0);
        }
        List<PredikatKinerja> semua = new ArrayList<>();
        int[] status = new int[2];
        jdbc.sql("""
                        SELECT predikat, status FROM kinerja.skp
                        WHERE opd_id = ? AND tahun = ? AND status IN ('DINILAI', 'FINAL')""").params(opdId, tahun).query(rs -> {
            PredikatKinerja p = PredikatKinerja.valueOf(rs.getString(1));
            semua.add(p);
            jumlah.merge(p, 1, Integer::sum);
            status["FINAL".equals(rs.getString(2)) ? 0 : 1]++;
        });
        AturanDistribusi aturan = aturanTahun(tahun)
                .orElseThrow(() -> new IllegalStateException(
                        "Tidak ada aturan distribusi yang berlaku pada " + AturanDistribusi.tanggalAcuan(tahun)));
        PredikatOrganisasi po = predikatOrganisasi(opdId, tahun).orElse(null);
        List<Pelanggaran> pelanggaran = po == null
                ? List.of()
                : aturan.periksa(po, semua).stream()
                        .map(x -> new Pelanggaran(
                                x.batas().jenis(),
                                x.batas().predikat(),
                                x.batas().persen(),
                                x.jumlah(),
                                x.total()))
                        .toList();
        return new Distribusi(
                opdId,
                tahun,
                po,
                aturan.berlakuMulai(),
                jumlah,
                semua.size(),
                status[0],
                status[1],
                po == null ? List.of() : aturan.aturan().getOrDefault(po, List.of()),
                pelanggaran);
    }

    /**
     * Serialises, per OPD and year until the transaction ends, everything that checks or changes the distribution:
     * finalising (one SKP or the OPD), rating an SKP and setting the organisational predikat. So two concurrent
     * finalisations cannot both pass the check on a distribution that changes under them.
     */
    void kunci(long opdId, int tahun) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))")
                .param("kinerja.distribusi:" + opdId + ":" + tahun)
                .query((rs, i) -> 1)
                .list();
    }
}
