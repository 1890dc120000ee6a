package id.aparatur.penempatan.application;

import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.penempatan.application.Cuplikan.JabatanCuplikan;
import id.aparatur.penempatan.application.Cuplikan.PegawaiCuplikan;
import id.aparatur.penempatan.application.Cuplikan.SyaratSkj;
import id.aparatur.penempatan.domain.AlasanPengecualian;
import id.aparatur.penempatan.domain.BobotSkj;
import id.aparatur.penempatan.domain.KunciJenjang;
import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.mesin.Aturan;
import id.aparatur.penempatan.mesin.JabatanMasukan;
import id.aparatur.penempatan.mesin.Masalah;
import id.aparatur.penempatan.mesin.PegawaiMasukan;
import id.aparatur.penempatan.mesin.Syarat;
import id.aparatur.shared.LogikaMerit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the engine's problem from the database, through the published read contracts of organisasi
 * ({@code v_jabatan}, {@code v_standar_kompetensi}), pegawai ({@code v_pegawai_aktif}, {@code v_minat_rumpun}, the rule
 * {@code dalam_hukuman_disiplin}) and asesmen ({@code v_level_terkini}). Positions: the active jabatan of the OPD in
 * scope, with their SKJ ({@link BobotSkj} converts the bobot), the jenjang string of {@link KunciJenjang}, kelas, rumpun
 * and kuota. Employees: the active pegawai of the OPD in scope with a current position of a jenjang in scope, the kelas
 * of that position, their minat rumpun and current competency levels. Left out, keeping their seat: holders of JPT
 * positions (JPT positions are left out too), employees under an active sedang/berat sanction on the day of the run
 * ({@link id.aparatur.pegawai.AturanHukumanDisiplin}, in SQL), those BKD excluded, and those without a position. Seats
 * held by employees outside the problem are taken off the kuota. Reads no protected personal data.
 */
@Component
@LogikaMerit
public class PembangunMasalah {

    private final JdbcClient jdbc;

