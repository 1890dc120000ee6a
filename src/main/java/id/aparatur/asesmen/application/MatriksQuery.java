package id.aparatur.asesmen.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.akses.Peran;
import id.aparatur.asesmen.domain.BatasJpm;
import id.aparatur.asesmen.domain.KategoriJpm;
import id.aparatur.audit.DataDiubah;
import id.aparatur.audit.DataDiubahMassal;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.organisasi.JabatanRingkas;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.StrukturOrganisasi;
import id.aparatur.organisasi.UnitRingkas;
import id.aparatur.pegawai.Bezetting;
import id.aparatur.shared.Permintaan;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skill matrix (matriks kompetensi) of a unit, OPD or jabatan: active employees × the competencies their jabatan
 * require, each cell the required and the current level, with a per-competency summary over the whole selection and
 * the JPM distribution. Rows are paged; the summary and the distribution always cover every employee selected.
 */
@Service
@Transactional(readOnly = true)
public class MatriksQuery {

    public record Filter(
            @Nullable Long opd,
            @Nullable Long unit,
            @Nullable Long jabatan) {

        public boolean kosong() {
            return opd == null && unit == null && jabatan == null;
        }
    }

    /** A competency column and its summary: how many employees require it, how many meet it, the mean gap. */
    public record Kolom(String kode, String nama, String jenis, long wajib, long memenuhi, BigDecimal rataKesenjangan) {

        public int persenMemenuhi() {
            return wajib == 0 ? 100 : (int) (memenuhi * 100 / wajib);
        }
    }

    /** A cell: required level (null when the competency is not in the employee's SKJ) and current level (null: never measured). */
    public record Sel(
            @Nullable Integer levelStandar, @Nullable Integer levelSaatIni) {

        /** current − required; null when not required. */
        public @Nullable Integer selisih() {
            return levelStandar == null ? null : (levelSaatIni == null ? 0 : levelSaatIni) - levelStandar;
        }
    }

    public record Baris(
            String nip,
            String nama,
            @Nullable String jabatanNama,
            @Nullable Integer kelas,
            @Nullable BigDecimal jpm,
            @Nullable KategoriJpm kategori,
            Map<String, Sel> sel) {}

    public record Matriks(
            List<Kolom> kolom,
            List<Baris> baris,
            Map<KategoriJpm, Long> distribusi,
            long jumlahPegawai,
            int nomor,
            int ukuran) {

        public int jumlahHalaman() {
            return (int) Math.max(1, (jumlahPegawai + ukuran - 1) / ukuran);
        }

        public boolean adaBerikutnya() {
            return nomor + 1 < jumlahHalaman();
        }
    }

    /** Up to this many employees the summary looks current levels up by key rather than hashing them all. */
    static final long BATAS_CARI_INDEKS = 10_000;

    private final JdbcClient jdbc;
    private final KamusKompetensi kamus;
    private final AturanJpm aturanJpm;
    private final Bezetting bezetting;
    private final StrukturOrganisasi organisasi;

    /** The summary of one selection (per-competency columns, JPM distribution, number of employees). */
    private record Ringkasan(List<Kolom> kolom, Map<KategoriJpm, Long> distribusi, long jumlah, long dibuatNanos) {}

    /**
     * Read model in memory: the summary of a selection is the expensive part (a join of every selected employee with
     * every competency of their jabatan; ~580,000 rows for an OPD of 48,000). It is kept until data changes: every
     * {@link DataDiubah} / {@link DataDiubahMassal} (assessments, placements, SKJ, imports) clears it after commit;
     * {@code aparatur.matriks.ringkasan-detik} (default 600, 0 = off) bounds its age for writes that bypass the
     * application.
     */
    private final java.util.concurrent.ConcurrentHashMap<String, Ringkasan> ringkasan =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final long umurRingkasanNanos;

    /** Incremented on every change; a summary computed across a change is not kept (it may be stale). */
    private final java.util.concurrent.atomic.AtomicLong generasi = new java.util.concurrent.atomic.AtomicLong();

    /** How to recompute each selection that has been viewed: its predicate and parameters. */
    private record Resep(String where, Map<String, Object> param) {}

