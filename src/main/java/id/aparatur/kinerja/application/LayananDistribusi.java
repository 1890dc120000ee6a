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
 * The distribution of the employees' predikat of an OPD in a year (its rated and final SKP, by the OPD and unit
 * recorded on the SKP) against the rules of the organisational predikat, from the effective-dated table
 * {@code kinerja.aturan_distribusi} in force on the year's reference date ({@link AturanDistribusi#tanggalAcuan}).
 * The predikat may be set per unit kerja (PermenPANRB 6/2022: the leader sets the capaian kinerja organisasi of the
 * unit he leads): a unit with its own predikat is checked on its own SKP against it; the units without one take the
 * OPD's predikat and are checked together, as one group (checking each small unit on its own against the OPD's pattern
 * would force low predikat into every unit of a few people: the distribution is a curve over a group). Callers check
 * the user's scope.
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
            List<Pelanggaran> pelanggaran,
            @Nullable Long unitId) {}

    private final JdbcClient jdbc;
    private final KebijakanDistribusi kebijakan;

    LayananDistribusi(JdbcClient jdbc, PengaturanKinerja pengaturan) {
        this.jdbc = jdbc;
        this.kebijakan = pengaturan.kebijakanDistribusi();
    }

    public KebijakanDistribusi kebijakan() {
        return kebijakan;
    }

    /** The OPD's own organisational predikat in force (the latest one set) for the year. */
    @Transactional(readOnly = true)
    public Optional<PredikatOrganisasi> predikatOrganisasi(long opdId, int tahun) {
        return jdbc.sql("""
                        SELECT predikat FROM kinerja.predikat_organisasi WHERE opd_id = ? AND tahun = ? AND unit_id IS NULL
                        ORDER BY id DESC LIMIT 1""").params(opdId, tahun).query(String.class).optional().map(PredikatOrganisasi::valueOf);
    }

    /** The unit's own organisational predikat in force for the year, if its head (or BKD/PPK) set one. */
    @Transactional(readOnly = true)
    public Optional<PredikatOrganisasi> predikatUnit(long unitId, int tahun) {
        return jdbc.sql("""
                        SELECT predikat FROM kinerja.predikat_organisasi WHERE unit_id = ? AND tahun = ?
                        ORDER BY id DESC LIMIT 1""")
                .params(unitId, tahun)
                .query(String.class)
                .optional()
                .map(PredikatOrganisasi::valueOf);
    }

    /** The predikat that applies to an SKP of that unit: the unit's own, else the OPD's. */
    @Transactional(readOnly = true)
    public Optional<PredikatOrganisasi> predikatBerlaku(long opdId, @Nullable Long unitId, int tahun) {
        Optional<PredikatOrganisasi> unit = unitId == null ? Optional.empty() : predikatUnit(unitId, tahun);
        return unit.isPresent() ? unit : predikatOrganisasi(opdId, tahun);
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

    /**
     * The distribution of the OPD's rated and final SKP of the year in the units without their own predikat (all of
     * them when no unit has one), against the OPD's predikat, and the rules it breaks.
     */
    @Transactional(readOnly = true)
    public Distribusi periksa(long opdId, int tahun) {
        return hitung(opdId, null, tahun, predikatOrganisasi(opdId, tahun).orElse(null));
    }

    /**
     * The distribution of the group {@code unitId} belongs to: the unit itself when it has its own predikat, else the
     * OPD's group ({@link #periksa}).
     */
    @Transactional(readOnly = true)
    public Distribusi periksaUnit(long opdId, @Nullable Long unitId, int tahun) {
        Optional<PredikatOrganisasi> unit = unitId == null ? Optional.empty() : predikatUnit(unitId, tahun);
        return unit.isPresent() ? hitung(opdId, unitId, tahun, unit.get()) : periksa(opdId, tahun);
    }

    /** Every group of the OPD and year: the OPD's group first, then each unit with its own predikat. */
    @Transactional(readOnly = true)
    public List<Distribusi> periksaSemua(long opdId, int tahun) {
        List<Distribusi> hasil = new ArrayList<>();
        hasil.add(periksa(opdId, tahun));
        jdbc.sql("""
                        SELECT DISTINCT unit_id FROM kinerja.predikat_organisasi
                        WHERE opd_id = ? AND tahun = ? AND unit_id IS NOT NULL ORDER BY unit_id""")
                .params(opdId, tahun)
                .query(Long.class)
                .list()
                .forEach(u -> hasil.add(periksaUnit(opdId, u, tahun)));
        return hasil;
    }

    /**
     * @param unitId a unit with its own predikat, or null for the OPD's group (the units without one)
     */
    private Distribusi hitung(long opdId, @Nullable Long unitId, int tahun, @Nullable PredikatOrganisasi po) {
        Map<PredikatKinerja, Integer> jumlah = new EnumMap<>(PredikatKinerja.class);
        for (PredikatKinerja p : PredikatKinerja.values()) {
            jumlah.put(p, 0);
        }
        List<PredikatKinerja> semua = new ArrayList<>();
        int[] status = new int[2];
        String kelompok = unitId != null ? "unit_id = :unit" : """
                (unit_id IS NULL OR unit_id NOT IN (SELECT unit_id FROM kinerja.predikat_organisasi
                  WHERE opd_id = :opd AND tahun = :tahun AND unit_id IS NOT NULL))""";
        Map<String, Object> param = new java.util.HashMap<>();
        param.put("opd", opdId);
        param.put("tahun", tahun);
        if (unitId != null) {
            param.put("unit", unitId);
        }
        jdbc.sql("""
                        SELECT predikat, status FROM kinerja.skp
                        WHERE opd_id = :opd AND tahun = :tahun AND status IN ('DINILAI', 'FINAL') AND\s""" + kelompok).params(param).query(rs -> {
            PredikatKinerja p = PredikatKinerja.valueOf(rs.getString(1));
            semua.add(p);
            jumlah.merge(p, 1, Integer::sum);
            status["FINAL".equals(rs.getString(2)) ? 0 : 1]++;
        });
        AturanDistribusi aturan = aturanTahun(tahun)
                .orElseThrow(() -> new IllegalStateException(
                        "Tidak ada aturan distribusi yang berlaku pada " + AturanDistribusi.tanggalAcuan(tahun)));
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
                pelanggaran,
                unitId);
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
