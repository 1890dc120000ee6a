package id.aparatur.organisasi;

import id.aparatur.akses.Cakupan;
import id.aparatur.organisasi.application.OrganisasiQuery;
import id.aparatur.organisasi.domain.Jabatan;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Facade for other modules: read-only views of OPD, units and positions. */
@Component
@Transactional(readOnly = true)
public class StrukturOrganisasi {

    private final JdbcClient jdbc;
    private final OrganisasiQuery query;

    StrukturOrganisasi(JdbcClient jdbc, OrganisasiQuery query) {
        this.jdbc = jdbc;
        this.query = query;
    }

    public Optional<JabatanRingkas> jabatan(long id) {
        return jdbc.sql("SELECT id, opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas, rumpun_kode, kuota, aktif "
                        + "FROM organisasi.jabatan WHERE id = ?").param(id)
                .query((rs, i) -> new JabatanRingkas(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), JenisJabatan.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : Jenjang.valueOf(rs.getString(7)), rs.getInt(8),
                        rs.getString(9), rs.getInt(10), rs.getBoolean(11)))
                .optional();
    }

    /** Units of one OPD in tree order; empty when out of scope is impossible here (caller checks scope). */
    public List<UnitRingkas> unitOpd(Cakupan c, long opdId) {
        return query.unitOpd(c, opdId);
    }

    /** Positions of one OPD (without details). */
    public List<JabatanRingkas> jabatanOpd(Cakupan c, long opdId) {
        return query.jabatanOpd(c, opdId).stream().map(StrukturOrganisasi::ringkas).toList();
    }

    public OpdRingkas opd(Cakupan c, long opdId) {
        return query.opd(c, opdId).opd();
    }

    public List<OpdRingkas> semuaOpd(Cakupan c) {
        return query.opdTerlihat(c);
    }

    static JabatanRingkas ringkas(Jabatan j) {
        return new JabatanRingkas(j.id(), j.opdId(), j.unitId(), j.kode(), j.nama(), j.jenisJabatan(), j.jenjang(),
                j.kelas(), j.rumpun(), j.kuota(), j.aktif());
    }
}
