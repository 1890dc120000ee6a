package id.aparatur.organisasi.application;

import id.aparatur.akses.Cakupan;
import id.aparatur.audit.DataDiubah;
import id.aparatur.organisasi.JenisOpd;
import id.aparatur.organisasi.JenisUnit;
import id.aparatur.organisasi.OpdRingkas;
import id.aparatur.organisasi.UnitRingkas;
import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.shared.ValidasiException.Galat;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases that change OPD and units (ADMIN_BKD only), each audited. Nothing is deleted: records are deactivated. */
@Service
@Transactional
public class PengelolaanOrganisasi {

    public record DataOpd(
            String kode, String nama, @Nullable String singkatan, JenisOpd jenis, boolean aktif) {}

    public record DataUnit(
            long opdId,
            @Nullable Long indukId,
            String kode,
            String nama,
            JenisUnit jenis,
            @Nullable Long jabatanKepalaId,
            int urutan,
            boolean aktif) {}

    private static final Cakupan SISTEM =
            new Cakupan("sistem", java.util.Set.of(id.aparatur.akses.Peran.ADMIN_BKD), null, null);

    private final JdbcClient jdbc;
    private final StrukturRepository repo;
    private final OrganisasiQuery query;
    private final ApplicationEventPublisher events;

    PengelolaanOrganisasi(
            JdbcClient jdbc, StrukturRepository repo, OrganisasiQuery query, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.query = query;
        this.events = events;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public OpdRingkas buatOpd(DataOpd d) {
        if (repo.kodeOpdDipakai(d.kode(), -1)) {
            throw new KonflikException("opd.kode.dipakai", "Kode OPD sudah dipakai");
        }
        long id = repo.tambahOpd(d);
        OpdRingkas hasil = query.opd(SISTEM, id).opd();
        events.publishEvent(
                new DataDiubah("OPD", String.valueOf(id), "BUAT", id, "OPD dibuat: " + d.nama(), null, hasil));
        return hasil;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public OpdRingkas ubahOpd(long id, DataOpd d, int versi) {
        OpdRingkas lama = query.opd(SISTEM, id).opd();
        if (repo.kodeOpdDipakai(d.kode(), id)) {
            throw new KonflikException("opd.kode.dipakai", "Kode OPD sudah dipakai");
        }
        repo.ubahOpd(id, d, versi);
        OpdRingkas hasil = query.opd(SISTEM, id).opd();
        events.publishEvent(new DataDiubah(
                "OPD",
                String.valueOf(id),
                lama.aktif() && !d.aktif() ? "NONAKTIFKAN" : "UBAH",
                id,
                "OPD diubah: " + d.nama(),
                lama,
                hasil));
        return hasil;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public UnitRingkas buatUnit(DataUnit d) {
        periksaUnit(null, d);
        long id = repo.tambahUnit(d);
        UnitRingkas hasil = query.unit(SISTEM, id);
        events.publishEvent(
                new DataDiubah("UNIT", String.valueOf(id), "BUAT", d.opdId(), "Unit dibuat: " + d.nama(), null, hasil));
        return hasil;
    }

    @PreAuthorize("hasRole('ADMIN_BKD')")
    public UnitRingkas ubahUnit(long id, DataUnit d, int versi) {
        UnitRingkas lama = query.unit(SISTEM, id);
        periksaUnit(id, d);
        repo.ubahUnit(id, d, versi);
        UnitRingkas hasil = query.unit(SISTEM, id);
        events.publishEvent(new DataDiubah(
                "UNIT",
                String.valueOf(id),
                lama.aktif() && !d.aktif() ? "NONAKTIFKAN" : "UBAH",
                d.opdId(),
                "Unit diubah: " + d.nama(),
                lama,
                hasil));
        return hasil;
    }

    public int versiUnit(long id) {
        return repo.versiUnit(id).orElseThrow(() -> new DataTidakDitemukanException("Unit", id));
    }

    private void periksaUnit(@Nullable Long id, DataUnit d) {
        List<Galat> g = new ArrayList<>();
        if (jdbc.sql("SELECT count(*) FROM organisasi.opd WHERE id = ?")
                        .param(d.opdId())
                        .query(Long.class)
                        .single()
                == 0) {
            g.add(new Galat("opdId", "unit.opd.tidak-dikenal"));
        }
        if (d.indukId() != null) {
            Long opdInduk = jdbc.sql("SELECT opd_id FROM organisasi.unit WHERE id = ?")
                    .param(d.indukId())
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (opdInduk == null || opdInduk != d.opdId()) {
                g.add(new Galat("indukId", "unit.induk.beda-opd"));
            } else if (id != null && keturunanAtauDiri(id, d.indukId())) {
                g.add(new Galat("indukId", "unit.induk.siklus"));
            }
        } else if (d.jenis() != JenisUnit.PIMPINAN) {
            g.add(new Galat("indukId", "unit.induk.wajib"));
        }
        if (d.jabatanKepalaId() != null) {
            Long opdJabatan = jdbc.sql("SELECT opd_id FROM organisasi.jabatan WHERE id = ?")
                    .param(d.jabatanKepalaId())
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (opdJabatan == null || opdJabatan != d.opdId()) {
                g.add(new Galat("jabatanKepalaId", "unit.kepala.beda-opd"));
            }
        }
        if (!g.isEmpty()) {
            throw new ValidasiException(g);
        }
        if (repo.kodeUnitDipakai(d.kode(), id == null ? -1L : id)) {
            throw new KonflikException("unit.kode.dipakai", "Kode unit sudah dipakai");
        }
    }

    private boolean keturunanAtauDiri(long unit, long calonInduk) {
        return jdbc.sql("""
                        WITH RECURSIVE t AS (SELECT id FROM organisasi.unit WHERE id = :u
                          UNION ALL SELECT c.id FROM organisasi.unit c JOIN t ON c.induk_id = t.id)
                        SELECT count(*) FROM t WHERE id = :c""")
                        .param("u", unit)
                        .param("c", calonInduk)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
