package id.aparatur.pegawai.application;

import id.aparatur.audit.DataDiubahMassal;
import id.aparatur.pegawai.MutasiBerlaku;
import id.aparatur.pegawai.MutasiDitetapkan;
import id.aparatur.pegawai.MutasiDitetapkan.Mutasi;
import id.aparatur.pegawai.domain.PegawaiRepository;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.ObjectMapper;

/**
 * Applies mutation decisions made elsewhere (penempatan) to the data the pegawai module owns. Runs synchronously inside
 * the publisher's transaction, so the decision and its riwayat entries are committed together or not at all (no event
 * is lost, and no event registry is needed). Every written row is audited.
 */
@Component
class PencatatMutasi {

    private final JdbcClient jdbc;
    private final PegawaiRepository repo;
    private final ApplicationEventPublisher events;
    private final ObjectMapper json;
    private final Clock clock;

    PencatatMutasi(
            JdbcClient jdbc, PegawaiRepository repo, ApplicationEventPublisher events, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.repo = repo;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    private record InfoJabatan(long id, String nama, long unitId, String unitNama, long opdId, String opdNama) {}

    /** One riwayat JABATAN entry per move, with the SK data; the previous entry is closed by the new TMT. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void ditetapkan(MutasiDitetapkan e) {
        if (e.daftar().isEmpty()) {
            return;
        }
        Map<Long, InfoJabatan> info = infoJabatan(e.daftar());
        Map<String, Long> opdPegawai = opdPegawai(e.daftar());
        Timestamp kini = Timestamp.from(clock.instant());
        List<DataDiubahMassal.Entri> audit = new ArrayList<>();
        for (Mutasi m : e.daftar()) {
            InfoJabatan j = info.get(m.jabatanBaruId());
            if (j == null) {
                throw new IllegalStateException("Jabatan " + m.jabatanBaruId() + " tidak ada");
            }
            String keterangan = potong(
                    (j.unitNama().equals(j.opdNama()) ? j.opdNama() : j.unitNama() + ", " + j.opdNama()) + " ("
                            + e.sumber() + ")",
                    300);
            long id = jdbc.sql("""
                            INSERT INTO pegawai.riwayat (nip, jenis, uraian, keterangan, jabatan_id, nomor_sk, tanggal_sk,
                              tmt, dicatat_pada, dicatat_oleh)
                            VALUES (?, 'JABATAN', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id""")
                    .params(
                            m.nip(),
                            potong(j.nama(), 300),
                            keterangan,
                            j.id(),
                            e.nomorSk(),
                            e.tanggalSk(),
                            e.tmt(),
                            kini,
                            e.ditetapkanOleh())
                    .query(Long.class)
                    .single();
            Map<String, Object> sesudah = new LinkedHashMap<>();
            sesudah.put("id", id);
            sesudah.put("jenis", "JABATAN");
            sesudah.put("uraian", j.nama());
            sesudah.put("jabatanId", j.id());
            sesudah.put("jabatanLamaId", m.jabatanLamaId());
            sesudah.put("nomorSk", e.nomorSk());
            sesudah.put("tanggalSk", e.tanggalSk().toString());
            sesudah.put("tmt", e.tmt().toString());
            audit.add(new DataDiubahMassal.Entri(
                    m.nip() + "/" + id, opdPegawai.get(m.nip()), null, json.writeValueAsString(sesudah)));
        }
        events.publishEvent(new DataDiubahMassal(
                "RIWAYAT_PEGAWAI",
                "BUAT",
                potong("Riwayat jabatan dicatat dari SK " + e.nomorSk() + " (" + e.sumber() + "), TMT " + e.tmt(), 500),
                audit));
    }

    /**
     * The TMT has arrived: current jabatan, unit, OPD and TMT jabatan follow the decision; the atasan langsung of the
     * moved employees, and of the employees whose atasan moved, is taken again from the structure
     * ({@code AturanAtasanLangsung}), as when BKD places an employee by hand.
     */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void berlaku(MutasiBerlaku e) {
        if (e.daftar().isEmpty()) {
            return;
        }
        Map<Long, InfoJabatan> info = infoJabatan(e.daftar());
        Set<String> nipPindah = new LinkedHashSet<>();
        Map<String, Map<String, Object>> sebelum = new HashMap<>();
        for (Mutasi m : e.daftar()) {
            jdbc.sql(
                            "SELECT nip, jabatan_id, unit_id, opd_id, tmt_jabatan, atasan_nip FROM pegawai.pegawai WHERE nip = ? "
                                    + "AND aktif FOR UPDATE")
                    .param(m.nip())
                    .query((rs, i) -> {
                        Map<String, Object> s = new LinkedHashMap<>();
                        s.put("jabatanId", rs.getObject(2));
                        s.put("unitId", rs.getObject(3));
                        s.put("opdId", rs.getObject(4));
                        s.put("tmtJabatan", rs.getString(5));
                        s.put("atasanNip", rs.getString(6));
                        return s;
                    })
                    .optional()
                    .ifPresent(s -> {
                        sebelum.put(m.nip(), s);
                        nipPindah.add(m.nip());
                    });
        }
        // Subordinates whose atasan moves get their atasan from the structure again, after all moves are applied.
        Set<String> bawahan = new LinkedHashSet<>();
        if (!nipPindah.isEmpty()) {
            bawahan.addAll(jdbc
                    .sql("SELECT nip FROM pegawai.pegawai WHERE aktif AND atasan_nip = ANY (?)")
                    .param(nipPindah.toArray(String[]::new))
                    .query(String.class)
                    .list()
                    .stream()
                    .map(String::trim)
                    .toList());
        }
        bawahan.removeAll(nipPindah);
        for (Mutasi m : e.daftar()) {
            if (!nipPindah.contains(m.nip())) {
                continue; // deactivated since the decision: nothing to move
            }
            InfoJabatan j = info.get(m.jabatanBaruId());
            repo.pindah(m.nip(), j.id(), j.unitId(), j.opdId(), e.tmt());
        }
        Map<String, @Nullable String> atasanLama = new HashMap<>();
        for (String nip : bawahan) {
            atasanLama.put(
                    nip,
                    jdbc.sql("SELECT atasan_nip FROM pegawai.pegawai WHERE nip = ?")
                            .param(nip)
                            .query(String.class)
                            .optional()
                            .map(String::trim)
                            .orElse(null));
        }
        List<String> semua = new ArrayList<>(nipPindah);
        semua.addAll(bawahan);
        // After every move: who heads which unit may itself have changed in this decision.
        jdbc.sql("""
                        UPDATE pegawai.pegawai p SET atasan_nip = (
                          SELECT a.nip FROM pegawai.atasan_langsung(p.nip, p.unit_id, p.jabatan_id) a)
                        WHERE p.nip = ANY (?) AND p.jabatan_id IS NOT NULL""").param(semua.toArray(String[]::new)).update();
        List<DataDiubahMassal.Entri> audit = new ArrayList<>();
        for (String nip : semua) {
            Map<String, Object> sesudah = jdbc.sql("SELECT jabatan_id, unit_id, opd_id, tmt_jabatan, atasan_nip "
                            + "FROM pegawai.pegawai WHERE nip = ?")
                    .param(nip)
                    .query((rs, i) -> {
                        Map<String, Object> s = new LinkedHashMap<>();
                        s.put("jabatanId", rs.getObject(1));
                        s.put("unitId", rs.getObject(2));
                        s.put("opdId", rs.getObject(3));
                        s.put("tmtJabatan", rs.getString(4));
                        s.put(
                                "atasanNip",
                                rs.getString(5) == null ? null : rs.getString(5).trim());
                        return s;
                    })
                    .single();
            Map<String, Object> lama = sebelum.get(nip);
            if (lama == null) {
                lama = new LinkedHashMap<>();
                lama.put("atasanNip", atasanLama.get(nip));
                if (java.util.Objects.equals(atasanLama.get(nip), sesudah.get("atasanNip"))) {
                    continue;
                }
                sesudah = Map.of("atasanNip", String.valueOf(sesudah.get("atasanNip")));
            }
            Object opd = sesudah.get("opdId");
            audit.add(new DataDiubahMassal.Entri(
                    nip,
                    opd instanceof Number n ? n.longValue() : null,
                    json.writeValueAsString(lama),
                    json.writeValueAsString(sesudah)));
        }
        events.publishEvent(new DataDiubahMassal(
                "PEGAWAI",
                "UBAH",
                potong("Mutasi berlaku (SK " + e.nomorSk() + ", " + e.sumber() + ", TMT " + e.tmt() + ")", 500),
                audit));
    }

    private Map<Long, InfoJabatan> infoJabatan(List<Mutasi> daftar) {
        Long[] id = daftar.stream().map(Mutasi::jabatanBaruId).distinct().toArray(Long[]::new);
        Map<Long, InfoJabatan> m = new HashMap<>();
        jdbc.sql("""
                        SELECT j.id, j.nama, u.id, u.nama, o.id, o.nama FROM organisasi.v_jabatan j
                        JOIN organisasi.v_unit u ON u.id = j.unit_id JOIN organisasi.v_opd o ON o.id = j.opd_id
                        WHERE j.id = ANY (?)""")
                .param(id)
                .query((rs, i) -> new InfoJabatan(
                        rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getLong(5), rs.getString(6)))
                .list()
                .forEach(j -> m.put(j.id(), j));
        return m;
    }

    private Map<String, Long> opdPegawai(List<Mutasi> daftar) {
        Map<String, Long> m = new HashMap<>();
        jdbc.sql("SELECT nip, opd_id FROM pegawai.pegawai WHERE nip = ANY (?)")
                .param(daftar.stream().map(Mutasi::nip).toArray(String[]::new))
                .query((rs, i) -> Map.entry(rs.getString(1).trim(), rs.getLong(2)))
                .list()
                .forEach(x -> m.put(x.getKey(), x.getValue()));
        return m;
    }

    private static String potong(String s, int n) {
        return s.length() > n ? s.substring(0, n) : s;
    }
}
