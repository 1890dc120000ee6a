package id.aparatur.penempatan.application;

import id.aparatur.penempatan.StatusSkenario;
import id.aparatur.penempatan.domain.KeputusanMutasi;
import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.domain.SkenarioPenempatan;
import id.aparatur.penempatan.domain.SkenarioRepository;
import id.aparatur.penempatan.domain.Tindakan;
import id.aparatur.penempatan.mesin.Bobot;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@link SkenarioRepository} on {@code penempatan.skenario} and its rule tables ({@code skenario_kunci},
 * {@code skenario_kecuali_pegawai}, {@code skenario_kecuali_jabatan}). The versi is checked and incremented here and
 * nowhere else. Pins and exclusions are settings of a draft, not history: a draft's are rewritten when it is stored.
 */
@Repository
class JdbcSkenarioRepository implements SkenarioRepository {

    private static final String KOLOM = """
            SELECT id, asal_id, nama, status, cakupan_opd, cakupan_jenjang, bobot_selisih_kelas, bobot_diluar_minat,
              bobot_pindah, bobot_tidak_ditempatkan, rumpun_sama, kecualikan_hukuman, kecualikan_jpt, progres, tahap,
              pesan_galat, dijalankan_pada, selesai_pada, sertifikat_sah, disetujui_oleh, disetujui_pada, nomor_sk,
              tanggal_sk, tmt, ditetapkan_oleh, ditetapkan_pada, diterapkan_pada, diarsipkan, diarsipkan_oleh,
              diarsipkan_pada, dibuat_oleh, dibuat_pada, versi
            FROM penempatan.skenario WHERE id = ?""";

    private final JdbcClient jdbc;

    JdbcSkenarioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<SkenarioPenempatan> findById(long id) {
        return muat(id, "");
    }

    @Override
    public Optional<SkenarioPenempatan> findByIdForUpdate(long id) {
        return muat(id, " FOR UPDATE");
    }

    @Override
    public Optional<SkenarioPenempatan> findByIdForUpdateSkipLocked(long id) {
        return muat(id, " FOR UPDATE SKIP LOCKED");
    }

    private Optional<SkenarioPenempatan> muat(long id, String kunci) {
        return jdbc.sql(KOLOM + kunci)
                .param(id)
                .query(JdbcSkenarioRepository::baris)
                .optional()
                .map(this::denganAturan);
    }

    /** The scenario row without its pins and exclusions (those come from their tables). */
    private static SkenarioPenempatan baris(ResultSet rs, int n) throws SQLException {
        PengaturanSkenario p = new PengaturanSkenario(
                rs.getString("nama"),
                new HashSet<>(Arrays.asList(larik(rs.getArray("cakupan_opd"), Long[].class))),
                new HashSet<>(Arrays.asList(larik(rs.getArray("cakupan_jenjang"), String[].class))),
                new Bobot(
                        rs.getLong("bobot_selisih_kelas"),
                        rs.getLong("bobot_diluar_minat"),
                        rs.getLong("bobot_pindah"),
                        rs.getLong("bobot_tidak_ditempatkan")),
                rs.getBoolean("rumpun_sama"),
                rs.getBoolean("kecualikan_hukuman"),
                rs.getBoolean("kecualikan_jpt"),
                Map.of(),
                java.util.Set.of(),
                java.util.Set.of());
        String nomorSk = rs.getString("nomor_sk");
        return SkenarioPenempatan.pulihkan(
                rs.getLong("id"),
                (Long) rs.getObject("asal_id"),
                p,
                StatusSkenario.valueOf(rs.getString("status")),
                new SkenarioPenempatan.Jalannya(
                        rs.getInt("progres"),
                        rs.getString("tahap"),
                        rs.getString("pesan_galat"),
                        rs.getObject("dijalankan_pada", OffsetDateTime.class),
                        rs.getObject("selesai_pada", OffsetDateTime.class),
                        (Boolean) rs.getObject("sertifikat_sah")),
                tindakan(rs, "disetujui_oleh", "disetujui_pada"),
                nomorSk == null
                        ? null
                        : new KeputusanMutasi(
                                nomorSk,
                                rs.getObject("tanggal_sk", LocalDate.class),
                                rs.getObject("tmt", LocalDate.class)),
                tindakan(rs, "ditetapkan_oleh", "ditetapkan_pada"),
                rs.getObject("diterapkan_pada", OffsetDateTime.class),
                rs.getBoolean("diarsipkan"),
                tindakan(rs, "diarsipkan_oleh", "diarsipkan_pada"),
                new Tindakan(rs.getString("dibuat_oleh"), rs.getObject("dibuat_pada", OffsetDateTime.class)),
                rs.getInt("versi"));
    }

    private static @Nullable Tindakan tindakan(ResultSet rs, String oleh, String pada) throws SQLException {
        OffsetDateTime waktu = rs.getObject(pada, OffsetDateTime.class);
        String siapa = rs.getString(oleh);
        return waktu == null || siapa == null ? null : new Tindakan(siapa, waktu);
    }

