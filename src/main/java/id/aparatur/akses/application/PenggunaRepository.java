package id.aparatur.akses.application;

import id.aparatur.akses.PenggunaAparatur;
import id.aparatur.akses.Peran;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts in {@code akses.pengguna}. */
@Repository
public class PenggunaRepository {

    private final JdbcClient jdbc;

    PenggunaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<PenggunaAparatur> cari(String username) {
        List<String> peran = jdbc.sql("SELECT peran FROM akses.pengguna_peran WHERE username = ?")
                .param(username)
                .query(String.class)
                .list();
        return jdbc.sql(
                        "SELECT username, password_hash, nama, opd_id, nip, aktif FROM akses.pengguna WHERE username = ?")
                .param(username)
                .query((rs, i) -> new PenggunaAparatur(
                        rs.getString("username"),
                        rs.getString("password_hash"),
                        rs.getString("nama"),
                        toSet(peran),
                        (Long) rs.getObject("opd_id", Long.class),
                        rs.getString("nip"),
                        rs.getBoolean("aktif"),
                        false))
                .optional();
    }

    public void simpan(PenggunaAparatur p) {
        jdbc.sql("""
                INSERT INTO akses.pengguna (username, password_hash, nama, nip, opd_id, aktif)
                VALUES (:u, :h, :n, :nip, :opd, :aktif)
                ON CONFLICT (username) DO UPDATE SET password_hash = EXCLUDED.password_hash, nama = EXCLUDED.nama,
                  nip = EXCLUDED.nip, opd_id = EXCLUDED.opd_id, aktif = EXCLUDED.aktif""")
                .param("u", p.username())
                .param("h", p.passwordHash())
                .param("n", p.nama())
                .param("nip", p.nip())
                .param("opd", p.opdId())
                .param("aktif", p.aktif())
                .update();
        jdbc.sql("DELETE FROM akses.pengguna_peran WHERE username = ?")
                .param(p.username())
                .update();
        for (Peran r : p.peran()) {
            jdbc.sql("INSERT INTO akses.pengguna_peran (username, peran) VALUES (?, ?)")
                    .params(p.username(), r.name())
                    .update();
        }
    }

    public long jumlahDenganPeran(Peran peran) {
        return jdbc.sql("SELECT count(*) FROM akses.pengguna_peran r JOIN akses.pengguna p USING (username) "
                        + "WHERE r.peran = ? AND p.aktif")
                .param(peran.name())
                .query(Long.class)
                .single();
    }

    private static Set<Peran> toSet(List<String> nama) {
        EnumSet<Peran> s = EnumSet.noneOf(Peran.class);
        nama.forEach(n -> s.add(Peran.valueOf(n)));
        return s;
    }
}
