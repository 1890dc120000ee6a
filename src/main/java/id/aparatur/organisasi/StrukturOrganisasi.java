package id.aparatur.organisasi;

import id.aparatur.akses.Cakupan;
import id.aparatur.organisasi.application.OrganisasiQuery;
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
        if (!c.melihatOpd(opdId)) {
            throw new id.aparatur.shared.DataTidakDitemukanException("OPD", opdId);
        }
        return jdbc.sql("SELECT id, opd_id, unit_id, kode, nama, jenis_jabatan, jenjang, kelas, rumpun_kode, kuota, aktif "
                        + "FROM organisasi.jabatan WHERE opd_id = ? ORDER BY unit_id, kelas DESC, nama").param(opdId)
                .query((rs, i) -> new JabatanRingkas(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), JenisJabatan.valueOf(rs.getString(6)),
                        rs.getString(7) == null ? null : Jenjang.valueOf(rs.getString(7)), rs.getInt(8),
                        rs.getString(9), rs.getInt(10), rs.getBoolean(11)))
                .list();
    }

    /** Per OPD: number of positions and sum of kuota of the active ones. */
    public record JumlahJabatan(long opdId, int jumlahJabatan, int kuota) {}

    public List<JumlahJabatan> jumlahJabatanPerOpd() {
        return jdbc.sql("SELECT opd_id, count(*), coalesce(sum(kuota) FILTER (WHERE aktif), 0) FROM organisasi.jabatan "
                        + "GROUP BY opd_id")
                .query((rs, i) -> new JumlahJabatan(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
    }

    public OpdRingkas opd(Cakupan c, long opdId) {
        return query.opd(c, opdId).opd();
    }

    public List<OpdRingkas> semuaOpd(Cakupan c) {
        return query.opdTerlihat(c);
    }

    /** The SKJ of a position, by competency code. */
    public List<StandarKompetensiJabatan> standarKompetensi(long jabatanId) {
        return jdbc.sql("SELECT kompetensi_kode, level, bobot FROM organisasi.jabatan_kompetensi WHERE jabatan_id = ? "
                        + "ORDER BY kompetensi_kode").param(jabatanId)
                .query((rs, i) -> new StandarKompetensiJabatan(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3)))
                .list();
    }
}