    private SkenarioPenempatan denganAturan(SkenarioPenempatan s) {
        long id = java.util.Objects.requireNonNull(s.id());
        Map<String, Long> kunci = new HashMap<>();
        jdbc.sql("SELECT nip, jabatan_id FROM penempatan.skenario_kunci WHERE skenario_id = ?")
                .param(id)
                .query((rs, i) -> Map.entry(rs.getString(1).trim(), rs.getLong(2)))
                .list()
                .forEach(e -> kunci.put(e.getKey(), e.getValue()));
        List<String> pegawai = jdbc
                .sql("SELECT nip FROM penempatan.skenario_kecuali_pegawai WHERE skenario_id = ?")
                .param(id)
                .query(String.class)
                .list()
                .stream()
                .map(String::trim)
                .toList();
        List<Long> jabatan = jdbc.sql(
                        "SELECT jabatan_id FROM penempatan.skenario_kecuali_jabatan WHERE skenario_id = ?")
                .param(id)
                .query(Long.class)
                .list();
        PengaturanSkenario p = s.pengaturan();
        return SkenarioPenempatan.pulihkan(
                id,
                s.asalId(),
                new PengaturanSkenario(
                        p.nama(),
                        p.cakupanOpd(),
                        p.cakupanJenjang(),
                        p.bobot(),
                        p.rumpunSama(),
                        p.kecualikanHukuman(),
                        p.kecualikanJpt(),
                        kunci,
                        new HashSet<>(pegawai),
                        new HashSet<>(jabatan)),
                s.status(),
                s.jalannya(),
                s.disetujui(),
                s.keputusan(),
                s.ditetapkan(),
                s.diterapkanPada(),
                s.diarsipkan(),
                s.pengarsipan(),
                s.dibuat(),
                s.versi());
    }

    @Override
    public Optional<Long> drafTurunanTerbaru(long asalId) {
        return jdbc.sql(
                        "SELECT max(id) FROM penempatan.skenario WHERE asal_id = ? AND status = 'DRAF' AND NOT diarsipkan")
                .param(asalId)
                .query(Long.class)
                .optional();
    }

    @Override
    public List<Long> idBerjalan() {
        return jdbc.sql("SELECT id FROM penempatan.skenario WHERE status = 'BERJALAN' ORDER BY id")
                .query(Long.class)
                .list();
    }

    @Override
    public List<Long> idJatuhTempo(LocalDate hariIni) {
        return jdbc.sql("SELECT id FROM penempatan.skenario WHERE status = 'DITETAPKAN' AND diterapkan_pada IS NULL "
                        + "AND tmt <= ? ORDER BY tmt, id")
                .param(hariIni)
                .query(Long.class)
                .list();
    }

    @Override
    public SkenarioPenempatan insert(SkenarioPenempatan s) {
        PengaturanSkenario p = s.pengaturan();
        long id = jdbc.sql("""
                        INSERT INTO penempatan.skenario (nama, status, asal_id, cakupan_opd, cakupan_jenjang,
                          bobot_selisih_kelas, bobot_diluar_minat, bobot_pindah, bobot_tidak_ditempatkan, rumpun_sama,
                          kecualikan_hukuman, kecualikan_jpt, dibuat_oleh, dibuat_pada, versi)
                        VALUES (:nama, :status, :asal, CAST(:opd AS bigint[]), CAST(:jenjang AS text[]), :sk, :dm, :pi,
                          :td, :rs, :kh, :kj, :oleh, :kini, 0) RETURNING id""")
                .params(pengaturan(p))
                .param("status", s.status().name())
                .param("asal", s.asalId())
                .param("oleh", s.dibuat().oleh())
                .param("kini", s.dibuat().pada())
                .query(Long.class)
                .single();
        tulisAturan(id, p);
        return s.tersimpan(id, 0);
    }