    PembangunMasalah(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A pin or exclusion names someone or something the scope does not contain. */
    static class AturanTidakBerlakuException extends RuntimeException {
        AturanTidakBerlakuException(String pesan) {
            super(pesan);
        }
    }

    private record Jab(long id, long opdId, JenisJabatan jenis, String kunci, int kelas, String rumpun, int kuota) {}

    /**
     * @param jenis of the current position, null when none
     * @param kunci {@link KunciJenjang} of the current position, "" when none
     */
    private record Peg(
            String nip,
            @Nullable Long opdId,
            @Nullable Long jabatanId,
            @Nullable JenisJabatan jenis,
            String kunci,
            int kelas) {}

    @Transactional(readOnly = true)
    public Cuplikan bangun(PengaturanSkenario p, LocalDate hariIni) {
        Long[] opd = p.cakupanOpd().toArray(Long[]::new);
        Set<String> jenjang = p.cakupanJenjang();

        // Positions of the OPD in scope.
        List<Jab> semuaJabatan = jdbc.sql("""
                        SELECT j.id, j.opd_id, j.jenis_jabatan, j.jenjang, j.kelas, j.rumpun_kode, j.kuota
                        FROM organisasi.v_jabatan j
                        WHERE j.aktif AND (cardinality(CAST(:opd AS bigint[])) = 0 OR j.opd_id = ANY (CAST(:opd AS bigint[])))
                        ORDER BY j.id""")
                .param("opd", opd)
                .query((rs, i) -> new Jab(
                        rs.getLong(1),
                        rs.getLong(2),
                        JenisJabatan.valueOf(rs.getString(3)),
                        KunciJenjang.dari(rs.getString(3), rs.getString(4)),
                        rs.getInt(5),
                        rs.getString(6),
                        rs.getInt(7)))
                .list();
        List<Jab> jabatan = semuaJabatan.stream()
                .filter(j -> jenjang.isEmpty() || jenjang.contains(j.kunci()))
                .filter(j -> !(p.kecualikanJpt() && KunciJenjang.jpt(j.jenis())))
                .toList();
        Map<Long, Jab> jabatanPerId = new HashMap<>();
        jabatan.forEach(j -> jabatanPerId.put(j.id(), j));

        // Employees of the OPD in scope, with their current position (any OPD, possibly inactive).
        List<Peg> pegawai = jdbc.sql("""
                        SELECT p.nip, p.opd_id, p.jabatan_id, j.jenis_jabatan, j.jenjang, j.kelas
                        FROM pegawai.v_pegawai_aktif p LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                        WHERE (cardinality(CAST(:opd AS bigint[])) = 0 OR p.opd_id = ANY (CAST(:opd AS bigint[])))
                        ORDER BY p.nip""")
                .param("opd", opd)
                .query((rs, i) -> {
                    String jenis = rs.getString(4);
                    return new Peg(
                            rs.getString(1).trim(),
                            (Long) rs.getObject(2),
                            (Long) rs.getObject(3),
                            jenis == null ? null : JenisJabatan.valueOf(jenis),
                            jenis == null ? "" : KunciJenjang.dari(jenis, rs.getString(5)),
                            rs.getInt(6));
                })
                .list();
        pegawai = pegawai.stream()
                .filter(e -> jenjang.isEmpty() || (e.jenis() != null && jenjang.contains(e.kunci())))
                .toList();

        Set<String> hukuman = p.kecualikanHukuman()
                ? new HashSet<>(
                        jdbc.sql("""
                        SELECT h.nip FROM pegawai.dalam_hukuman_disiplin(:hariIni) h
                        JOIN pegawai.v_pegawai_aktif p ON p.nip = h.nip
                        WHERE cardinality(CAST(:opd AS bigint[])) = 0 OR p.opd_id = ANY (CAST(:opd AS bigint[]))""").param("hariIni", hariIni).param("opd", opd).query(String.class).list().stream()
                                .map(String::trim)
                                .toList())
                : Set.of();

        Map<String, List<String>> minat = new HashMap<>();
        jdbc.sql("""
                        SELECT m.nip, m.rumpun_kode FROM pegawai.v_minat_rumpun m
                        JOIN pegawai.v_pegawai_aktif p ON p.nip = m.nip
                        WHERE (cardinality(CAST(:opd AS bigint[])) = 0 OR p.opd_id = ANY (CAST(:opd AS bigint[])))
                        ORDER BY m.nip, m.rumpun_kode""")
                .param("opd", opd)
                .query((rs, i) -> Map.entry(rs.getString(1).trim(), rs.getString(2)))
                .list()
                .forEach(x -> minat.computeIfAbsent(x.getKey(), k -> new ArrayList<>())
                        .add(x.getValue()));
        Map<String, Map<String, Integer>> level = new HashMap<>();
        jdbc.sql("""
                        SELECT l.nip, l.kompetensi_kode, l.level FROM asesmen.v_level_terkini l
                        JOIN pegawai.v_pegawai_aktif p ON p.nip = l.nip
                        WHERE (cardinality(CAST(:opd AS bigint[])) = 0 OR p.opd_id = ANY (CAST(:opd AS bigint[])))""")
                .param("opd", opd)
                .query((rs, i) -> new Object[] {rs.getString(1).trim(), rs.getString(2), rs.getInt(3)})
                .list()
                .forEach(x -> level.computeIfAbsent((String) x[0], k -> new HashMap<>())
                        .put((String) x[1], (Integer) x[2]));

        // Who takes part and who stays out.
        List<PegawaiCuplikan> peserta = new ArrayList<>();
        List<PegawaiCuplikan> dikecualikan = new ArrayList<>();
        for (Peg e : pegawai) {
            AlasanPengecualian alasan = null;
            if (e.jabatanId() == null || e.jenis() == null) {
                alasan = AlasanPengecualian.TANPA_JABATAN;
            } else if (p.kecualikanJpt() && KunciJenjang.jpt(e.jenis())) {
                alasan = AlasanPengecualian.JPT;
            } else if (hukuman.contains(e.nip())) {
                alasan = AlasanPengecualian.HUKUMAN_DISIPLIN;
            } else if (p.pegawaiDikecualikan().contains(e.nip())) {
                alasan = AlasanPengecualian.MANUAL;
            }
            PegawaiCuplikan pc = new PegawaiCuplikan(
                    e.nip(),
                    e.opdId(),
                    e.jabatanId(),
                    e.kelas(),
                    e.kunci(),
                    minat.getOrDefault(e.nip(), List.of()),
                    level.getOrDefault(e.nip(), Map.of()),
                    alasan == null && p.dikunci().containsKey(e.nip()),
                    alasan);
            (alasan == null ? peserta : dikecualikan).add(pc);
        }

        // Seats held by anyone outside the problem (other OPD, excluded, out of jenjang scope) are not offered.
        Set<String> nipPeserta = new HashSet<>();
        peserta.forEach(e -> nipPeserta.add(e.nip()));
        Map<Long, Integer> dudukLuar = new HashMap<>();
        jdbc.sql("SELECT nip, jabatan_id FROM pegawai.v_pegawai_aktif WHERE jabatan_id = ANY (?)")
                .param(jabatan.stream().map(Jab::id).toArray(Long[]::new))
                .query((rs, i) -> Map.entry(rs.getString(1).trim(), rs.getLong(2)))
                .list()
                .forEach(x -> {
                    if (!nipPeserta.contains(x.getKey())) {
                        dudukLuar.merge(x.getValue(), 1, Integer::sum);
                    }
                });

        // SKJ of the problem's positions and of every current position in scope (for the explanation).
        Set<Long> idSkj = new HashSet<>(jabatanPerId.keySet());
        pegawai.stream().map(Peg::jabatanId).filter(java.util.Objects::nonNull).forEach(idSkj::add);
        Map<Long, List<SyaratSkj>> skj = new HashMap<>();
        jdbc.sql("""
                        SELECT jabatan_id, kompetensi_kode, level, bobot FROM organisasi.v_standar_kompetensi
                        WHERE jabatan_id = ANY (?) ORDER BY jabatan_id, kompetensi_kode""")
                .param(idSkj.toArray(Long[]::new))
                .query((rs, i) -> Map.entry(
                        rs.getLong(1),
                        new SyaratSkj(
                                rs.getString(2),
                                rs.getInt(3),
                                rs.getBigDecimal(4),
                                BobotSkj.keMesin(rs.getBigDecimal(4)))))
                .list()
                .forEach(x ->
                        skj.computeIfAbsent(x.getKey(), k -> new ArrayList<>()).add(x.getValue()));

        // Rules that name people or positions outside the problem cannot apply: say so instead of ignoring them.
        for (Map.Entry<String, Long> k : p.dikunci().entrySet()) {
            if (!nipPeserta.contains(k.getKey())) {
                throw new AturanTidakBerlakuException("Pegawai yang dikunci " + k.getKey()
                        + " tidak ikut optimasi (di luar cakupan atau dikecualikan)");
            }
            if (!jabatanPerId.containsKey(k.getValue())) {
                throw new AturanTidakBerlakuException("Jabatan kuncian " + k.getValue() + " untuk " + k.getKey()
                        + " tidak ikut optimasi (di luar cakupan, nonaktif, atau JPT)");
            }
        }

        List<JabatanCuplikan> jc = new ArrayList<>();
        List<JabatanMasukan> jm = new ArrayList<>();
        Set<String> jabatanDikecualikan = new HashSet<>();
        for (Jab j : jabatan) {
            int efektif = Math.max(0, j.kuota() - dudukLuar.getOrDefault(j.id(), 0));
            boolean kecuali = p.jabatanDikecualikan().contains(j.id());
            jc.add(new JabatanCuplikan(
                    j.id(), j.opdId(), j.kunci(), j.kelas(), j.rumpun(), j.kuota(), efektif, kecuali));
            jm.add(new JabatanMasukan(
                    String.valueOf(j.id()),
                    j.kunci(),
                    j.kelas(),
                    j.rumpun(),
                    efektif,
                    skj.getOrDefault(j.id(), List.of()).stream()
                            .map(s -> new Syarat(s.kode(), s.level(), s.bobotMesin()))
                            .toList()));
            if (kecuali) {
                jabatanDikecualikan.add(String.valueOf(j.id()));
            }
        }
        List<PegawaiMasukan> pm = new ArrayList<>();
        for (PegawaiCuplikan e : peserta) {
            String saatIni = e.jabatanId() != null && jabatanPerId.containsKey(e.jabatanId())
                    ? String.valueOf(e.jabatanId())
                    : null;
            pm.add(new PegawaiMasukan(e.nip(), e.jenjang(), e.kelas(), saatIni, e.minat(), e.kompetensi()));
        }
        Map<String, String> dikunci = new LinkedHashMap<>();
        p.dikunci().forEach((nip, j) -> dikunci.put(nip, String.valueOf(j)));
        Masalah masalah =
                new Masalah(p.bobot(), jm, pm, new Aturan(p.rumpunSama(), dikunci, Set.of(), jabatanDikecualikan));
        return new Cuplikan(masalah, jc, peserta, dikecualikan, skj);
    }
}