    private final java.util.concurrent.ConcurrentHashMap<String, Resep> resep =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.ScheduledExecutorService pemanas =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "matriks-pemanas");
                t.setDaemon(true);
                return t;
            });
    private volatile java.util.concurrent.@Nullable ScheduledFuture<?> pemanasan;

    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void dataDiubah(DataDiubah e) {
        kosongkanDanPanaskan();
    }

    @org.springframework.transaction.event.TransactionalEventListener(fallbackExecution = true)
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    void dataDiubahMassal(DataDiubahMassal e) {
        kosongkanDanPanaskan();
    }

    /**
     * Drops every summary, then recomputes the selections viewed before in the background, 3 s after the last change
     * (a burst of changes triggers one recomputation), so the next view is fast again.
     */
    private void kosongkanDanPanaskan() {
        generasi.incrementAndGet();
        ringkasan.clear();
        if (umurRingkasanNanos <= 0) {
            return;
        }
        var lama = pemanasan;
        if (lama != null) {
            lama.cancel(false);
        }
        pemanasan = pemanas.schedule(this::panaskan, 3, java.util.concurrent.TimeUnit.SECONDS);
    }

    private void panaskan() {
        for (var e : resep.entrySet()) {
            if (!ringkasan.containsKey(e.getKey())) {
                try {
                    long gen = generasi.get();
                    Ringkasan r =
                            hitungRingkasan(e.getValue().where(), e.getValue().param());
                    if (generasi.get() == gen) {
                        ringkasan.put(e.getKey(), r);
                    }
                } catch (RuntimeException ex) {
                    org.slf4j.LoggerFactory.getLogger(MatriksQuery.class).warn("Ringkasan matriks gagal dihitung", ex);
                }
            }
        }
    }

    /**
     * After start-up, computes in the background the summary of every OPD as BKD sees it (the largest takes ~1.5 s
     * at 60,000 pegawai), so that the first views are fast too.
     */
    @org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
    void panaskanSetelahMulai() {
        if (umurRingkasanNanos <= 0) {
            return;
        }
        Cakupan semua = new Cakupan("sistem", java.util.Set.of(id.aparatur.akses.Peran.ADMIN_BKD), null, null);
        pemanas.schedule(
                () -> {
                    List<Long> opd = bezetting.perOpd().stream()
                            .sorted(Comparator.comparingLong(Bezetting.PerOpd::jumlah)
                                    .reversed())
                            .map(Bezetting.PerOpd::opdId)
                            .toList();
                    for (Long id : opd) {
                        Map<String, Object> param = new HashMap<>();
                        String where = where(semua, new Filter(id, null, null), param);
                        resep.putIfAbsent(where + new java.util.TreeMap<>(param), new Resep(where, Map.copyOf(param)));
                    }
                    panaskan();
                },
                1,
                java.util.concurrent.TimeUnit.SECONDS);
    }

    @jakarta.annotation.PreDestroy
    void hentikan() {
        pemanas.shutdownNow();
    }

    MatriksQuery(
            JdbcClient jdbc,
            KamusKompetensi kamus,
            AturanJpm aturanJpm,
            Bezetting bezetting,
            StrukturOrganisasi organisasi,
            @org.springframework.beans.factory.annotation.Value("${aparatur.matriks.ringkasan-detik:600}") long detik) {
        this.bezetting = bezetting;
        this.organisasi = organisasi;
        this.umurRingkasanNanos = detik * 1_000_000_000L;
        this.jdbc = jdbc;
        this.kamus = kamus;
        this.aturanJpm = aturanJpm;
    }

    /** A unit option of the selection, indented by its depth in the tree. */
    public record UnitPilihan(long id, String label) {}

    /**
     * What the selection offers: the OPD the user sees, the units of the chosen OPD and its active jabatan (only the
     * chosen one when there are more than {@link #MAKS_PILIHAN_JABATAN}), and which of them are chosen.
     */
    public record Pilihan(
            Filter filter,
            List<OpdRingkas> daftarOpd,
            List<UnitPilihan> unit,
            List<JabatanRingkas> jabatan,
            @Nullable Long unitTerpilih,
            @Nullable Long jabatanTerpilih,
            boolean jabatanTerlaluBanyak) {}

    /** The matrix page: the selection and, once something is selected, the matrix. */
    public record HalamanMatriks(Pilihan pilihan, @Nullable Matriks matriks) {}

    /** More active positions than this in the selection: the jabatan filter asks for a unit first. */
    public static final int MAKS_PILIHAN_JABATAN = 400;

    /**
     * The rule of the skill matrix, for the page, its export and the API alike: for every role but a plain PEGAWAI
     * (and PPK); the selection is the one requested, with the OPD of a requested jabatan, and — when nothing is
     * requested — the OPD of a user who does not see every OPD. Rows are then limited to the user's scope.
     *
     * @throws AccessDeniedException for a user with none of ADMIN_BKD, ASESOR, PIMPINAN_OPD, ATASAN
     */
    public Filter filter(Cakupan c, Filter diminta) {
        if (!(c.punya(Peran.ADMIN_BKD)
                || c.punya(Peran.ASESOR)
                || c.punya(Peran.PIMPINAN_OPD)
                || c.punya(Peran.ATASAN))) {
            throw new AccessDeniedException("Matriks kompetensi tidak untuk peran PEGAWAI saja");
        }
        Long o = diminta.opd();
        if (o == null && diminta.jabatan() != null) {
            o = organisasi.jabatan(diminta.jabatan()).map(JabatanRingkas::opdId).orElse(null);
        }
        if (o == null && diminta.unit() == null && diminta.jabatan() == null && !c.semuaOpd() && c.opdId() != null) {
            o = c.opdId();
        }
        return new Filter(o, diminta.unit(), diminta.jabatan());
    }

    /** The page: the selection, and the matrix ({@link #UKURAN_HALAMAN} rows a page) once something is selected. */
    public HalamanMatriks halaman(Cakupan c, Filter diminta, @Nullable Integer nomor) {
        Filter f = filter(c, diminta);
        Pilihan p = pilihan(c, f);
        return new HalamanMatriks(
                p, f.kosong() ? null : hitung(c, f, new Permintaan(nomor == null ? 0 : nomor, UKURAN_HALAMAN)));
    }

    /** Rows a page of the matrix page. */
    public static final int UKURAN_HALAMAN = 50;

    /** The selects of the selection for {@code f} as given (htmx, when the OPD or unit changes). */
    public Pilihan pilihan(Cakupan c, Filter f) {
        filter(c, f);
        List<UnitPilihan> unit = new ArrayList<>();
        List<JabatanRingkas> jabatan = new ArrayList<>();
        Long unitTerpilih = null;
        Long jabatanTerpilih = null;
        boolean jabatanTerlaluBanyak = false;
        if (f.opd() != null) {
            List<UnitRingkas> daftar = organisasi.unitOpd(c, f.opd());
            Map<Long, Integer> kedalaman = new HashMap<>();
            for (UnitRingkas u : daftar) {
                int d = u.indukId() == null ? 0 : kedalaman.getOrDefault(u.indukId(), -1) + 1;
                kedalaman.put(u.id(), d);
                unit.add(new UnitPilihan(u.id(), "\u00a0\u00a0\u00a0".repeat(Math.max(0, d)) + u.nama()));
            }
            if (f.unit() != null && kedalaman.containsKey(f.unit())) {
                unitTerpilih = f.unit();
            }
            Set<Long> subpohon = unitTerpilih == null ? null : subpohon(daftar, unitTerpilih);
            List<JabatanRingkas> aktif = organisasi.jabatanOpd(c, f.opd()).stream()
                    .filter(JabatanRingkas::aktif)
                    .filter(j -> subpohon == null || subpohon.contains(j.unitId()))
                    .sorted(Comparator.comparing(JabatanRingkas::nama).thenComparing(JabatanRingkas::kode))
                    .toList();
            Long dipilih = f.jabatan();
            if (dipilih != null && aktif.stream().anyMatch(j -> j.id() == dipilih)) {
                jabatanTerpilih = dipilih;
            }
            if (aktif.size() > MAKS_PILIHAN_JABATAN) {
                jabatanTerlaluBanyak = true;
                aktif.stream()
                        .filter(j -> j.id() == (dipilih == null ? -1 : dipilih))
                        .forEach(jabatan::add);
            } else {
                jabatan.addAll(aktif);
            }
        }
        return new Pilihan(
                f, organisasi.semuaOpd(c), unit, jabatan, unitTerpilih, jabatanTerpilih, jabatanTerlaluBanyak);
    }

    private static Set<Long> subpohon(List<UnitRingkas> daftar, long akar) {
        Set<Long> hasil = new HashSet<>();
        hasil.add(akar);
        // Tree order: parents come before their children.
        for (UnitRingkas u : daftar) {
            if (u.indukId() != null && hasil.contains(u.indukId())) {
                hasil.add(u.id());
            }
        }
        return hasil;
    }

    /**
     * The matrix of the selection ({@link #filter the rule}), paged; the summary covers every employee selected.
     *
     * @throws ValidasiException on {@code opd} when nothing is selected (the page asks to choose)
     */
    public Matriks matriks(Cakupan c, Filter diminta, Permintaan halaman) {
        Filter f = filter(c, diminta);
        if (f.kosong()) {
            throw new ValidasiException("opd", "asesmenui.matriks.pilih-filter");
        }
        return hitung(c, f, halaman);
    }

    /**
     * The export: the columns of the selection, then every row, to the consumer {@code tujuan} makes for those
     * columns.
     */
    public void ekspor(Cakupan c, Filter diminta, Function<List<Kolom>, Consumer<Baris>> tujuan) {
        Filter f = filter(c, diminta);
        Consumer<Baris> baris = tujuan.apply(hitung(c, f, new Permintaan(0, 1)).kolom());
        semuaBaris(c, f, baris);
    }

    private Matriks hitung(Cakupan c, Filter f, Permintaan halaman) {
        Map<String, Object> param = new HashMap<>();
        String where = where(c, f, param);
        String kunci = where + new java.util.TreeMap<>(param);
        Ringkasan r = ringkasan.get(kunci);
        if (r == null || System.nanoTime() - r.dibuatNanos() > umurRingkasanNanos) {
            long gen = generasi.get();
            r = hitungRingkasan(where, param);
            if (umurRingkasanNanos > 0 && generasi.get() == gen) {
                ringkasan.put(kunci, r);
                if (resep.size() < 500) {
                    resep.putIfAbsent(kunci, new Resep(where, Map.copyOf(param)));
                }
            }
        }
        List<Baris> baris = baris(where, param, halaman);
        return new Matriks(r.kolom(), baris, r.distribusi(), r.jumlah(), halaman.nomor(), halaman.ukuran());
    }

    private Ringkasan hitungRingkasan(String where, Map<String, Object> param) {
        long jumlah = jdbc.sql("SELECT count(*) FROM pegawai.v_pegawai p WHERE " + where)
                .params(param)
                .query(Long.class)
                .single();
        // The plans are generic (plan_cache_mode), so PostgreSQL cannot tell a unit of 300 from an OPD of 48,000 and
        // hashes all of level_terkini either way. Small selections look their levels up by primary key instead
        // (measured with 60,000 pegawai: 305 employees 410 -> 70 ms, 7,500 employees 650 -> 450 ms); large ones keep
        // the hash join, which is faster there.
        String levelJoin = jumlah <= BATAS_CARI_INDEKS
                ? "LEFT JOIN LATERAL (SELECT l.level FROM asesmen.level_terkini l WHERE l.nip = p.nip "
                        + "AND l.kompetensi_kode = jk.kompetensi_kode OFFSET 0) lt ON true"
                : "LEFT JOIN asesmen.level_terkini lt ON lt.nip = p.nip AND lt.kompetensi_kode = jk.kompetensi_kode";
        Map<String, KompetensiRingkas> k = kamus.semua();
        List<Kolom> kolom = new ArrayList<>();
        Map<KategoriJpm, Long> distribusi = new EnumMap<>(KategoriJpm.class);
        for (KategoriJpm kat : KategoriJpm.values()) {
            distribusi.put(kat, 0L);
        }
        BatasJpm batasJpm = aturanJpm.hariIni().batas();
        // One pass over employee × required competency (the expensive join) for both summaries: per competency
        // (required, met, mean gap) and per employee (JPM band), as two grouping sets.
        jdbc.sql("""
                        WITH g AS (
                          SELECT jk.kompetensi_kode AS kode, GROUPING(p.nip) AS per_kode, count(*) AS wajib,
                                 count(*) FILTER (WHERE coalesce(lt.level, 0) >= jk.level) AS memenuhi,
                                 sum(greatest(0, jk.level - coalesce(lt.level, 0))) AS gap,
                                 sum(least(coalesce(lt.level, 0), jk.level)) AS capaian, sum(jk.level) AS standar
                          FROM pegawai.v_pegawai p
                          JOIN organisasi.v_standar_kompetensi jk ON jk.jabatan_id = p.jabatan_id
                          """ + levelJoin + " WHERE " + where + """
                           GROUP BY GROUPING SETS ((p.nip), (jk.kompetensi_kode)))
                        SELECT kode, wajib, memenuhi, round(gap::numeric / wajib, 2) FROM g WHERE per_kode = 1
                        UNION ALL
                        SELECT NULL, count(*) FILTER (WHERE capaian * 100 >= :bOpt * standar),
                               count(*) FILTER (WHERE capaian * 100 < :bOpt * standar AND capaian * 100 >= :bCukup * standar),
                               count(*) FILTER (WHERE capaian * 100 < :bCukup * standar)
                        FROM g WHERE per_kode = 0""")
                .params(param)
                .param("bOpt", batasJpm.optimal())
                .param("bCukup", batasJpm.cukupOptimal())
                .query((java.sql.ResultSet rs) -> {
                    String kode = rs.getString(1);
                    if (kode == null) {
                        distribusi.put(KategoriJpm.OPTIMAL, rs.getLong(2));
                        distribusi.put(KategoriJpm.CUKUP_OPTIMAL, rs.getLong(3));
                        distribusi.put(KategoriJpm.KURANG_OPTIMAL, rs.getLong(4));
                    } else {
                        KompetensiRingkas kr = k.get(kode);
                        kolom.add(new Kolom(
                                kode,
                                kr == null ? kode : kr.nama(),
                                kr == null ? "TEKNIS" : kr.jenis().name(),
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getBigDecimal(4)));
                    }
                });
        kolom.sort(Comparator.comparingInt((Kolom x) -> urutanJenis(x.jenis())).thenComparing(Kolom::kode));
        return new Ringkasan(
                List.copyOf(kolom),
                java.util.Collections.unmodifiableMap(new EnumMap<>(distribusi)),
                jumlah,
                System.nanoTime());
    }

    /**
     * Every row of the selection (for the export), in pages of {@link Permintaan#UKURAN_MAKS} rows, each page after the
     * last row of the previous one (keyset), so a whole Pemda does not sort the selection once per page.
     */
    private void semuaBaris(Cakupan c, Filter f, Consumer<Baris> tujuan) {
        Map<String, Object> param = new HashMap<>();
        String where = where(c, f, param);
        Permintaan halaman = new Permintaan(0, Permintaan.UKURAN_MAKS);
        List<Baris> b = baris(where, param, halaman);
        while (!b.isEmpty()) {
            b.forEach(tujuan);
            if (b.size() < halaman.ukuran()) {
                break;
            }
            String nipAkhir = b.get(b.size() - 1).nip();
            Map<String, Object> lanjut = new HashMap<>(param);
            lanjut.put("kNip", nipAkhir);
            lanjut.put(
                    "kNama",
                    jdbc.sql("SELECT nama FROM pegawai.v_pegawai WHERE nip = ?")
                            .param(nipAkhir)
                            .query(String.class)
                            .single());
            b = baris(where + " AND (p.nama, p.nip) > (:kNama, :kNip)", lanjut, halaman);
        }
    }

    private List<Baris> baris(String where, Map<String, Object> param, Permintaan halaman) {
        record Kepala(
                String nip,
                String nama,
                @Nullable String jabatanNama,
                @Nullable Integer kelas) {}
        List<Kepala> kepala = jdbc.sql("""
                        WITH pg AS (SELECT p.nip, p.nama, p.gelar_depan, p.gelar_belakang, p.jabatan_id
                                    FROM pegawai.v_pegawai p WHERE\s""" + where + """
                         ORDER BY p.nama, p.nip LIMIT :lim OFFSET :off)
                        SELECT pg.nip, pg.nama, pg.gelar_depan, pg.gelar_belakang, j.nama, j.kelas
                        FROM pg LEFT JOIN organisasi.v_jabatan j ON j.id = pg.jabatan_id ORDER BY pg.nama, pg.nip""")
                .params(param)
                .param("lim", halaman.ukuran())
                .param("off", halaman.offset())
                .query((rs, i) -> new Kepala(
                        rs.getString(1),
                        (rs.getString(3) == null ? "" : rs.getString(3) + " ")
                                + rs.getString(2)
                                + (rs.getString(4) == null ? "" : ", " + rs.getString(4)),
                        rs.getString(5),
                        rs.getObject(6, Integer.class)))
                .list();
        if (kepala.isEmpty()) {
            return List.of();
        }
        String[] nips = kepala.stream().map(Kepala::nip).toArray(String[]::new);
        Map<String, Map<String, Integer>> standar = new HashMap<>();
        jdbc.sql("""
                        SELECT p.nip, jk.kompetensi_kode, jk.level FROM pegawai.v_pegawai p
                        JOIN organisasi.v_standar_kompetensi jk ON jk.jabatan_id = p.jabatan_id
                        WHERE p.nip = ANY (:nips)""").param("nips", nips).query((java.sql.ResultSet rs) -> {
            standar.computeIfAbsent(rs.getString(1), x -> new HashMap<>()).put(rs.getString(2), rs.getInt(3));
        });
        Map<String, Map<String, Integer>> saatIni = new HashMap<>();
        jdbc.sql("SELECT nip, kompetensi_kode, level FROM asesmen.level_terkini WHERE nip = ANY (:nips)")
                .param("nips", nips)
                .query((java.sql.ResultSet rs) -> {
                    saatIni.computeIfAbsent(rs.getString(1), x -> new HashMap<>())
                            .put(rs.getString(2), rs.getInt(3));
                });
        List<Baris> hasil = new ArrayList<>(kepala.size());
        BatasJpm batas = aturanJpm.hariIni().batas();
        for (Kepala p : kepala) {
            Map<String, Integer> s = standar.getOrDefault(p.nip(), Map.of());
            Map<String, Integer> l = saatIni.getOrDefault(p.nip(), Map.of());
            Map<String, Sel> sel = new LinkedHashMap<>();
            long capaian = 0;
            long jumlahStandar = 0;
            for (var e : s.entrySet()) {
                int nilai = l.getOrDefault(e.getKey(), 0);
                capaian += Math.min(nilai, e.getValue());
                jumlahStandar += e.getValue();
                sel.put(e.getKey(), new Sel(e.getValue(), l.get(e.getKey())));
            }
            for (var e : l.entrySet()) {
                sel.putIfAbsent(e.getKey(), new Sel(null, e.getValue()));
            }
            BigDecimal jpm = s.isEmpty() ? null : AsesmenQuery.persen(capaian, jumlahStandar);
            hasil.add(new Baris(
                    p.nip(), p.nama(), p.jabatanNama(), p.kelas(), jpm, jpm == null ? null : batas.kategori(jpm), sel));
        }
        return hasil;
    }

    private static String where(Cakupan c, Filter f, Map<String, Object> param) {
        List<String> syarat = new ArrayList<>();
        syarat.add("p.aktif");
        syarat.add(AsesmenQuery.predikat(c, param));
        if (f.opd() != null) {
            syarat.add("p.opd_id = :mOpd");
            param.put("mOpd", f.opd());
        }
        if (f.unit() != null) {
            // The unit and every unit below it.
            syarat.add("p.unit_id IN (SELECT t.id FROM organisasi.unit_dan_bawahannya(:mUnit) t)");
            param.put("mUnit", f.unit());
        }
        if (f.jabatan() != null) {
            syarat.add("p.jabatan_id = :mJab");
            param.put("mJab", f.jabatan());
        }
        return String.join(" AND ", syarat);
    }

    private static int urutanJenis(String jenis) {
        return switch (jenis) {
            case "MANAJERIAL" -> 0;
            case "SOSIAL_KULTURAL" -> 1;
            default -> 2;
        };
    }
}
