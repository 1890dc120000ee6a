package id.aparatur.meritcontoh;

/** Forbidden: a query that filters on a protected column. */
class SqlBerdasarkanAgama {

    static final String SQL = "SELECT nip FROM pegawai.pegawai WHERE agama = ? ORDER BY tanggal_lahir";
}
