package id.aparatur.seleksi.application;

import id.aparatur.seleksi.domain.AnggotaPansel;
import id.aparatur.seleksi.domain.BobotPenilaian;
import id.aparatur.seleksi.domain.JadwalTahap;
import id.aparatur.seleksi.domain.KomponenNilai;
import id.aparatur.seleksi.domain.PeranPansel;
import id.aparatur.seleksi.domain.Peringkat;
import id.aparatur.seleksi.domain.PerubahanSeleksi;
import id.aparatur.seleksi.domain.PerubahanSeleksi.AdministrasiDicatat;
import id.aparatur.seleksi.domain.PerubahanSeleksi.BobotDiubah;
import id.aparatur.seleksi.domain.PerubahanSeleksi.Dibatalkan;
import id.aparatur.seleksi.domain.PerubahanSeleksi.JadwalDiubah;
import id.aparatur.seleksi.domain.PerubahanSeleksi.NilaiDicatat;
import id.aparatur.seleksi.domain.PerubahanSeleksi.PanselDinonaktifkan;
import id.aparatur.seleksi.domain.PerubahanSeleksi.PanselDitambah;
import id.aparatur.seleksi.domain.PerubahanSeleksi.PesertaDidaftarkan;
import id.aparatur.seleksi.domain.PerubahanSeleksi.PesertaMundur;
import id.aparatur.seleksi.domain.PerubahanSeleksi.PilihanDitetapkan;
import id.aparatur.seleksi.domain.PerubahanSeleksi.StatusBerpindah;
import id.aparatur.seleksi.domain.PerubahanSeleksi.TahapDimulai;
import id.aparatur.seleksi.domain.PerubahanSeleksi.TigaNamaDiajukan;
import id.aparatur.seleksi.domain.PesertaSeleksi;
import id.aparatur.seleksi.domain.SeleksiRepository;
import id.aparatur.seleksi.domain.SeleksiTerbuka;
import id.aparatur.seleksi.domain.StatusSeleksi;
import id.aparatur.seleksi.domain.TahapSeleksi;
import id.aparatur.sistem.Transisi;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.ObjectMapper;

/**
 * {@link SeleksiRepository} on the {@code seleksi} schema. The selection row is locked on load and changed by one
 * guarded update; its parts are appended (pansel, peserta, the submission and the decision, which the database refuses
 * to change) or changed in place (stages, administrasi, scores, withdrawal), as {@link PerubahanSeleksi} says. The OPD
 * of the position comes from organisasi's read contract.
 */
@Repository
class JdbcSeleksiRepository implements SeleksiRepository {

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcSeleksiRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private record Kepala(
            long jabatanId,
            @Nullable Long opdId,
            String nama,
            StatusSeleksi status,
            BobotPenilaian bobot,
            String dibuatOleh,
            OffsetDateTime dibuatPada,
            int versi) {}

