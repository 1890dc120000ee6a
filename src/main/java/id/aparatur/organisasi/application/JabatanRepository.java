package id.aparatur.organisasi.application;

import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import id.aparatur.organisasi.domain.Jabatan;
import id.aparatur.organisasi.domain.Jabatan.HasilKerja;
import id.aparatur.organisasi.domain.Jabatan.JenisKorelasi;
import id.aparatur.organisasi.domain.Jabatan.Korelasi;
import id.aparatur.organisasi.domain.Jabatan.StandarKompetensi;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Persistence of the {@link Jabatan} aggregate (the row plus its hasil kerja, korelasi and SKJ children): the one place
 * that writes {@code organisasi.jabatan}, and so the one home of its optimistic locking.
 */
@Repository
class JabatanRepository {

    static final String KOLOM = """
            SELECT id, opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas, rumpun_kode, kuota, ikhtisar,
                   uraian_tugas, standar_kinerja_produk, standar_kinerja_perilaku, sasaran_opd_id, syarat_pendidikan,
                   syarat_pangkat_minimal, syarat_pengalaman, aktif, versi, kode_jf
            FROM organisasi.jabatan""";

    private final JdbcClient jdbc;

    JabatanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Jabatan> cari(long id) {
        List<Jabatan> hasil = muatAnak(jdbc.sql(KOLOM + " WHERE id = ?")
                .param(id)
                .query(JabatanRepository::baris)
                .list());
        return hasil.stream().findFirst();
    }