    @Override
    public SkenarioPenempatan update(SkenarioPenempatan s) {
        long id = java.util.Objects.requireNonNull(s.id());
        SkenarioPenempatan.Jalannya j = s.jalannya();
        KeputusanMutasi sk = s.keputusan();
        Map<String, @Nullable Object> kolom = new HashMap<>(pengaturan(s.pengaturan()));
        kolom.put("id", id);
        kolom.put("versi", s.versi());
        kolom.put("status", s.status().name());
        kolom.put("progres", j.progres());
        kolom.put("tahap", j.tahap());
        kolom.put("pesan", j.pesanGalat());
        kolom.put("dijalankan", j.dijalankanPada());
        kolom.put("selesai", j.selesaiPada());
        kolom.put("sah", j.sertifikatSah());
        kolom.put("disetujuiOleh", s.disetujui() == null ? null : s.disetujui().oleh());
        kolom.put("disetujuiPada", s.disetujui() == null ? null : s.disetujui().pada());
        kolom.put("nomorSk", sk == null ? null : sk.nomorSk());
        kolom.put("tanggalSk", sk == null ? null : sk.tanggalSk());
        kolom.put("tmt", sk == null ? null : sk.tmt());
        kolom.put(
                "ditetapkanOleh", s.ditetapkan() == null ? null : s.ditetapkan().oleh());
        kolom.put(
                "ditetapkanPada", s.ditetapkan() == null ? null : s.ditetapkan().pada());
        kolom.put("diterapkan", s.diterapkanPada());
        kolom.put("arsip", s.diarsipkan());
        kolom.put("arsipOleh", s.pengarsipan() == null ? null : s.pengarsipan().oleh());
        kolom.put("arsipPada", s.pengarsipan() == null ? null : s.pengarsipan().pada());
        int n = jdbc.sql("""
                        UPDATE penempatan.skenario SET nama = :nama, status = :status, cakupan_opd = CAST(:opd AS bigint[]),
                          cakupan_jenjang = CAST(:jenjang AS text[]), bobot_selisih_kelas = :sk, bobot_diluar_minat = :dm,
                          bobot_pindah = :pi, bobot_tidak_ditempatkan = :td, rumpun_sama = :rs, kecualikan_hukuman = :kh,
                          kecualikan_jpt = :kj, progres = :progres, tahap = :tahap, pesan_galat = :pesan,
                          dijalankan_pada = :dijalankan, selesai_pada = :selesai, sertifikat_sah = :sah,
                          disetujui_oleh = :disetujuiOleh, disetujui_pada = :disetujuiPada, nomor_sk = :nomorSk,
                          tanggal_sk = :tanggalSk, tmt = :tmt, ditetapkan_oleh = :ditetapkanOleh,
                          ditetapkan_pada = :ditetapkanPada, diterapkan_pada = :diterapkan, diarsipkan = :arsip,
                          diarsipkan_oleh = :arsipOleh, diarsipkan_pada = :arsipPada, versi = versi + 1
                        WHERE id = :id AND versi = :versi""").params(kolom).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("Skenario " + id + " versi " + s.versi() + " usang");
        }
        if (s.status() == StatusSkenario.DRAF) {
            jdbc.sql("DELETE FROM penempatan.skenario_kunci WHERE skenario_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("DELETE FROM penempatan.skenario_kecuali_pegawai WHERE skenario_id = ?")
                    .param(id)
                    .update();
            jdbc.sql("DELETE FROM penempatan.skenario_kecuali_jabatan WHERE skenario_id = ?")
                    .param(id)
                    .update();
            tulisAturan(id, s.pengaturan());
        }
        return s.tersimpan(id, s.versi() + 1);
    }

    @Override
    public void catatProgres(long id, int persen, String tahap) {
        jdbc.sql("UPDATE penempatan.skenario SET progres = ?, tahap = ? WHERE id = ?")
                .params(persen, tahap, id)
                .update();
    }

    private static Map<String, @Nullable Object> pengaturan(PengaturanSkenario p) {
        Map<String, @Nullable Object> m = new HashMap<>();
        m.put("nama", p.nama());
        m.put("opd", p.cakupanOpd().toArray(Long[]::new));
        m.put("jenjang", p.cakupanJenjang().toArray(String[]::new));
        m.put("sk", p.bobot().selisihKelas());
        m.put("dm", p.bobot().diluarMinat());
        m.put("pi", p.bobot().pindah());
        m.put("td", p.bobot().tidakDitempatkan());
        m.put("rs", p.rumpunSama());
        m.put("kh", p.kecualikanHukuman());
        m.put("kj", p.kecualikanJpt());
        return m;
    }

    private void tulisAturan(long id, PengaturanSkenario p) {
        p.dikunci()
                .forEach((nip, j) -> jdbc.sql("INSERT INTO penempatan.skenario_kunci VALUES (?, ?, ?)")
                        .params(id, nip, j)
                        .update());
        p.pegawaiDikecualikan()
                .forEach(nip -> jdbc.sql("INSERT INTO penempatan.skenario_kecuali_pegawai VALUES (?, ?)")
                        .params(id, nip)
                        .update());
        p.jabatanDikecualikan()
                .forEach(j -> jdbc.sql("INSERT INTO penempatan.skenario_kecuali_jabatan VALUES (?, ?)")
                        .params(id, j)
                        .update());
    }

    @SuppressWarnings("unchecked")
    static <T> T[] larik(@Nullable Array a, Class<T[]> jenis) throws SQLException {
        if (a == null) {
            return (T[]) java.lang.reflect.Array.newInstance(jenis.getComponentType(), 0);
        }
        Object[] isi = (Object[]) a.getArray();
        return Arrays.copyOf(isi, isi.length, jenis);
    }
}