    @Override
    public Optional<SeleksiTerbuka> muatUntukDiubah(long id) {
        // The row first: the parts are read after the lock, so they are those the previous change committed.
        Optional<Kepala> kepala = jdbc.sql("""
                        SELECT s.jabatan_id, (SELECT j.opd_id FROM organisasi.v_jabatan j WHERE j.id = s.jabatan_id),
                          s.nama, s.status, s.bobot_makalah, s.bobot_kompetensi, s.bobot_wawancara,
                          s.bobot_rekam_jejak, s.dibuat_oleh, s.dibuat_pada, s.versi
                        FROM seleksi.seleksi s WHERE s.id = ? FOR UPDATE""")
                .param(id)
                .query((rs, i) -> new Kepala(
                        rs.getLong(1),
                        (Long) rs.getObject(2),
                        rs.getString(3),
                        StatusSeleksi.valueOf(rs.getString(4)),
                        new BobotPenilaian(
                                rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7), rs.getBigDecimal(8)),
                        rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class),
                        rs.getInt(11)))
                .optional();
        if (kepala.isEmpty()) {
            return Optional.empty();
        }
        Kepala k = kepala.get();
        Map<TahapSeleksi, JadwalTahap> jadwal = new EnumMap<>(TahapSeleksi.class);
        jdbc.sql("SELECT tahap, tanggal_mulai, tanggal_selesai FROM seleksi.tahap WHERE seleksi_id = ?")
                .param(id)
                .query((ResultSet rs) -> {
                    jadwal.put(
                            TahapSeleksi.valueOf(rs.getString(1)),
                            new JadwalTahap(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class)));
                });
        List<AnggotaPansel> pansel = jdbc.sql("SELECT id, nama, peran, unsur, aktif FROM seleksi.pansel "
                        + "WHERE seleksi_id = ? ORDER BY id")
                .param(id)
                .query((rs, i) -> new AnggotaPansel(
                        rs.getLong(1),
                        rs.getString(2),
                        PeranPansel.valueOf(rs.getString(3)),
                        rs.getString(4),
                        rs.getBoolean(5)))
                .list();
        List<PesertaSeleksi> peserta = peserta(jdbc, id);
        List<Peringkat> tigaNama = jdbc.sql("SELECT calon FROM seleksi.usulan_pansel WHERE seleksi_id = ?")
                .param(id)
                .query(String.class)
                .optional()
                .map(c -> JsonPeringkat.baca(json, c))
                .orElse(null);
        return Optional.of(SeleksiTerbuka.pulihkan(
                id,
                k.jabatanId(),
                k.opdId(),
                k.nama(),
                k.status(),
                k.bobot(),
                jadwal,
                pansel,
                peserta,
                tigaNama,
                k.dibuatOleh(),
                k.dibuatPada(),
                k.versi()));
    }

    @Override
    public Optional<Long> berjalanUntuk(long jabatanId) {
        return jdbc.sql("SELECT id FROM seleksi.seleksi WHERE jabatan_id = ? "
                        + "AND status NOT IN ('DITETAPKAN', 'DIBATALKAN') LIMIT 1")
                .param(jabatanId)
                .query(Long.class)
                .optional();
    }

    @Override
    public long tambah(SeleksiTerbuka s) {
        BobotPenilaian b = s.bobot();
        long id = jdbc.sql("""
                        INSERT INTO seleksi.seleksi (jabatan_id, nama, bobot_makalah, bobot_kompetensi, bobot_wawancara,
                          bobot_rekam_jejak, dibuat_oleh, dibuat_pada) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                .params(
                        s.jabatanId(),
                        s.nama(),
                        b.makalah(),
                        b.kompetensi(),
                        b.wawancara(),
                        b.rekamJejak(),
                        s.dibuatOleh(),
                        s.dibuatPada())
                .query(Long.class)
                .single();
        for (TahapSeleksi t : TahapSeleksi.values()) {
            jdbc.sql("INSERT INTO seleksi.tahap (seleksi_id, tahap) VALUES (?, ?)")
                    .params(id, t.name())
                    .update();
        }
        return id;
    }

    @Override
    public List<Long> simpan(SeleksiTerbuka s) {
        long id = Objects.requireNonNull(s.id(), "seleksi belum disimpan");
        kepala(id, s);
        List<Long> baru = new ArrayList<>();
        for (PerubahanSeleksi p : s.perubahan()) {
            if (p instanceof JadwalDiubah j) {
                j.jadwal()
                        .forEach((t, v) -> jdbc.sql("UPDATE seleksi.tahap SET tanggal_mulai = ?, tanggal_selesai = ? "
                                        + "WHERE seleksi_id = ? AND tahap = ?")
                                .params(v.mulai(), v.selesai(), id, t.name())
                                .update());
            } else if (p instanceof TahapDimulai t) {
                jdbc.sql(
                                "UPDATE seleksi.tahap SET dimulai_pada = ?, dimulai_oleh = ? WHERE seleksi_id = ? AND tahap = ?")
                        .params(t.pada(), t.oleh(), id, t.tahap().name())
                        .update();
            } else if (p instanceof PanselDitambah a) {
                baru.add(jdbc.sql("INSERT INTO seleksi.pansel (seleksi_id, nama, peran, unsur, dicatat_oleh, "
                                + "dicatat_pada) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                        .params(
                                id,
                                a.anggota().nama(),
                                a.anggota().peran().name(),
                                a.anggota().unsur(),
                                a.oleh(),
                                a.pada())
                        .query(Long.class)
                        .single());
            } else if (p instanceof PanselDinonaktifkan a) {
                jdbc.sql("UPDATE seleksi.pansel SET aktif = false, dinonaktifkan_oleh = ?, dinonaktifkan_pada = ? "
                                + "WHERE id = ? AND seleksi_id = ?")
                        .params(a.oleh(), a.pada(), a.anggotaId(), id)
                        .update();
            } else if (p instanceof PesertaDidaftarkan d) {
                baru.add(jdbc.sql("INSERT INTO seleksi.peserta (seleksi_id, nip, nama, instansi_asal, dicatat_oleh, "
                                + "dicatat_pada) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")
                        .params(
                                id,
                                d.peserta().nip(),
                                d.peserta().nama(),
                                d.peserta().instansiAsal(),
                                d.oleh(),
                                d.pada())
                        .query(Long.class)
                        .single());
            } else if (p instanceof AdministrasiDicatat a) {
                jdbc.sql("UPDATE seleksi.peserta SET administrasi_lulus = ?, administrasi_alasan = ?, "
                                + "administrasi_oleh = ?, administrasi_pada = ? WHERE id = ? AND seleksi_id = ?")
                        .params(a.lulus(), a.alasan(), a.oleh(), a.pada(), a.pesertaId(), id)
                        .update();
            } else if (p instanceof NilaiDicatat n) {
                n.nilai()
                        .forEach((k, v) -> jdbc.sql("""
                                INSERT INTO seleksi.nilai (peserta_id, komponen, nilai, dicatat_oleh, dicatat_pada)
                                VALUES (?, ?, ?, ?, ?) ON CONFLICT (peserta_id, komponen) DO UPDATE
                                SET nilai = EXCLUDED.nilai, dicatat_oleh = EXCLUDED.dicatat_oleh,
                                  dicatat_pada = EXCLUDED.dicatat_pada""")
                                .params(n.pesertaId(), k.name(), v, n.oleh(), n.pada())
                                .update());
            } else if (p instanceof PesertaMundur m) {
                jdbc.sql(
                                "UPDATE seleksi.peserta SET mundur_alasan = ?, mundur_pada = ? WHERE id = ? AND seleksi_id = ?")
                        .params(m.alasan(), m.pada(), m.pesertaId(), id)
                        .update();
            } else if (p instanceof TigaNamaDiajukan u) {
                jdbc.sql("""
                                INSERT INTO seleksi.usulan_pansel (seleksi_id, calon, peringkat, bobot, kurang_dari_tiga,
                                  catatan, diajukan_oleh, diajukan_pada)
                                VALUES (?, CAST(? AS jsonb), CAST(? AS jsonb), CAST(? AS jsonb), ?, ?, ?, ?)""")
                        .params(
                                id,
                                json.writeValueAsString(u.calon()),
                                json.writeValueAsString(u.peringkat()),
                                json.writeValueAsString(u.bobot()),
                                u.kurangDariTiga(),
                                u.catatan(),
                                u.oleh(),
                                u.pada())
                        .update();
            } else if (p instanceof PilihanDitetapkan k) {
                Map<String, Object> cuplikan = new LinkedHashMap<>();
                cuplikan.put("calon", k.calon());
                cuplikan.put("bobot", k.bobot());
                jdbc.sql("""
                                INSERT INTO seleksi.keputusan_ppk (seleksi_id, peserta_id, peringkat, alasan, cuplikan,
                                  diputuskan_oleh, diputuskan_pada) VALUES (?, ?, ?, ?, CAST(? AS jsonb), ?, ?)""")
                        .params(
                                id,
                                k.pilihan().pesertaId(),
                                k.pilihan().urutan(),
                                k.alasan(),
                                json.writeValueAsString(cuplikan),
                                k.oleh(),
                                k.pada())
                        .update();
            }
            // BobotDiubah, StatusBerpindah and Dibatalkan live in the row (written above).
        }
        return baru;
    }

    /** The one guarded update of the selection row: its own columns the changes touch, and the version. */
    private void kepala(long id, SeleksiTerbuka s) {
        StringBuilder set = new StringBuilder("versi = versi + 1");
        Transisi t = Transisi.ubah(jdbc, "seleksi.seleksi", id).versi(s.versi());
        for (PerubahanSeleksi p : s.perubahan()) {
            if (p instanceof BobotDiubah b) {
                set.append(", bobot_makalah = :makalah, bobot_kompetensi = :kompetensi, bobot_wawancara = :wawancara, "
                        + "bobot_rekam_jejak = :rekamJejak");
                t.param("makalah", b.bobot().makalah())
                        .param("kompetensi", b.bobot().kompetensi())
                        .param("wawancara", b.bobot().wawancara())
                        .param("rekamJejak", b.bobot().rekamJejak());
            } else if (p instanceof StatusBerpindah b) {
                set.append(", status = :status");
                t.param("status", b.ke().name());
            } else if (p instanceof Dibatalkan b) {
                set.append(", status = 'DIBATALKAN', alasan_batal = :alasan, dibatalkan_oleh = :oleh, "
                        + "dibatalkan_pada = :pada");
                t.param("alasan", b.alasan()).param("oleh", b.oleh()).param("pada", b.pada());
            }
        }
        t.set(set.toString())
                .jalankan("Seleksi terbuka", SeleksiTerbuka.SUDAH_BERUBAH, "Seleksi " + id + " sudah berubah");
    }

    /**
     * The applicants of seleksi {@code id} in registration order, each with its scores: the one query for the
     * aggregate and for the read model ({@link SeleksiQuery}).
     */
    static List<PesertaSeleksi> peserta(JdbcClient jdbc, long id) {
        Map<Long, Map<KomponenNilai, BigDecimal>> nilai = new HashMap<>();
        jdbc.sql("SELECT n.peserta_id, n.komponen, n.nilai FROM seleksi.nilai n JOIN seleksi.peserta p "
                        + "ON p.id = n.peserta_id WHERE p.seleksi_id = ?")
                .param(id)
                .query((ResultSet rs) -> {
                    nilai.computeIfAbsent(rs.getLong(1), x -> new EnumMap<>(KomponenNilai.class))
                            .put(KomponenNilai.valueOf(rs.getString(2)), rs.getBigDecimal(3));
                });
        return jdbc.sql("""
                        SELECT id, nip, nama, instansi_asal, administrasi_lulus, administrasi_alasan, mundur_alasan
                        FROM seleksi.peserta WHERE seleksi_id = ? ORDER BY id""")
                .param(id)
                .query((rs, i) -> new PesertaSeleksi(
                        rs.getLong(1),
                        rs.getString(2) == null ? null : rs.getString(2).trim(),
                        rs.getString(3),
                        rs.getString(4),
                        (Boolean) rs.getObject(5),
                        rs.getString(6),
                        rs.getString(7),
                        nilai.getOrDefault(rs.getLong(1), Map.of())))
                .list();
    }
}
