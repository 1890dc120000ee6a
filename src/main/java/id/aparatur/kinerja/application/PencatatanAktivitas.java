package id.aparatur.kinerja.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.audit.DataDiubah;
import id.aparatur.audit.DataDiubahMassal;
import id.aparatur.kinerja.domain.KaskadeRhk;
import id.aparatur.kinerja.domain.SkpRepository;
import id.aparatur.kinerja.domain.StatusAktivitas;
import id.aparatur.pegawai.PredikatCakupan;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import id.aparatur.sistem.DiperiksaSaatDibaca;
import id.aparatur.sistem.Transisi;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Writes of the laporan aktivitas harian: the employee logs (one or many activities in one request, one INSERT), the
 * direct atasan (or BKD) verifies or rejects. Everything is audited: a logged activity gets one audit row
 * ({@link DataDiubahMassal}, one event per request, written as one batch in the transaction of the INSERT), a
 * verification or rejection one {@link DataDiubah}.
 *
 * <p>Logging is the hot path (issue 6: ≥ 500 writes/s at 60,000 employees). After the checks in memory it is a single
 * transaction of two statements: the multi-row {@code INSERT} and the audit batch. What is static per employee —
 * jabatan, OPD and whether active — and the number of task lines per jabatan are cached for
 * {@code aparatur.kinerja.aktivitas.cache-detik} (default 60 s, 0 = off). Overlap with stored activities is decided by
 * the table's exclusion constraint; only when it fires (the transaction is then rolled back) are the stored activities
 * read to name the offending items.
 */
@Service
@Transactional
public class PencatatanAktivitas {

    /** Most activities in one request. */
    public static final int BATAS_PER_PERMINTAAN = 200;

    /**
     * One activity as sent; dates and times as text so that each bad value is reported on its own field.
     *
     * @param nip whose activity (null: the caller's own)
     * @param tanggal {@code yyyy-MM-dd}
     * @param mulai {@code HH:mm}
     * @param selesai {@code HH:mm}, after {@code mulai} on the same day
     * @param jabatanId the jabatan whose uraian tugas was worked on (null: the employee's own)
     * @param uraianTugasKe the line of that uraian tugas, 1-based, counting non-empty lines
     */
    public record AktivitasBaru(
            @Nullable String nip,
            @Nullable String tanggal,
            @Nullable String mulai,
            @Nullable String selesai,
            @Nullable String uraian,
            @Nullable String keluaran,
            @Nullable Long jabatanId,
            @Nullable Integer uraianTugasKe,
            @Nullable Long rhkId)
            implements DiperiksaSaatDibaca {

        /** The rules that need no stored data; the API checks them with the body's type errors. */
        @Override
        public List<Galat> periksa() {
            List<Galat> g = new ArrayList<>();
            PencatatanAktivitas.tanggal(tanggal, "tanggal", g);
            jam(mulai, "mulai", g);
            jam(selesai, "selesai", g);
            teks(this, "", g);
            return g;
        }
    }

    private record Siap(
            String nip,
            LocalDate tanggal,
            LocalTime mulai,
            LocalTime selesai,
            String uraian,
            @Nullable String keluaran,
            @Nullable Long jabatanPegawaiId,
            @Nullable Long jabatanId,
            @Nullable Integer uraianTugasKe,
            @Nullable Long rhkId) {}

    private record Pegawai(
            String nip, @Nullable Long jabatanId, @Nullable Long opdId, boolean aktif) {}

    private record Rentang(String nip, LocalDate tanggal, LocalTime mulai, LocalTime selesai) {
        boolean bertumpuk(Rentang o) {
            return nip.equals(o.nip)
                    && tanggal.equals(o.tanggal)
                    && mulai.isBefore(o.selesai)
                    && o.mulai.isBefore(selesai);
        }
    }

    private final JdbcClient jdbc;
    private final SkpRepository skp;
    private final CakupanPengguna cakupan;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;
    private final int hariMundur;
    private final long cacheNano;
    private final Map<String, Tersimpan<Pegawai>> cachePegawai = new ConcurrentHashMap<>();
    private final Map<Long, Tersimpan<Integer>> cacheButir = new ConcurrentHashMap<>();

