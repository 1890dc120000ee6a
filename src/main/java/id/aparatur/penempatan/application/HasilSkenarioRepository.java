package id.aparatur.penempatan.application;

import id.aparatur.pegawai.MutasiDitetapkan.Mutasi;
import id.aparatur.penempatan.application.Cuplikan.JabatanCuplikan;
import id.aparatur.penempatan.application.Cuplikan.PegawaiCuplikan;
import id.aparatur.penempatan.application.Cuplikan.SyaratSkj;
import id.aparatur.penempatan.domain.AlasanPengecualian;
import id.aparatur.penempatan.domain.StatusUsulan;
import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Rincian;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * The result of a scenario's run: one {@code penempatan.usulan} row per employee in scope, the snapshot of the
 * positions of the problem ({@code penempatan.skenario_jabatan}) and the totals on the scenario row. Written once, in
 * the transaction that marks the scenario {@code SELESAI} (batches of 1,000 rows: 60,000 employees in a few seconds),
 * never changed afterwards.
 */
@Repository
class HasilSkenarioRepository {

    /** One result row of the usulan table, before writing. */
    record BarisUsulan(
            PegawaiCuplikan e,
            StatusUsulan status,
            @Nullable AlasanPengecualian alasan,
            @Nullable JabatanCuplikan usulan,
            @Nullable Long biaya,
            @Nullable Rincian rincian,
            @Nullable Long biayaAsal,
            @Nullable Long kesenjanganAsal,
            @Nullable Kecocokan asal,
            @Nullable Kecocokan baru,
            @Nullable Long potensial) {}

    private static final int UKURAN_BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ObjectMapper json;

    HasilSkenarioRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectMapper json) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
    }

    /** Writes the result of scenario {@code id}; the caller holds the scenario and marks it finished. */
    void simpan(long id, Cuplikan c, List<BarisUsulan> baris, HasilOptimasi h, Ringkasan r) {
        tulisUsulan(id, baris);
        tulisJabatan(id, c);
        jdbc.sql("""
                        UPDATE penempatan.skenario SET jumlah_pegawai = :pegawai, jumlah_jabatan = :jabatan,
                          total_biaya = :total, nilai_dual = :dual, ringkasan = CAST(:ringkasan AS jsonb),
                          statistik = CAST(:statistik AS jsonb)
                        WHERE id = :id""")
                .param("pegawai", c.peserta().size())
                .param("jabatan", c.jabatan().size())
                .param("total", h.totalBiaya())
                .param("dual", h.nilaiDual())
                .param("ringkasan", json.writeValueAsString(r))
                .param("statistik", json.writeValueAsString(h.statistik()))
                .param("id", id)
                .update();
    }

    /** The moves of a result: every placed employee whose proposed position differs from the one held at the run. */
    List<Mutasi> mutasi(long id) {
        return jdbc.sql("""
                        SELECT nip, jabatan_asal_id, jabatan_usulan_id FROM penempatan.usulan
                        WHERE skenario_id = ? AND status = 'DITEMPATKAN' AND jabatan_usulan_id IS DISTINCT FROM jabatan_asal_id
                        ORDER BY nip""")
                .param(id)
                .query((rs, i) -> new Mutasi(rs.getString(1).trim(), (Long) rs.getObject(2), rs.getLong(3)))
                .list();
    }

    /**
     * Employees of the result who have since changed position or left (or whose record is gone): their moves would no
     * longer fit together (seats, chains of moves).
     */
    long pegawaiBerubah(long id) {
        return jdbc.sql("""
                        SELECT count(*) FROM penempatan.usulan u LEFT JOIN pegawai.v_pegawai p ON p.nip = u.nip
                        WHERE u.skenario_id = ? AND (p.nip IS NULL OR NOT p.aktif OR p.jabatan_id IS DISTINCT FROM u.jabatan_asal_id)""").param(id).query(Long.class).single();
    }

    private void tulisUsulan(long id, List<BarisUsulan> baris) {
        for (int mulai = 0; mulai < baris.size(); mulai += UKURAN_BATCH) {
            List<BarisUsulan> potong = baris.subList(mulai, Math.min(baris.size(), mulai + UKURAN_BATCH));
            jdbcTemplate.batchUpdate("""
                    INSERT INTO penempatan.usulan (skenario_id, nip, status, alasan_kecuali, dikunci, opd_asal_id,
                      jabatan_asal_id, kelas_asal, jenjang, jabatan_usulan_id, opd_usulan_id, kelas_usulan, biaya,
                      kesenjangan, selisih_kelas, diluar_minat, pindah, biaya_asal, kesenjangan_asal, gap_level_asal,
                      gap_level_usulan, jpm_asal, jpm_usulan, potensial, kompetensi, minat_rumpun)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,CAST(? AS jsonb),?)""", potong, potong.size(), (ps, b) -> isiUsulan(ps, id, b));
        }
    }

    private void isiUsulan(PreparedStatement ps, long id, BarisUsulan b) throws SQLException {
        PegawaiCuplikan e = b.e();
        JabatanCuplikan u = b.usulan();
        Rincian r = b.rincian();
        int i = 1;
        ps.setLong(i++, id);
        ps.setString(i++, e.nip());
        ps.setString(i++, b.status().name());
        ps.setString(i++, b.alasan() == null ? null : b.alasan().name());
        ps.setBoolean(i++, e.dikunci());
        ps.setObject(i++, e.opdId(), Types.BIGINT);
        ps.setObject(i++, e.jabatanId(), Types.BIGINT);
        ps.setObject(i++, e.jabatanId() == null ? null : e.kelas(), Types.SMALLINT);
        ps.setString(i++, e.jenjang().isEmpty() ? null : e.jenjang());
        ps.setObject(i++, u == null ? null : u.id(), Types.BIGINT);
        ps.setObject(i++, u == null ? null : u.opdId(), Types.BIGINT);
        ps.setObject(i++, u == null ? null : u.kelas(), Types.SMALLINT);
        ps.setObject(i++, b.biaya(), Types.BIGINT);
        ps.setObject(i++, r == null ? null : r.kesenjangan(), Types.BIGINT);
        ps.setObject(i++, r == null ? null : r.selisihKelas(), Types.BIGINT);
        ps.setObject(i++, r == null ? null : r.diluarMinat(), Types.BIGINT);
        ps.setObject(i++, r == null ? null : r.pindah(), Types.BIGINT);
        ps.setObject(i++, b.biayaAsal(), Types.BIGINT);
        ps.setObject(i++, b.kesenjanganAsal(), Types.BIGINT);
        ps.setObject(i++, b.asal() == null ? null : b.asal().gapLevel(), Types.INTEGER);
        ps.setObject(i++, b.baru() == null ? null : b.baru().gapLevel(), Types.INTEGER);
        ps.setObject(i++, b.asal() == null ? null : b.asal().jpm(), Types.NUMERIC);
        ps.setObject(i++, b.baru() == null ? null : b.baru().jpm(), Types.NUMERIC);
        ps.setObject(i++, b.potensial(), Types.BIGINT);
        ps.setString(i++, json.writeValueAsString(new java.util.TreeMap<>(e.kompetensi())));
        ps.setArray(i, ps.getConnection().createArrayOf("text", e.minat().toArray()));
    }

    private void tulisJabatan(long id, Cuplikan c) {
        List<JabatanCuplikan> semua = c.jabatan();
        Map<Long, List<SyaratSkj>> skj = c.skj();
        for (int mulai = 0; mulai < semua.size(); mulai += UKURAN_BATCH) {
            List<JabatanCuplikan> potong = semua.subList(mulai, Math.min(semua.size(), mulai + UKURAN_BATCH));
            jdbcTemplate.batchUpdate("""
                    INSERT INTO penempatan.skenario_jabatan (skenario_id, jabatan_id, opd_id, jenjang, kelas, rumpun_kode,
                      kuota, kuota_efektif, dikecualikan, skj)
                    VALUES (?,?,?,?,?,?,?,?,?,CAST(? AS jsonb))""", potong, potong.size(), (ps, j) -> {
                ps.setLong(1, id);
                ps.setLong(2, j.id());
                ps.setLong(3, j.opdId());
                ps.setString(4, j.jenjang());
                ps.setInt(5, j.kelas());
                ps.setString(6, j.rumpun());
                ps.setInt(7, j.kuota());
                ps.setInt(8, j.kuotaEfektif());
                ps.setBoolean(9, j.dikecualikan());
                ps.setString(10, json.writeValueAsString(skj.getOrDefault(j.id(), List.of())));
            });
        }
    }
}