    /** Loads the rows with their children in three queries (no N+1). */
    List<Jabatan> muatAnak(List<Jabatan> daftar) {
        if (daftar.isEmpty()) {
            return daftar;
        }
        List<Long> ids = daftar.stream().map(Jabatan::id).toList();
        Map<Long, List<HasilKerja>> hasilKerja = new HashMap<>();
        jdbc.sql("SELECT jabatan_id, produk, satuan FROM organisasi.jabatan_hasil_kerja WHERE jabatan_id IN (:ids) "
                        + "ORDER BY jabatan_id, urutan")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    hasilKerja
                            .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new HasilKerja(rs.getString(2), rs.getString(3)));
                });
        Map<Long, List<Korelasi>> korelasi = new HashMap<>();
        jdbc.sql("SELECT jabatan_id, jabatan_terkait_id, jenis, keluaran_menjadi_masukan, keterangan "
                        + "FROM organisasi.jabatan_korelasi WHERE jabatan_id IN (:ids) ORDER BY jabatan_id, urutan")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    korelasi.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Korelasi(
                                    rs.getLong(2),
                                    JenisKorelasi.valueOf(rs.getString(3)),
                                    rs.getBoolean(4),
                                    rs.getString(5)));
                });
        Map<Long, List<StandarKompetensi>> skj = skj(ids);
        List<Jabatan> hasil = new ArrayList<>();
        for (Jabatan j : daftar) {
            hasil.add(new Jabatan(
                    j.id(),
                    j.opdId(),
                    j.unitId(),
                    j.kode(),
                    j.nama(),
                    j.jenisJabatan(),
                    j.jenjang(),
                    j.kelas(),
                    j.rumpun(),
                    j.kuota(),
                    j.ikhtisar(),
                    j.uraianTugas(),
                    hasilKerja.getOrDefault(j.id(), List.of()),
                    j.standarKinerjaProduk(),
                    j.standarKinerjaPerilaku(),
                    korelasi.getOrDefault(j.id(), List.of()),
                    j.sasaranOpdId(),
                    j.syaratPendidikan(),
                    j.syaratPangkatMinimal(),
                    j.syaratPengalaman(),
                    skj.getOrDefault(j.id(), List.of()),
                    j.aktif(),
                    j.versi(),
                    j.kodeJf()));
        }
        return hasil;
    }

    Map<Long, List<StandarKompetensi>> skj(Collection<Long> ids) {
        Map<Long, List<StandarKompetensi>> skj = new HashMap<>();
        if (ids.isEmpty()) {
            return skj;
        }
        jdbc.sql("SELECT jabatan_id, kompetensi_kode, level, bobot FROM organisasi.jabatan_kompetensi "
                        + "WHERE jabatan_id IN (:ids) ORDER BY jabatan_id, kompetensi_kode")
                .param("ids", ids)
                .query((ResultSet rs) -> {
                    skj.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new StandarKompetensi(rs.getString(2), rs.getInt(3), rs.getBigDecimal(4)));
                });
        return skj;
    }

    long tambah(Jabatan j) {
        long id = jdbc.sql("""
                        INSERT INTO organisasi.jabatan (opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas,
                          rumpun_kode, kuota, ikhtisar, uraian_tugas, standar_kinerja_produk, standar_kinerja_perilaku,
                          sasaran_opd_id, syarat_pendidikan, syarat_pangkat_minimal, syarat_pengalaman, aktif, versi, kode_jf)
                        VALUES (:opd, :unit, :kode, :nama, :jenis, :jenjang, :kelas, :rumpun, :kuota, :ikhtisar, :uraian,
                          :skp, :skl, :sasaran, :pend, :pangkat, :pengalaman, true, 0, :kodeJf)
                        RETURNING id""").paramSource(param(j)).query(Long.class).single();
        simpanAnak(id, j);
        return id;
    }

    /** Updates the row if {@code versi} still matches and returns the new version. */
    int ubah(Jabatan j) {
        int n = jdbc.sql("""
                        UPDATE organisasi.jabatan SET opd_id = :opd, unit_id = :unit, kode = :kode, nama = :nama,
                          jenis_jabatan = :jenis, jenjang = :jenjang, kelas = :kelas, rumpun_kode = :rumpun,
                          kuota = :kuota, ikhtisar = :ikhtisar, uraian_tugas = :uraian, standar_kinerja_produk = :skp,
                          standar_kinerja_perilaku = :skl, sasaran_opd_id = :sasaran, syarat_pendidikan = :pend,
                          syarat_pangkat_minimal = :pangkat, syarat_pengalaman = :pengalaman, aktif = :aktif, kode_jf = :kodeJf,
                          versi = versi + 1
                        WHERE id = :id AND versi = :versi""")
                .paramSource(param(j).addValue("id", j.id())
                        .addValue("versi", j.versi())
                        .addValue("aktif", j.aktif()))
                .update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("Jabatan " + j.id() + " versi " + j.versi() + " usang");
        }
        hapusAnak(j.id());
        simpanAnak(j.id(), j);
        return j.versi() + 1;
    }

    private void hapusAnak(long id) {
        // Child rows are value objects of the aggregate (rewritten on save); the jabatan row itself is never deleted.
        jdbc.sql("DELETE FROM organisasi.jabatan_hasil_kerja WHERE jabatan_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM organisasi.jabatan_korelasi WHERE jabatan_id = ?")
                .param(id)
                .update();
        jdbc.sql("DELETE FROM organisasi.jabatan_kompetensi WHERE jabatan_id = ?")
                .param(id)
                .update();
    }

    private void simpanAnak(long id, Jabatan j) {
        int u = 0;
        for (HasilKerja h : j.hasilKerja()) {
            jdbc.sql("INSERT INTO organisasi.jabatan_hasil_kerja (jabatan_id, urutan, produk, satuan) VALUES (?,?,?,?)")
                    .params(id, u++, h.produk(), h.satuan())
                    .update();
        }
        u = 0;
        for (Korelasi k : j.korelasi()) {
            jdbc.sql("INSERT INTO organisasi.jabatan_korelasi (jabatan_id, urutan, jabatan_terkait_id, jenis, "
                            + "keluaran_menjadi_masukan, keterangan) VALUES (?,?,?,?,?,?)")
                    .params(id, u++, k.jabatanId(), k.jenis().name(), k.keluaranMenjadiMasukan(), k.keterangan())
                    .update();
        }
        for (StandarKompetensi s : j.standarKompetensi()) {
            jdbc.sql(
                            "INSERT INTO organisasi.jabatan_kompetensi (jabatan_id, kompetensi_kode, level, bobot) VALUES (?,?,?,?)")
                    .params(id, s.kode(), s.level(), s.bobot())
                    .update();
        }
    }

    /**
     * A decision sets the kuota (a final ABK): no versi is expected, but it is incremented, so that a form opened
     * before fails with a stale version.
     */
    void tetapkanKuota(long id, int kuota) {
        jdbc.sql("UPDATE organisasi.jabatan SET kuota = ?, versi = versi + 1 WHERE id = ?")
                .params(kuota, id)
                .update();
    }

    boolean kodeDipakai(String kode, long kecualiId) {
        return jdbc.sql("SELECT count(*) FROM organisasi.jabatan WHERE kode = ? AND id <> ?")
                        .params(kode, kecualiId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static org.springframework.jdbc.core.namedparam.MapSqlParameterSource param(Jabatan j) {
        return new org.springframework.jdbc.core.namedparam.MapSqlParameterSource()
                .addValue("opd", j.opdId())
                .addValue("unit", j.unitId())
                .addValue("kode", j.kode())
                .addValue("nama", j.nama())
                .addValue("jenis", j.jenisJabatan().name())
                .addValue("jenjang", j.jenjang() == null ? null : j.jenjang().name())
                .addValue("kelas", j.kelas())
                .addValue("rumpun", j.rumpun())
                .addValue("kuota", j.kuota())
                .addValue("ikhtisar", j.ikhtisar())
                .addValue("uraian", String.join("\n", j.uraianTugas()))
                .addValue("skp", j.standarKinerjaProduk())
                .addValue("skl", j.standarKinerjaPerilaku())
                .addValue("sasaran", j.sasaranOpdId())
                .addValue("pend", j.syaratPendidikan())
                .addValue("pangkat", j.syaratPangkatMinimal())
                .addValue("pengalaman", j.syaratPengalaman())
                .addValue("kodeJf", j.kodeJf());
    }

    static Jabatan baris(ResultSet rs, int i) throws SQLException {
        String uraian = rs.getString("uraian_tugas");
        String jenjang = rs.getString("jenjang");
        return new Jabatan(
                rs.getLong("id"),
                rs.getLong("opd_id"),
                rs.getLong("unit_id"),
                rs.getString("kode"),
                rs.getString("nama"),
                JenisJabatan.valueOf(rs.getString("jenis_jabatan")),
                jenjang == null ? null : Jenjang.valueOf(jenjang),
                rs.getInt("kelas"),
                rs.getString("rumpun_kode"),
                rs.getInt("kuota"),
                rs.getString("ikhtisar"),
                uraian == null || uraian.isBlank() ? List.of() : Arrays.asList(uraian.split("\n")),
                List.of(),
                rs.getString("standar_kinerja_produk"),
                rs.getString("standar_kinerja_perilaku"),
                List.of(),
                rs.getObject("sasaran_opd_id", Long.class),
                rs.getString("syarat_pendidikan"),
                rs.getString("syarat_pangkat_minimal"),
                rs.getString("syarat_pengalaman"),
                List.of(),
                rs.getBoolean("aktif"),
                rs.getInt("versi"),
                rs.getString("kode_jf"));
    }
}