    /** Most entries per cache; beyond it the cache is emptied (60,000 employees fit). */
    private static final int BATAS_CACHE = 200_000;

    private record Tersimpan<T>(T nilai, long sampai) {}

    PencatatanAktivitas(
            JdbcClient jdbc,
            SkpRepository skp,
            CakupanPengguna cakupan,
            ApplicationEventPublisher events,
            TransactionTemplate tx,
            ObjectMapper json,
            Clock clock,
            @Value("${aparatur.kinerja.aktivitas.hari-mundur:7}") int hariMundur,
            @Value("${aparatur.kinerja.aktivitas.cache-detik:60}") long cacheDetik) {
        this.jdbc = jdbc;
        this.skp = skp;
        this.cakupan = cakupan;
        this.events = events;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.hariMundur = hariMundur;
        this.cacheNano = Math.max(0, cacheDetik) * 1_000_000_000L;
    }

    /**
     * Logs activities for the caller (any employee) or, for ADMIN_BKD, for anyone. All or nothing: any bad item
     * rejects the request with errors named {@code [index].field}.
     *
     * @return the new ids, in the order given
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Long> catat(List<AktivitasBaru> daftar) {
        Cakupan c = cakupan.saatIni();
        if (daftar.isEmpty()) {
            throw new ValidasiException("aktivitas", "aktivitas.kosong");
        }
        if (daftar.size() > BATAS_PER_PERMINTAAN) {
            throw new ValidasiException("aktivitas", "aktivitas.terlalu-banyak");
        }
        LocalDateTime kini = LocalDateTime.now(clock);
        LocalDate batasMundur = kini.toLocalDate().minusDays(hariMundur);
        List<Galat> galat = new ArrayList<>();
        Set<String> nips = new LinkedHashSet<>();
        for (AktivitasBaru a : daftar) {
            String nip =
                    a.nip() == null || a.nip().isBlank() ? c.nip() : a.nip().trim();
            if (nip != null) {
                if (!nip.equals(c.nip()) && !c.pengelola()) {
                    throw new AccessDeniedException("Hanya mencatat aktivitas sendiri");
                }
                nips.add(nip);
            }
        }
        Map<String, Pegawai> pegawai = pegawai(nips);
        Map<Long, Integer> jumlahButir =
                daftar.stream().anyMatch(a -> a.uraianTugasKe() != null) ? jumlahButirTugas(daftar, pegawai) : Map.of();
        Map<Long, KaskadeRhk.RhkAtasan> rhk = pemilikRhk(daftar);
        List<@Nullable Siap> siap = new ArrayList<>();
        for (int i = 0; i < daftar.size(); i++) {
            AktivitasBaru a = daftar.get(i);
            String f = "[" + i + "].";
            int awal = galat.size();
            String nip =
                    a.nip() == null || a.nip().isBlank() ? c.nip() : a.nip().trim();
            Pegawai p = nip == null ? null : pegawai.get(nip);
            if (nip == null) {
                galat.add(new Galat(f + "nip", "aktivitas.nip.wajib"));
            } else if (p == null || !p.aktif()) {
                galat.add(new Galat(f + "nip", "aktivitas.nip.tidak-dikenal"));
            }
            LocalDate tanggal = tanggal(a.tanggal(), f + "tanggal", galat);
            LocalTime mulai = jam(a.mulai(), f + "mulai", galat);
            LocalTime selesai = jam(a.selesai(), f + "selesai", galat);
            if (tanggal != null && tanggal.isBefore(batasMundur)) {
                galat.add(new Galat(f + "tanggal", "aktivitas.tanggal.terlalu-lama"));
            }
            if (mulai != null && selesai != null && !selesai.isAfter(mulai)) {
                galat.add(new Galat(f + "selesai", "aktivitas.selesai.sebelum-mulai"));
            } else if (tanggal != null
                    && selesai != null
                    && tanggal.atTime(selesai).isAfter(kini)) {
                galat.add(new Galat(f + "selesai", "aktivitas.selesai.masa-depan"));
            }
            teks(a, f, galat);
            String uraian = a.uraian() == null ? "" : a.uraian().strip();
            String keluaran = a.keluaran() == null || a.keluaran().isBlank()
                    ? null
                    : a.keluaran().strip();
            Long jabatanTugas = null;
            if (a.uraianTugasKe() != null) {
                jabatanTugas = a.jabatanId() != null ? a.jabatanId() : p == null ? null : p.jabatanId();
                Integer n = jabatanTugas == null ? null : jumlahButir.get(jabatanTugas);
                if (n == null) {
                    galat.add(new Galat(f + "jabatanId", "aktivitas.jabatan.tidak-dikenal"));
                } else if (a.uraianTugasKe() < 1 || a.uraianTugasKe() > n) {
                    galat.add(new Galat(f + "uraianTugasKe", "aktivitas.uraian-tugas.tidak-ada"));
                }
            } else if (a.jabatanId() != null) {
                galat.add(new Galat(f + "uraianTugasKe", "aktivitas.uraian-tugas.wajib"));
            }
            if (a.rhkId() != null) {
                KaskadeRhk.RhkAtasan pemilik = rhk.get(a.rhkId());
                if (pemilik == null
                        || nip == null
                        || !pemilik.nipPemilik().equals(nip)
                        || (tanggal != null && pemilik.tahun() != tanggal.getYear())) {
                    galat.add(new Galat(f + "rhkId", "validasi.rhk.bukan-milik"));
                }
            }
            if (galat.size() == awal && p != null && tanggal != null && mulai != null && selesai != null) {
                siap.add(new Siap(
                        p.nip(),
                        tanggal,
                        mulai,
                        selesai,
                        uraian,
                        keluaran,
                        p.jabatanId(),
                        jabatanTugas,
                        a.uraianTugasKe(),
                        a.rhkId()));
            } else {
                siap.add(null);
            }
        }
        tumpangTindihDalamPermintaan(siap, galat);
        if (!galat.isEmpty()) {
            throw new ValidasiException(galat);
        }
        List<Siap> semua = siap.stream().map(Objects::requireNonNull).toList();
        try {
            return Objects.requireNonNull(tx.execute(s -> {
                List<Long> ids = sisipkan(semua, c.username(), OffsetDateTime.now(clock));
                audit(semua, ids, pegawai);
                return ids;
            }));
        } catch (DataIntegrityViolationException e) {
            if (!TUMPANG_TINDIH.equals(sqlState(e))) {
                throw e;
            }
            periksaTumpangTindih(siap, galat);
            if (galat.isEmpty()) {
                // stored concurrently and then rejected again: name the first item
                galat.add(new Galat("[0].mulai", "aktivitas.tumpang-tindih"));
            }
            throw new ValidasiException(galat);
        }
    }

    /** One audit row per logged activity, in the transaction of the INSERT. */
    private void audit(List<Siap> siap, List<Long> ids, Map<String, Pegawai> pegawai) {
        List<DataDiubahMassal.Entri> entri = new ArrayList<>(siap.size());
        for (int i = 0; i < siap.size(); i++) {
            Siap s = siap.get(i);
            Map<String, Object> sesudah = new LinkedHashMap<>();
            sesudah.put("nip", s.nip());
            sesudah.put("tanggal", s.tanggal().toString());
            sesudah.put("mulai", s.mulai().toString());
            sesudah.put("selesai", s.selesai().toString());
            sesudah.put("uraian", s.uraian());
            sesudah.put("keluaran", s.keluaran());
            sesudah.put("jabatanId", s.jabatanId());
            sesudah.put("uraianTugasKe", s.uraianTugasKe());
            sesudah.put("rhkId", s.rhkId());
            sesudah.put("status", StatusAktivitas.DICATAT.name());
            Pegawai p = pegawai.get(s.nip());
            entri.add(new DataDiubahMassal.Entri(
                    String.valueOf(ids.get(i)), p == null ? null : p.opdId(), null, json.writeValueAsString(sesudah)));
        }
        Set<String> nips = new LinkedHashSet<>();
        siap.forEach(s -> nips.add(s.nip()));
        events.publishEvent(new DataDiubahMassal(
                "AKTIVITAS", "BUAT", siap.size() + " aktivitas dicatat (" + String.join(", ", nips) + ")", entri));
    }

