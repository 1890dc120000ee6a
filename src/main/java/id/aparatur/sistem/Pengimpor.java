package id.aparatur.sistem;

import java.util.List;

/**
 * An importer of one kind of table (SPI). Implement it as a Spring bean in the module that owns the data; the
 * {@code sistem} module finds every bean, lists it on the import page ({@code /impor}) and the API
 * ({@code POST /api/v1/impor/{jenis}}), offers its template and runs it.
 *
 * <h2>Contract</h2>
 * <ol>
 *   <li><b>All or nothing.</b> {@link #impor} first validates <em>every</em> row, collecting one {@link GalatImpor}
 *       per problem (a {@link PenguraiNilai} from {@link TabelMasuk#pengurai()} does the typed parsing, duplicate
 *       keys and the collecting), and throws {@link ImporDitolakException} if there is any, before writing anything.
 *       Only then does it write, in <b>one transaction that the importer owns</b> (e.g. a
 *       {@code TransactionTemplate} or a {@code @Transactional} method of its own service), so that a failure while
 *       writing rolls everything back. Rules that need the database (does this jabatan exist?) are part of the
 *       validation pass; a conflict found only while writing may still throw {@link ImporDitolakException} from
 *       inside the transaction.</li>
 *   <li><b>Before {@code impor} is called</b> {@link LayananImpor} has already checked the file: readable XLSX or
 *       CSV, within the size limit, a header that passes {@link TabelMasuk#periksaKepala} with {@link #kolom()}, and
 *       at least one data row. The importer looks columns up by name ({@link TabelMasuk#nilai}), never by position.</li>
 *   <li><b>Messages</b> in {@link GalatImpor#pesan()} and {@link HasilImpor#peringatan()} are in Bahasa Indonesia:
 *       resolve keys with {@link TabelMasuk#pesan}. Row numbers are {@link BarisMasuk#nomorBaris()}.</li>
 *   <li><b>Security and audit.</b> The call runs with the uploader's {@code SecurityContext}, also in a background
 *       job, so {@code @PreAuthorize} on the importer's services and the audit trail's "who" work as in a request.
 *       Only ADMIN_BKD can reach it; an importer may restrict further.</li>
 *   <li><b>Size.</b> A file can have 600,000 rows: stream {@link TabelMasuk#baris()} (once to validate, once to
 *       write) instead of collecting rows, and write in JDBC batches. Report {@link Progres} from both passes.</li>
 * </ol>
 *
 * <pre>{@code
 * @Component
 * class PengimporPegawai implements Pengimpor {
 *     public String jenis() { return "pegawai"; }
 *     public String judulKode() { return "impor.pegawai.judul"; }
 *     public List<KolomImpor> kolom() {
 *         return List.of(new KolomImpor("NIP", true, "impor.pegawai.nip", "199001012015051001"), ...);
 *     }
 *     public HasilImpor impor(TabelMasuk tabel, Progres progres) {
 *         PenguraiNilai p = tabel.pengurai();
 *         try (Stream<BarisMasuk> baris = tabel.baris()) { baris.forEach(b -> periksa(b, p)); }
 *         p.tolakBilaAdaGalat();
 *         return tx.execute(s -> tulis(tabel, progres));
 *     }
 * }
 * }</pre>
 */
public interface Pengimpor {

    /**
     * The kind of table, unique across importers, lower case, usable in a URL: {@code "pegawai"},
     * {@code "asesmen"}. Also the file name of the template.
     */
    String jenis();

    /** Message key of the title shown on the import page, e.g. {@code "impor.pegawai.judul"}. */
    String judulKode();

    /** The columns in template order. Header cells must match {@link KolomImpor#nama()} exactly. */
    List<KolomImpor> kolom();

    /**
     * Validates every row, then writes them all in one transaction.
     *
     * @param tabel the uploaded table, header already checked
     * @param progres where to report progress (rows validated + rows written, out of twice the row count)
     * @return the counts and warnings of the accepted file
     * @throws ImporDitolakException if any row is invalid; nothing may have been written
     */
    HasilImpor impor(TabelMasuk tabel, Progres progres);
}
