package id.aparatur.penempatan.application;

import id.aparatur.audit.DataDiubah;
import id.aparatur.penempatan.application.Cuplikan.JabatanCuplikan;
import id.aparatur.penempatan.application.Cuplikan.PegawaiCuplikan;
import id.aparatur.penempatan.application.Cuplikan.SyaratSkj;
import id.aparatur.penempatan.domain.AlasanPengecualian;
import id.aparatur.penempatan.domain.PengaturanSkenario;
import id.aparatur.penempatan.domain.StatusSkenario;
import id.aparatur.penempatan.domain.StatusUsulan;
import id.aparatur.penempatan.mesin.GarisDasar;
import id.aparatur.penempatan.mesin.HasilOptimasi;
import id.aparatur.penempatan.mesin.Instans;
import id.aparatur.penempatan.mesin.MasalahTidakValidException;
import id.aparatur.penempatan.mesin.MesinPenempatan;
import id.aparatur.penempatan.mesin.PemeriksaSertifikat;
import id.aparatur.penempatan.mesin.Rincian;
import id.aparatur.shared.KonflikException;
import id.aparatur.sistem.Transisi;
import jakarta.annotation.PreDestroy;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * Runs scenarios in the background: one worker thread (the engine uses the CPU fully; two solves at once would only
 * share it) and a small queue ({@code aparatur.penempatan.antrean}, default 5; a full queue answers 409). Progress and
 * state live in the scenario row, so any page (and any server restart) sees them: a scenario left {@code BERJALAN} by
 * a restart is marked {@code GAGAL} at start-up and can be run again. The result is written in one transaction.
 */
@Component
class PelaksanaSkenario {

    private static final Logger LOG = LoggerFactory.getLogger(PelaksanaSkenario.class);

    private final SkenarioRepository repo;
    private final PembangunMasalah pembangun;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final ObjectMapper json;
    private final Clock clock;
    private final ThreadPoolExecutor pool;
    private final ApplicationEventPublisher events;
    /** For {@link #gagal}, which may run in the after-commit callback of the request that started the run. */
    private final TransactionTemplate txBaru;

