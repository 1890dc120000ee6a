package id.aparatur.organisasi.application;

import id.aparatur.audit.DataDiubah;
import id.aparatur.kompetensi.JenisKompetensi;
import id.aparatur.kompetensi.KamusKompetensi;
import id.aparatur.kompetensi.KompetensiRingkas;
import id.aparatur.kompetensi.StandarLevel;
import id.aparatur.organisasi.JenisJabatan;
import id.aparatur.organisasi.Jenjang;
import id.aparatur.organisasi.domain.AturanJabatan;
import id.aparatur.organisasi.domain.Jabatan;
import id.aparatur.organisasi.domain.Pelanggaran;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases that change the position catalogue. Only ADMIN_BKD (Anjab is BKD's product; OPD propose). Every change
 * is validated by {@link AturanJabatan} and recorded in the audit trail in the same transaction.
 */
@Service
@Transactional
public class PengelolaanJabatan {

    private final JabatanRepository repo;
    private final KamusKompetensi kamus;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PengelolaanJabatan(
            JabatanRepository repo,
            KamusKompetensi kamus,
            JdbcClient jdbc,
            ApplicationEventPublisher events,
            Clock clock) {
        this.repo = repo;
        this.kamus = kamus;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Jabatan buat(Jabatan baru) {
        periksa(baru, Set.of(), -1);
        long id = repo.tambah(baru);
        Jabatan hasil = repo.cari(id).orElseThrow();
        events.publishEvent(new DataDiubah(
                "JABATAN", String.valueOf(id), "BUAT", hasil.opdId(), "Jabatan dibuat: " + hasil.nama(), null, hasil));
        return hasil;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Jabatan ubah(long id, Jabatan perubahan) {
        Jabatan lama = repo.cari(id).orElseThrow(() -> new DataTidakDitemukanException("Jabatan", id));
        Jabatan baru = new Jabatan(
                id,
                perubahan.opdId(),
                perubahan.unitId(),
                perubahan.kode(),
                perubahan.nama(),
                perubahan.jenisJabatan(),
                perubahan.jenjang(),
                perubahan.kelas(),
                perubahan.rumpun(),
                perubahan.kuota(),
                perubahan.ikhtisar(),
                perubahan.uraianTugas(),
                perubahan.hasilKerja(),
                perubahan.standarKinerjaProduk(),
                perubahan.standarKinerjaPerilaku(),
                perubahan.korelasi(),
                perubahan.sasaranOpdId(),
                perubahan.syaratPendidikan(),
                perubahan.syaratPangkatMinimal(),
                perubahan.syaratPengalaman(),
                perubahan.standarKompetensi(),
                lama.aktif(),
                perubahan.versi(),
                perubahan.kodeJf());
        periksa(baru, kodeSkj(lama), id);
        repo.ubah(baru);
        Jabatan hasil = repo.cari(id).orElseThrow();
        events.publishEvent(new DataDiubah(
                "JABATAN", String.valueOf(id), "UBAH", hasil.opdId(), "Jabatan diubah: " + hasil.nama(), lama, hasil));
        return hasil;
    }

    /**
     * A new position from the Anjab form: its OPD is the OPD of its unit, and it starts with the default SKJ of its
     * jenis and jenjang ({@link #skjBaku}); BKD then edits the SKJ on its own editor.
     *
     * @param dariForm the form's data (its OPD and SKJ are ignored)
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Jabatan buatDariForm(Jabatan dariForm) {
        Long opd = jdbc.sql("SELECT opd_id FROM organisasi.unit WHERE id = ?")
                .param(dariForm.unitId())
                .query(Long.class)
                .optional()
                .orElse(-1L);
        List<Jabatan.StandarKompetensi> skj = skjBaku(dariForm.jenisJabatan(), dariForm.jenjang());
        return buat(new Jabatan(
                null,
                opd,
                dariForm.unitId(),
                dariForm.kode(),
                dariForm.nama(),
                dariForm.jenisJabatan(),
                dariForm.jenjang(),
                dariForm.kelas(),
                dariForm.rumpun(),
                dariForm.kuota(),
                dariForm.ikhtisar(),
                dariForm.uraianTugas(),
                dariForm.hasilKerja(),
                dariForm.standarKinerjaProduk(),
                dariForm.standarKinerjaPerilaku(),
                List.of(),
                dariForm.sasaranOpdId(),
                dariForm.syaratPendidikan(),
                dariForm.syaratPangkatMinimal(),
                dariForm.syaratPengalaman(),
                skj,
                true,
                dariForm.versi(),
                dariForm.kodeJf()));
    }

    /**
     * The Anjab form of an existing position: its OPD, SKJ and korelasi stay as stored (they have their own editors).
     */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Jabatan ubahDariForm(long id, Jabatan dariForm) {
        Jabatan lama = repo.cari(id).orElseThrow(() -> new DataTidakDitemukanException("Jabatan", id));
        return ubah(
                id,
                new Jabatan(
                        id,
                        lama.opdId(),
                        dariForm.unitId(),
                        dariForm.kode(),
                        dariForm.nama(),
                        dariForm.jenisJabatan(),
                        dariForm.jenjang(),
                        dariForm.kelas(),
                        dariForm.rumpun(),
                        dariForm.kuota(),
                        dariForm.ikhtisar(),
                        dariForm.uraianTugas(),
                        dariForm.hasilKerja(),
                        dariForm.standarKinerjaProduk(),
                        dariForm.standarKinerjaPerilaku(),
                        lama.korelasi(),
                        dariForm.sasaranOpdId(),
                        dariForm.syaratPendidikan(),
                        dariForm.syaratPangkatMinimal(),
                        dariForm.syaratPengalaman(),
                        lama.standarKompetensi(),
                        lama.aktif(),
                        dariForm.versi(),
                        dariForm.kodeJf()));
    }

    /** Replaces the SKJ of a position (optimistic locking on {@code versi}). */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Jabatan ubahSkj(long id, List<Jabatan.StandarKompetensi> skj, int versi) {
        Jabatan lama = repo.cari(id).orElseThrow(() -> new DataTidakDitemukanException("Jabatan", id));
        List<Pelanggaran> p = AturanJabatan.periksaSkj(skj, kamus.semua(), kodeSkj(lama), LocalDate.now(clock));
        if (!p.isEmpty()) {
            throw galat(p);
        }
        Jabatan baru = new Jabatan(
                lama.id(),
                lama.opdId(),
                lama.unitId(),
                lama.kode(),
                lama.nama(),
                lama.jenisJabatan(),
                lama.jenjang(),
                lama.kelas(),
                lama.rumpun(),
                lama.kuota(),
                lama.ikhtisar(),
                lama.uraianTugas(),
                lama.hasilKerja(),
                lama.standarKinerjaProduk(),
                lama.standarKinerjaPerilaku(),
                lama.korelasi(),
                lama.sasaranOpdId(),
                lama.syaratPendidikan(),
                lama.syaratPangkatMinimal(),
                lama.syaratPengalaman(),
                skj,
                lama.aktif(),
                versi,
                lama.kodeJf());
        repo.ubah(baru);
        Jabatan hasil = repo.cari(id).orElseThrow();
        events.publishEvent(new DataDiubah(
                "JABATAN",
                String.valueOf(id),
                "UBAH",
                hasil.opdId(),
                "SKJ diubah: " + hasil.nama() + " (" + ringkasSkj(lama.standarKompetensi()) + " → "
                        + ringkasSkj(hasil.standarKompetensi()) + ")",
                lama.standarKompetensi(),
                hasil.standarKompetensi()));
        return hasil;
    }

    /** Deactivates a position (never deleted: holders' history keeps pointing at it). */
    @PreAuthorize("hasRole('ADMIN_BKD')")
    public Jabatan nonaktifkan(long id, String alasan, int versi) {
        if (alasan == null || alasan.isBlank()) {
            throw new ValidasiException("alasan", "NotBlank");
        }
        Jabatan lama = repo.cari(id).orElseThrow(() -> new DataTidakDitemukanException("Jabatan", id));
        Jabatan baru = lama.nonaktif().denganIdDanVersi(id, versi);
        repo.ubah(baru);
        Jabatan hasil = repo.cari(id).orElseThrow();
        events.publishEvent(new DataDiubah(
                "JABATAN",
                String.valueOf(id),
                "NONAKTIFKAN",
                hasil.opdId(),
                "Jabatan dinonaktifkan: " + hasil.nama() + ". Alasan: " + alasan,
                lama,
                hasil));
        return hasil;
    }

    /**
     * The default SKJ for a new position: every managerial and sosial-kultural competency in force today at the level
     * of the effective-dated table (PermenPANRB 38/2017 Lampiran), equal weights. Technical lines are added by BKD.
     */
    @Transactional(readOnly = true)
    public List<Jabatan.StandarKompetensi> skjBaku(JenisJabatan jenis, @Nullable Jenjang jenjang) {
        LocalDate hari = LocalDate.now(clock);
        StandarLevel std = kamus.standarLevel(jenis.name(), jenjang == null ? null : jenjang.name(), hari)
                .orElse(null);
        List<KompetensiRingkas> dasar = kamus.berlaku(hari).stream()
                .filter(k -> k.jenis() != JenisKompetensi.TEKNIS)
                .toList();
        List<Jabatan.StandarKompetensi> hasil = new ArrayList<>();
        for (KompetensiRingkas k : dasar) {
            int level = std == null
                    ? 1
                    : k.jenis() == JenisKompetensi.MANAJERIAL ? std.levelManajerial() : std.levelSosialKultural();
            hasil.add(new Jabatan.StandarKompetensi(k.kode(), level, BigDecimal.TEN));
        }
        return hasil;
    }

    private void periksa(Jabatan j, Set<String> kodeSkjLama, long id) {
        Map<String, KompetensiRingkas> semua = kamus.semua();
        List<Pelanggaran> p = new ArrayList<>(
                AturanJabatan.periksa(j, semua, kamus.rumpun().keySet(), kodeSkjLama, LocalDate.now(clock)));
        Long opdUnit = jdbc.sql("SELECT opd_id FROM organisasi.unit WHERE id = ?")
                .param(j.unitId())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (opdUnit == null) {
            p.add(new Pelanggaran("unitId", "jabatan.unit.tidak-dikenal"));
        } else if (opdUnit != j.opdId()) {
            p.add(new Pelanggaran("unitId", "jabatan.unit.beda-opd"));
        }
        if (j.sasaranOpdId() != null) {
            Long opdSasaran = jdbc.sql("SELECT opd_id FROM organisasi.sasaran_opd WHERE id = ?")
                    .param(j.sasaranOpdId())
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (opdSasaran == null || opdSasaran != j.opdId()) {
                p.add(new Pelanggaran("sasaranOpdId", "jabatan.sasaran.beda-opd"));
            }
        }
        if (!j.korelasi().isEmpty()) {
            Set<Long> ids =
                    j.korelasi().stream().map(Jabatan.Korelasi::jabatanId).collect(Collectors.toSet());
            long ada = jdbc.sql("SELECT count(*) FROM organisasi.jabatan WHERE id IN (:ids)")
                    .param("ids", ids)
                    .query(Long.class)
                    .single();
            if (ada != ids.size() || ids.contains(id)) {
                p.add(new Pelanggaran("korelasi", "jabatan.korelasi.tidak-dikenal"));
            }
        }
        if (!p.isEmpty()) {
            throw galat(p);
        }
        if (repo.kodeDipakai(j.kode(), id)) {
            throw new KonflikException("jabatan.kode.dipakai", "Kode jabatan sudah dipakai: " + j.kode());
        }
    }

    private static ValidasiException galat(List<Pelanggaran> p) {
        return new ValidasiException(p.stream()
                .map(x -> new ValidasiException.Galat(x.field(), x.kodePesan()))
                .toList());
    }

    private static Set<String> kodeSkj(Jabatan j) {
        Set<String> s = new HashSet<>();
        j.standarKompetensi().forEach(x -> s.add(x.kode()));
        return s;
    }

    private static String ringkasSkj(List<Jabatan.StandarKompetensi> skj) {
        return skj.stream().map(s -> s.kode() + ":" + s.level()).collect(Collectors.joining(", "));
    }
}