    /**
     * The owner and year of every RHK referenced: an activity may count only towards the employee's own SKP of the
     * activity's year (not another employee's, another OPD's or another year's).
     */
    private Map<Long, KaskadeRhk.RhkAtasan> pemilikRhk(List<AktivitasBaru> daftar) {
        Set<Long> ids = new LinkedHashSet<>();
        daftar.forEach(a -> {
            if (a.rhkId() != null) {
                ids.add(a.rhkId());
            }
        });
        return ids.isEmpty() ? Map.of() : skp.pemilikRhk(ids);
    }

    /** SQLSTATE of an exclusion constraint violation. */
    private static final String TUMPANG_TINDIH = "23P01";

    private static @Nullable String sqlState(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException s && s.getSQLState() != null) {
                return s.getSQLState();
            }
        }
        return null;
    }

    private static void tumpangTindihDalamPermintaan(List<@Nullable Siap> siap, List<Galat> galat) {
        List<Rentang> baru = new ArrayList<>();
        for (int i = 0; i < siap.size(); i++) {
            Siap s = siap.get(i);
            if (s == null) {
                continue;
            }
            Rentang r = new Rentang(s.nip(), s.tanggal(), s.mulai(), s.selesai());
            if (baru.stream().anyMatch(r::bertumpuk)) {
                galat.add(new Galat("[" + i + "].mulai", "aktivitas.tumpang-tindih-permintaan"));
            }
            baru.add(r);
        }
    }

    /** The direct atasan (pegawai.atasan_nip) or ADMIN_BKD verifies a logged activity. */
    public void verifikasi(long id) {
        ubahStatus(id, StatusAktivitas.DIVERIFIKASI, null);
    }

    /** The direct atasan or ADMIN_BKD rejects a logged activity, with a reason (5–500 characters). */
    public void tolak(long id, @Nullable String alasan) {
        String a = alasan == null ? "" : alasan.strip();
        if (a.length() < 5 || a.length() > 500) {
            throw new ValidasiException("alasan", "aktivitas.alasan.panjang");
        }
        ubahStatus(id, StatusAktivitas.DITOLAK, a);
    }

    private void ubahStatus(long id, StatusAktivitas status, @Nullable String alasan) {
        Cakupan c = cakupan.saatIni();
        Map<String, Object> param = new HashMap<>();
        param.put("id", id);
        String lingkup = PredikatCakupan.sql(c, "p", param);
        var baris = jdbc.sql("""
                SELECT a.nip, a.status, p.atasan_nip, p.opd_id FROM kinerja.aktivitas a
                JOIN pegawai.v_pegawai p ON p.nip = a.nip WHERE a.id = :id AND\s""" + lingkup)
                .params(param)
                .query((rs, n) ->
                        new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class)})
                .optional()
                .orElseThrow(() -> new DataTidakDitemukanException("Aktivitas", id));
        String atasan = (String) baris[2];
        if (!c.pengelola() && (c.nip() == null || !c.nip().equals(atasan))) {
            throw new AccessDeniedException("Hanya atasan langsung atau BKD");
        }
        Transisi.ubah(jdbc, "kinerja.aktivitas", id)
                .set("status = :status, diverifikasi_oleh = :oleh, diverifikasi_pada = :pada, alasan_tolak = :alasan")
                .param("status", status.name())
                .param("oleh", c.username())
                .param("pada", OffsetDateTime.now(clock))
                .param("alasan", alasan)
                .dari(StatusAktivitas.DICATAT)
                .jalankan("Aktivitas", "aktivitas.sudah-diverifikasi", "Aktivitas " + id + " sudah diputus");
        Map<String, Object> sesudah = new HashMap<>();
        sesudah.put("status", status.name());
        if (alasan != null) {
            sesudah.put("alasanTolak", alasan);
        }
        events.publishEvent(new DataDiubah(
                "AKTIVITAS",
                String.valueOf(id),
                "UBAH",
                (Long) baris[3],
                "Aktivitas " + baris[0] + " " + status.name().toLowerCase(java.util.Locale.ROOT),
                Map.of("status", baris[1]),
                sesudah));
    }

    private Map<String, Pegawai> pegawai(Set<String> nips) {
        Map<String, Pegawai> m = new HashMap<>();
        long kini = System.nanoTime();
        Set<String> cari = new LinkedHashSet<>();
        for (String nip : nips) {
            Tersimpan<Pegawai> t = cachePegawai.get(nip);
            if (t != null && t.sampai() - kini > 0) {
                m.put(nip, t.nilai());
            } else {
                cari.add(nip);
            }
        }
        if (cari.isEmpty()) {
            return m;
        }
        jdbc.sql("SELECT nip, jabatan_id, opd_id, aktif FROM pegawai.v_pegawai WHERE nip IN (:nip)")
                .param("nip", cari)
                .query((rs, n) -> new Pegawai(
                        rs.getString(1), rs.getObject(2, Long.class), rs.getObject(3, Long.class), rs.getBoolean(4)))
                .list()
                .forEach(p -> {
                    m.put(p.nip(), p);
                    simpan(cachePegawai, p.nip(), p, kini);
                });
        return m;
    }

    private <K, V> void simpan(Map<K, Tersimpan<V>> cache, K kunci, V nilai, long kini) {
        if (cacheNano == 0) {
            return;
        }
        if (cache.size() >= BATAS_CACHE) {
            cache.clear();
        }
        cache.put(kunci, new Tersimpan<>(nilai, kini + cacheNano));
    }

    /** Number of task lines per jabatan referenced, for the jabatan that exist. */
    private Map<Long, Integer> jumlahButirTugas(List<AktivitasBaru> daftar, Map<String, Pegawai> pegawai) {
        Set<Long> ids = new LinkedHashSet<>();
        for (AktivitasBaru a : daftar) {
            if (a.jabatanId() != null) {
                ids.add(a.jabatanId());
            }
        }
        pegawai.values().stream()
                .map(Pegawai::jabatanId)
                .filter(Objects::nonNull)
                .forEach(ids::add);
        Map<Long, Integer> m = new HashMap<>();
        long kini = System.nanoTime();
        Set<Long> cari = new LinkedHashSet<>();
        for (Long id : ids) {
            Tersimpan<Integer> t = cacheButir.get(id);
            if (t != null && t.sampai() - kini > 0) {
                m.put(id, t.nilai());
            } else {
                cari.add(id);
            }
        }
        if (cari.isEmpty()) {
            return m;
        }
        jdbc.sql("SELECT id, uraian_tugas FROM organisasi.v_jabatan WHERE id IN (:id)")
                .param("id", cari)
                .query((rs, n) -> Map.entry(
                        rs.getLong(1), ButirTugas.pisah(rs.getString(2)).size()))
                .list()
                .forEach(e -> {
                    m.put(e.getKey(), e.getValue());
                    simpan(cacheButir, e.getKey(), e.getValue(), kini);
                });
        return m;
    }

    private void periksaTumpangTindih(List<@Nullable Siap> siap, List<Galat> galat) {
        List<Rentang> baru = new ArrayList<>();
        Set<String> nips = new LinkedHashSet<>();
        Set<LocalDate> tanggal = new LinkedHashSet<>();
        for (Siap s : siap) {
            if (s != null) {
                nips.add(s.nip());
                tanggal.add(s.tanggal());
            }
        }
        if (nips.isEmpty()) {
            return;
        }
        List<Rentang> ada = jdbc.sql("""
                SELECT nip, tanggal, mulai, selesai FROM kinerja.aktivitas
                WHERE nip IN (:nip) AND tanggal IN (:tanggal) AND status <> 'DITOLAK'""")
                .param("nip", nips)
                .param("tanggal", tanggal)
                .query((rs, n) -> new Rentang(
                        rs.getString(1),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalTime.class),
                        rs.getObject(4, LocalTime.class)))
                .list();
        for (int i = 0; i < siap.size(); i++) {
            Siap s = siap.get(i);
            if (s == null) {
                continue;
            }
            Rentang r = new Rentang(s.nip(), s.tanggal(), s.mulai(), s.selesai());
            if (ada.stream().anyMatch(r::bertumpuk)) {
                galat.add(new Galat("[" + i + "].mulai", "aktivitas.tumpang-tindih"));
            } else if (baru.stream().anyMatch(r::bertumpuk)) {
                galat.add(new Galat("[" + i + "].mulai", "aktivitas.tumpang-tindih-permintaan"));
            }
            baru.add(r);
        }
    }

    private List<Long> sisipkan(List<Siap> siap, String oleh, OffsetDateTime pada) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO kinerja.aktivitas (nip, tanggal, mulai, selesai, uraian, keluaran, jabatan_pegawai_id,
                  jabatan_id, uraian_tugas_ke, rhk_id, dicatat_oleh, dicatat_pada) VALUES\s""");
        Map<String, Object> p = new HashMap<>();
        p.put("oleh", oleh);
        p.put("pada", pada);
        for (int i = 0; i < siap.size(); i++) {
            Siap s = siap.get(i);
            sql.append(i == 0 ? "" : ", ")
                    .append("(:nip")
                    .append(i)
                    .append(", :tanggal")
                    .append(i)
                    .append(", :mulai")
                    .append(i)
                    .append(", :selesai")
                    .append(i)
                    .append(", :uraian")
                    .append(i)
                    .append(", :keluaran")
                    .append(i)
                    .append(", :jp")
                    .append(i)
                    .append(", :jt")
                    .append(i)
                    .append(", :ke")
                    .append(i)
                    .append(", :rhk")
                    .append(i)
                    .append(", :oleh, :pada)");
            p.put("nip" + i, s.nip());
            p.put("tanggal" + i, s.tanggal());
            p.put("mulai" + i, s.mulai());
            p.put("selesai" + i, s.selesai());
            p.put("uraian" + i, s.uraian());
            p.put("keluaran" + i, s.keluaran());
            p.put("jp" + i, s.jabatanPegawaiId());
            p.put("jt" + i, s.jabatanId());
            p.put("ke" + i, s.uraianTugasKe());
            p.put("rhk" + i, s.rhkId());
        }
        sql.append(" RETURNING id");
        return jdbc.sql(sql.toString()).params(p).query(Long.class).list();
    }

    private static @Nullable LocalDate tanggal(@Nullable String s, String field, List<Galat> galat) {
        if (s == null || s.isBlank()) {
            galat.add(new Galat(field, "aktivitas.tanggal.wajib"));
            return null;
        }
        try {
            return LocalDate.parse(s.trim());
        } catch (DateTimeParseException e) {
            galat.add(new Galat(field, "aktivitas.tanggal.format"));
            return null;
        }
    }

    /** Uraian 3–1000 characters, keluaran at most 500. */
    private static void teks(AktivitasBaru a, String f, List<Galat> galat) {
        String uraian = a.uraian() == null ? "" : a.uraian().strip();
        if (uraian.length() < 3 || uraian.length() > 1000) {
            galat.add(new Galat(f + "uraian", "aktivitas.uraian.panjang"));
        }
        if (a.keluaran() != null && a.keluaran().strip().length() > 500) {
            galat.add(new Galat(f + "keluaran", "aktivitas.keluaran.panjang"));
        }
    }

    private static @Nullable LocalTime jam(@Nullable String s, String field, List<Galat> galat) {
        if (s == null || s.isBlank()) {
            galat.add(new Galat(field, "aktivitas.jam.wajib"));
            return null;
        }
        try {
            return LocalTime.parse(s.trim()).withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            galat.add(new Galat(field, "aktivitas.jam.format"));
            return null;
        }
    }
}