    PelaksanaSkenario(SkenarioRepository repo, PembangunMasalah pembangun, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
            TransactionTemplate tx, ObjectMapper json, Clock clock, ApplicationEventPublisher events,
            @Value("${aparatur.penempatan.antrean:5}") int antrean) {
        this.events = events;
        this.txBaru = new TransactionTemplate(tx.getTransactionManager());
        txBaru.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.repo = repo;
        this.pembangun = pembangun;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = tx;
        this.json = json;
        this.clock = clock;
        this.pool = new ThreadPoolExecutor(1, 1, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(Math.max(1, antrean)),
                r -> {
                    Thread t = new Thread(r, "skenario-penempatan");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
    }

    @PreDestroy
    void berhenti() {
        pool.shutdownNow();
    }

    /** Scenarios interrupted by a restart cannot be resumed: they fail (audited) and may be run again. */
    @EventListener(ApplicationReadyEvent.class)
    void pulihkan() {
        String pesan = "Terputus karena aplikasi dimulai ulang; jalankan lagi.";
        List<Long> gagal = tx.execute(s -> {
            List<Long> ids = jdbc.sql("UPDATE penempatan.skenario SET status = 'GAGAL', pesan_galat = ?, "
                    + "versi = versi + 1 WHERE status = 'BERJALAN' RETURNING id").param(pesan).query(Long.class).list();
            ids.forEach(id -> audit(id, "GAGAL", pesan));
            return ids;
        });
        if (gagal != null && !gagal.isEmpty()) {
            LOG.warn("{} skenario penempatan yang terputus ditandai GAGAL", gagal.size());
        }
    }

    /** Queues the run of a scenario already marked {@code BERJALAN} by the caller (after its transaction commits). */
    void kirim(long id) {
        try {
            pool.execute(() -> jalankan(id));
        } catch (RejectedExecutionException e) {
            gagal(id, "Antrean skenario penuh; coba lagi nanti.");
            throw new KonflikException("penempatan.antrean-penuh", "Antrean skenario penuh");
        }
    }

    void jalankan(long id) {
        try {
            repo.progres(id, 5, "MEMUAT");
            PengaturanSkenario p = repo.pengaturan(id);
            Cuplikan c = pembangun.bangun(p, LocalDate.now(clock));
            repo.progres(id, 30, "MENYELESAIKAN");
            Instans in = Instans.kompilasi(c.masalah());
            HasilOptimasi h = MesinPenempatan.selesaikan(in);
            repo.progres(id, 75, "MENYIMPAN");
            tx.executeWithoutResult(s -> simpan(id, c, in, h));
        } catch (MasalahTidakValidException e) {
            gagal(id, e.galat().stream().limit(20).map(g -> g.lokasi() + ": " + g.pesan())
                    .collect(Collectors.joining("\n")));
        } catch (PembangunMasalah.AturanTidakBerlakuException e) {
            gagal(id, e.getMessage());
        } catch (RuntimeException | Error e) {
            LOG.error("Skenario penempatan {} gagal", id, e);
            gagal(id, e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    /** A run that failed: GAGAL and audited, if the scenario is still running (nothing else moved it meanwhile). */
    private void gagal(long id, @Nullable String pesan) {
        String teks = pesan == null ? "" : pesan.length() > 4000 ? pesan.substring(0, 4000) : pesan;
        txBaru.executeWithoutResult(s -> {
            int n = jdbc.sql("""
                            UPDATE penempatan.skenario SET status = 'GAGAL', pesan_galat = ?, selesai_pada = ?,
                              progres = 100, tahap = NULL, versi = versi + 1
                            WHERE id = ? AND status = 'BERJALAN'""")
                    .params(teks, OffsetDateTime.now(clock), id)
                    .update();
            if (n == 1) {
                audit(id, "GAGAL", teks);
            }
        });
    }

    /** The outcome of a run, audited as the system (the run has no user; who started it is in the JALANKAN row). */
    private void audit(long id, String aksi, String keterangan) {
        String r = "Skenario penempatan " + id + " " + aksi.toLowerCase(java.util.Locale.ROOT) + ": " + keterangan;
        events.publishEvent(new DataDiubah("SKENARIO_PENEMPATAN", String.valueOf(id), aksi, null,
                r.length() > 500 ? r.substring(0, 500) : r, Map.of("status", "BERJALAN"), Map.of("status", aksi)));
    }

    /** One result row of the usulan table, before writing. */
    private record Baris(PegawaiCuplikan e, StatusUsulan status, @Nullable AlasanPengecualian alasan,
            @Nullable JabatanCuplikan usulan, @Nullable Long biaya, @Nullable Rincian rincian, @Nullable Long biayaAsal,
            @Nullable Long kesenjanganAsal, @Nullable Kecocokan asal, @Nullable Kecocokan baru, @Nullable Long potensial) {}

    private void simpan(long id, Cuplikan c, Instans in, HasilOptimasi h) {
        List<Baris> baris = new ArrayList<>();
        int[] terisi = new int[c.jabatan().size()];
        for (int e = 0; e < c.peserta().size(); e++) {
            PegawaiCuplikan pc = c.peserta().get(e);
            int j = h.penempatan()[e];
            int asal = in.jabatanSaatIni(e);
            Long biayaAsal = asal >= 0 ? in.biaya(e, asal) : null;
            Long kesAsal = asal >= 0 ? in.rincian(e, asal).kesenjangan() : null;
            Kecocokan kAsal = pc.jabatanId() == null ? null : Kecocokan.hitung(skj(c, pc.jabatanId()), pc.kompetensi());
            if (j >= 0) {
                terisi[j]++;
                JabatanCuplikan jc = c.jabatan().get(j);
                baris.add(new Baris(pc, StatusUsulan.DITEMPATKAN, null, jc, h.biaya()[e], in.rincian(e, j), biayaAsal,
                        kesAsal, kAsal, Kecocokan.hitung(skj(c, jc.id()), pc.kompetensi()), h.potensialPegawai()[e]));
            } else if (j == HasilOptimasi.TIDAK_DITEMPATKAN) {
                baris.add(new Baris(pc, StatusUsulan.TIDAK_DITEMPATKAN, null, null, h.biaya()[e], null, biayaAsal,
                        kesAsal, kAsal, null, h.potensialPegawai()[e]));
            } else {
                baris.add(new Baris(pc, StatusUsulan.DIKECUALIKAN, AlasanPengecualian.MANUAL, null, null, null, null,
                        null, kAsal, null, null));
            }
        }
        for (PegawaiCuplikan pc : c.dikecualikan()) {
            Kecocokan kAsal = pc.jabatanId() == null ? null : Kecocokan.hitung(skj(c, pc.jabatanId()), pc.kompetensi());
            baris.add(new Baris(pc, StatusUsulan.DIKECUALIKAN, pc.alasan(), null, null, null, null, null, kAsal, null,
                    null));
        }
        tulisUsulan(id, baris);
        tulisJabatan(id, c);

        int lowongan = 0;
        for (int j = 0; j < c.jabatan().size(); j++) {
            if (!c.jabatan().get(j).dikecualikan()) {
                lowongan += Math.max(0, c.jabatan().get(j).kuotaEfektif() - terisi[j]);
            }
        }
        Ringkasan r = ringkas(baris, lowongan, GarisDasar.statusQuo(in).totalBiaya(),
                GarisDasar.serakah(in).totalBiaya());
        // The solver's own claim (dual = primal) and the independent checker over every allowed pair.
        PemeriksaSertifikat.Putusan putusan = PemeriksaSertifikat.periksa(h);
        boolean sah = h.nilaiDual() == h.totalBiaya() && putusan.sah() && putusan.totalBiaya() == h.totalBiaya();
        if (!sah) {
            LOG.error("Sertifikat skenario {} tidak sah: {}", id, putusan.pelanggaran());
        }
        // Still running (a restart may have failed it meanwhile): otherwise the rows above are rolled back.
        Transisi.ubah(jdbc, "penempatan.skenario", id)
                .set("""
                        status = 'SELESAI', progres = 100, tahap = NULL, pesan_galat = NULL, selesai_pada = :kini,
                        jumlah_pegawai = :pegawai, jumlah_jabatan = :jabatan, total_biaya = :total, nilai_dual = :dual,
                        sertifikat_sah = :sah, ringkasan = CAST(:ringkasan AS jsonb),
                        statistik = CAST(:statistik AS jsonb), versi = versi + 1""")
                .param("kini", OffsetDateTime.now(clock)).param("pegawai", c.peserta().size())
                .param("jabatan", c.jabatan().size()).param("total", h.totalBiaya()).param("dual", h.nilaiDual())
                .param("sah", sah).param("ringkasan", json.writeValueAsString(r))
                .param("statistik", json.writeValueAsString(h.statistik()))
                .dari(StatusSkenario.BERJALAN)
                .jalankan("Skenario", "galat.409.versi", "Skenario " + id + " tidak lagi berjalan");
        audit(id, "SELESAI", r.ditempatkan() + " dari " + r.peserta() + " pegawai ditempatkan, total biaya "
                + h.totalBiaya() + (sah ? ", sertifikat optimalitas sah" : ", sertifikat optimalitas TIDAK sah"));
    }

    private static List<SyaratSkj> skj(Cuplikan c, long jabatanId) {
        return c.skj().getOrDefault(jabatanId, List.of());
    }

    private Ringkasan ringkas(List<Baris> baris, int lowongan, long biayaStatusQuo, long biayaSerakah) {
        int peserta = 0;
        int ditempatkan = 0;
        int tidak = 0;
        int pindah = 0;
        int tetap = 0;
        int samaKelas = 0;
        int naik = 0;
        int turun = 0;
        int kurang = 0;
        long kesSebelum = 0;
        long kesSesudah = 0;
        long gapSebelum = 0;
        long gapSesudah = 0;
        BigDecimal jumlahJpmSebelum = BigDecimal.ZERO;
        int nJpmSebelum = 0;
        BigDecimal jumlahJpmSesudah = BigDecimal.ZERO;
        int nJpmSesudah = 0;
        Integer[] sebelum = new Integer[12];
        Integer[] sesudah = new Integer[12];
        Arrays.fill(sebelum, 0);
        Arrays.fill(sesudah, 0);
        Map<String, Integer> dikecualikan = new LinkedHashMap<>();
        for (Baris b : baris) {
            if (b.status() == StatusUsulan.DIKECUALIKAN) {
                dikecualikan.merge(String.valueOf(b.alasan()), 1, Integer::sum);
                continue;
            }
            peserta++;
            if (b.asal() != null) {
                sebelum[Kecocokan.pita(b.asal().jpm())]++;
                jumlahJpmSebelum = jumlahJpmSebelum.add(b.asal().jpm());
                nJpmSebelum++;
                gapSebelum += b.asal().gapLevel();
            } else {
                sebelum[11]++;
            }
            if (b.kesenjanganAsal() != null) {
                kesSebelum += b.kesenjanganAsal();
            }
            if (b.status() == StatusUsulan.TIDAK_DITEMPATKAN) {
                tidak++;
                sesudah[11]++;
                continue;
            }
            ditempatkan++;
            JabatanCuplikan u = b.usulan();
            if (u.id() == (b.e().jabatanId() == null ? -1 : b.e().jabatanId())) {
                tetap++;
            } else {
                pindah++;
            }
            if (u.kelas() == b.e().kelas()) {
                samaKelas++;
            } else if (u.kelas() > b.e().kelas()) {
                naik++;
            } else {
                turun++;
            }
            if (b.rincian().kesenjangan() > 0) {
                kurang++;
            }
            kesSesudah += b.rincian().kesenjangan();
            gapSesudah += b.baru().gapLevel();
            sesudah[Kecocokan.pita(b.baru().jpm())]++;
            jumlahJpmSesudah = jumlahJpmSesudah.add(b.baru().jpm());
            nJpmSesudah++;
        }
        return new Ringkasan(peserta, dikecualikan, ditempatkan, tidak, pindah, tetap, samaKelas, naik, turun, kurang,
                lowongan, kesSebelum, kesSesudah, gapSebelum, gapSesudah, rata(jumlahJpmSebelum, nJpmSebelum),
                rata(jumlahJpmSesudah, nJpmSesudah), List.of(sebelum), List.of(sesudah), biayaStatusQuo, biayaSerakah);
    }

    private static BigDecimal rata(BigDecimal jumlah, int n) {
        return n == 0 ? BigDecimal.ZERO : jumlah.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP);
    }

    private void tulisUsulan(long id, List<Baris> baris) {
        for (int mulai = 0; mulai < baris.size(); mulai += 1000) {
            List<Baris> potong = baris.subList(mulai, Math.min(baris.size(), mulai + 1000));
            jdbcTemplate.batchUpdate("""
                    INSERT INTO penempatan.usulan (skenario_id, nip, status, alasan_kecuali, dikunci, opd_asal_id,
                      jabatan_asal_id, kelas_asal, jenjang, jabatan_usulan_id, opd_usulan_id, kelas_usulan, biaya,
                      kesenjangan, selisih_kelas, diluar_minat, pindah, biaya_asal, kesenjangan_asal, gap_level_asal,
                      gap_level_usulan, jpm_asal, jpm_usulan, potensial, kompetensi, minat_rumpun)
                    VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,CAST(? AS jsonb),?)""", potong, potong.size(),
                    (ps, b) -> isiUsulan(ps, id, b));
        }
    }

    private void isiUsulan(PreparedStatement ps, long id, Baris b) throws SQLException {
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
        for (int mulai = 0; mulai < semua.size(); mulai += 1000) {
            List<JabatanCuplikan> potong = semua.subList(mulai, Math.min(semua.size(), mulai + 1000));
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
                ps.setString(10, json.writeValueAsString(skj(c, j.id())));
            });
        }
    }
}
