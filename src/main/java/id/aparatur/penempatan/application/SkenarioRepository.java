package id.aparatur.penempatan.application;

import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.domain.StatusSkenario;
import id.aparatur.penempatan.mesin.Bobot;
import id.aparatur.shared.DataTidakDitemukanException;
import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Storage of scenario settings and state ({@code penempatan.skenario} and its rule tables). */
@Repository
class SkenarioRepository {

    private final JdbcClient jdbc;

    SkenarioRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The state fields every use case checks. */
    record Kepala(long id, String nama, StatusSkenario status, @Nullable Long asalId, boolean diarsipkan,
            @Nullable Boolean sertifikatSah, int versi) {}

    long buat(PengaturanSkenario p, @Nullable Long asalId, String oleh, OffsetDateTime kini) {
        long id = jdbc.sql("""
                        INSERT INTO penempatan.skenario (nama, status, asal_id, cakupan_opd, cakupan_jenjang,
                          bobot_selisih_kelas, bobot_diluar_minat, bobot_pindah, bobot_tidak_ditempatkan, rumpun_sama,
                          kecualikan_hukuman, kecualikan_jpt, dibuat_oleh, dibuat_pada)
                        VALUES (:nama, 'DRAF', :asal, CAST(:opd AS bigint[]), CAST(:jenjang AS text[]), :sk, :dm, :pi, :td,
                          :rs, :kh, :kj, :oleh, :kini) RETURNING id""")
                .param("nama", p.nama()).param("asal", asalId)
                .param("opd", p.cakupanOpd().toArray(Long[]::new))
                .param("jenjang", p.cakupanJenjang().toArray(String[]::new))
                .param("sk", p.bobot().selisihKelas()).param("dm", p.bobot().diluarMinat())
                .param("pi", p.bobot().pindah()).param("td", p.bobot().tidakDitempatkan())
                .param("rs", p.rumpunSama()).param("kh", p.kecualikanHukuman()).param("kj", p.kecualikanJpt())
                .param("oleh", oleh).param("kini", kini)
                .query(Long.class).single();
        simpanAturan(id, p);
        return id;
    }

    /** Replaces pins and exclusions (only while the scenario is a draft: they are settings, not history). */
    void gantiAturan(long id, PengaturanSkenario p) {
        jdbc.sql("DELETE FROM penempatan.skenario_kunci WHERE skenario_id = ?").param(id).update();
        jdbc.sql("DELETE FROM penempatan.skenario_kecuali_pegawai WHERE skenario_id = ?").param(id).update();
        jdbc.sql("DELETE FROM penempatan.skenario_kecuali_jabatan WHERE skenario_id = ?").param(id).update();
        simpanAturan(id, p);
    }

    private void simpanAturan(long id, PengaturanSkenario p) {
        p.dikunci().forEach((nip, j) -> jdbc.sql("INSERT INTO penempatan.skenario_kunci VALUES (?, ?, ?)")
                .params(id, nip, j).update());
        p.pegawaiDikecualikan().forEach(nip -> jdbc.sql("INSERT INTO penempatan.skenario_kecuali_pegawai VALUES (?, ?)")
                .params(id, nip).update());
        p.jabatanDikecualikan().forEach(j -> jdbc.sql("INSERT INTO penempatan.skenario_kecuali_jabatan VALUES (?, ?)")
                .params(id, j).update());
    }

    Optional<Kepala> kepala(long id) {
        return jdbc.sql("SELECT id, nama, status, asal_id, diarsipkan, sertifikat_sah, versi FROM penempatan.skenario "
                        + "WHERE id = ?").param(id)
                .query((rs, i) -> new Kepala(rs.getLong(1), rs.getString(2), StatusSkenario.valueOf(rs.getString(3)),
                        (Long) rs.getObject(4), rs.getBoolean(5), (Boolean) rs.getObject(6), rs.getInt(7)))
                .optional();
    }

    Kepala kepalaAtau404(long id) {
        return kepala(id).orElseThrow(() -> new DataTidakDitemukanException("Skenario", id));
    }

    PengaturanSkenario pengaturan(long id) {
        PengaturanSkenario p = jdbc.sql("""
                        SELECT nama, cakupan_opd, cakupan_jenjang, bobot_selisih_kelas, bobot_diluar_minat, bobot_pindah,
                          bobot_tidak_ditempatkan, rumpun_sama, kecualikan_hukuman, kecualikan_jpt
                        FROM penempatan.skenario WHERE id = ?""").param(id)
                .query((rs, i) -> new PengaturanSkenario(rs.getString(1), new HashSet<>(Arrays.asList(larik(rs.getArray(2),
                        Long[].class))), new HashSet<>(Arrays.asList(larik(rs.getArray(3), String[].class))),
                        new Bobot(rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)), rs.getBoolean(8),
                        rs.getBoolean(9), rs.getBoolean(10), Map.of(), Set.of(), Set.of()))
                .optional().orElseThrow(() -> new DataTidakDitemukanException("Skenario", id));
        Map<String, Long> kunci = new HashMap<>();
        jdbc.sql("SELECT nip, jabatan_id FROM penempatan.skenario_kunci WHERE skenario_id = ?").param(id)
                .query((rs, i) -> Map.entry(rs.getString(1).trim(), rs.getLong(2))).list()
                .forEach(e -> kunci.put(e.getKey(), e.getValue()));
        List<String> kecualiPegawai = jdbc.sql("SELECT nip FROM penempatan.skenario_kecuali_pegawai WHERE skenario_id = ?")
                .param(id).query(String.class).list().stream().map(String::trim).toList();
        List<Long> kecualiJabatan = jdbc.sql("SELECT jabatan_id FROM penempatan.skenario_kecuali_jabatan "
                + "WHERE skenario_id = ?").param(id).query(Long.class).list();
        return new PengaturanSkenario(p.nama(), p.cakupanOpd(), p.cakupanJenjang(), p.bobot(), p.rumpunSama(),
                p.kecualikanHukuman(), p.kecualikanJpt(), kunci, new HashSet<>(kecualiPegawai),
                new HashSet<>(kecualiJabatan));
    }

    /** Moves the state if it is still {@code dari}; false when someone else moved it first. */
    boolean ubahStatus(long id, StatusSkenario dari, StatusSkenario ke) {
        return jdbc.sql("UPDATE penempatan.skenario SET status = ?, versi = versi + 1 WHERE id = ? AND status = ?")
                .params(ke.name(), id, dari.name()).update() == 1;
    }

    void progres(long id, int persen, String tahap) {
        jdbc.sql("UPDATE penempatan.skenario SET progres = ?, tahap = ? WHERE id = ?").params(persen, tahap, id)
                .update();
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
