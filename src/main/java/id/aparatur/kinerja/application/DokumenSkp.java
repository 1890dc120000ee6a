package id.aparatur.kinerja.application;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import id.aparatur.akses.Cakupan;
import id.aparatur.akses.CakupanPengguna;
import id.aparatur.kinerja.Ekspektasi;
import id.aparatur.kinerja.application.SkpHalamanQuery.Orang;
import id.aparatur.kinerja.domain.JenisRhk;
import id.aparatur.kinerja.domain.NilaiBerakhlak;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SKP document and the evaluation document as PDF in the layout of the annexes of PermenPANRB 6/2022: heading
 * with the Pemda and the period, the identity of the pegawai and the pejabat penilai side by side, the hasil kerja
 * table (intervened RHK of the leader, RHK, aspect, indicator, target; plus realisation and feedback in the
 * evaluation), the perilaku kerja table (the seven BerAKHLAK values with the leader's specific expectation or the
 * rating), the ratings and predikat (evaluation), and the signature blocks, kept on the page where the tables end
 * whenever it fits. Same scope as the SKP itself (404 outside).
 */
@Service
@Transactional(readOnly = true)
public class DokumenSkp {

    private static final Font JUDUL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
    private static final Font TEBAL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
    private static final Font BIASA = FontFactory.getFont(FontFactory.HELVETICA, 8);
    private static final Color ABU = new Color(230, 230, 230);

    private final SkpQuery query;
    private final SkpHalamanQuery halaman;
    private final JdbcClient jdbc;
    private final MessageSource pesan;
    private final Clock clock;
    private final CakupanPengguna cakupan;

    DokumenSkp(
            SkpQuery query,
            SkpHalamanQuery halaman,
            JdbcClient jdbc,
            MessageSource pesan,
            Clock clock,
            CakupanPengguna cakupan) {
        this.cakupan = cakupan;
        this.query = query;
        this.halaman = halaman;
        this.jdbc = jdbc;
        this.pesan = pesan;
        this.clock = clock;
    }

    private record Baris(
            long rhkId,
            JenisRhk jenis,
            String uraian,
            @Nullable String rhkAtasan,
            String aspek,
            String indikator,
            String target,
            @Nullable String realisasi,
            @Nullable String umpanBalik) {}

    /** The SKP document (plan): RHK with indicators and targets, perilaku with the leader's expectations. */
    public byte[] skp(long id, Locale locale) {
        return buat(cakupan.saatIni(), id, locale, false);
    }

    /** The annual evaluation document: realisation, feedback, ratings and predikat. */
    public byte[] evaluasi(long id, Locale locale) {
        return buat(cakupan.saatIni(), id, locale, true);
    }

    private byte[] buat(Cakupan c, long id, Locale locale, boolean evaluasi) {
        SkpQuery.Skp skp = query.detail(c, id);
        List<@Nullable Orang> pihak = halaman.pihak(c, id);
        Orang pegawai = pihak.get(0);
        Orang penilai = pihak.get(1);
        Orang atasanPenilai = null;
        if (evaluasi && penilai != null) {
            String nip = jdbc.sql("SELECT atasan_nip FROM pegawai.v_pegawai WHERE nip = ?")
                    .param(penilai.nip())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (nip != null) {
                atasanPenilai = orang(nip);
            }
        }
        Map<NilaiBerakhlak, Ekspektasi> ekspektasi = halaman.ekspektasiPerilaku(c, id);
        Map<NilaiBerakhlak, String> catatan = new HashMap<>();
        skp.perilaku().forEach(p -> catatan.put(p.nilai(), p.catatan()));
        List<Baris> baris = baris(id);
        String pemda = jdbc.sql("SELECT nama FROM organisasi.v_pemda ORDER BY id LIMIT 1")
                .query(String.class)
                .optional()
                .orElse("");

        ByteArrayOutputStream keluar = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(doc, keluar);
            doc.addTitle(t(locale, evaluasi ? "skpui.pdf.judul.evaluasi" : "skpui.pdf.judul.skp") + " " + skp.nip());
            doc.open();
            paragraf(doc, pemda.toUpperCase(locale), JUDUL);
            paragraf(doc, t(locale, evaluasi ? "skpui.pdf.judul.evaluasi" : "skpui.pdf.judul.skp"), JUDUL);
            paragraf(doc, t(locale, "skpui.pdf.pendekatan"), TEBAL);
            paragraf(doc, t(locale, "skpui.pdf.periode", skp.tahun()), BIASA);
            doc.add(Chunk.NEWLINE);

            doc.add(identitas(locale, pegawai, penilai));
            if (evaluasi) {
                doc.add(Chunk.NEWLINE);
                doc.add(identitasAtasanPenilai(locale, atasanPenilai));
            }
            doc.add(Chunk.NEWLINE);

            doc.add(hasilKerja(locale, baris, evaluasi));
            if (evaluasi) {
                doc.add(ringkas(
                        locale,
                        "skpui.pdf.rating-hasil-kerja",
                        skp.hasilKerja() == null
                                ? "-"
                                : t(
                                        locale,
                                        "skpui.ekspektasi." + skp.hasilKerja().name())));
            }
            doc.add(Chunk.NEWLINE);
            // The last table, the ratings and the signatures as one block: moved to the next page together when
            // they do not fit, so the signatures never stand alone on a page (split only if longer than a page).
            PdfPTable akhir = new PdfPTable(1);
            akhir.setWidthPercentage(100);
            akhir.setKeepTogether(true);
            akhir.addCell(bungkus(perilaku(locale, catatan, ekspektasi, evaluasi)));
            if (evaluasi) {
                akhir.addCell(bungkus(ringkas(
                        locale,
                        "skpui.pdf.rating-perilaku",
                        skp.perilakuKerja() == null
                                ? "-"
                                : t(
                                        locale,
                                        "skpui.ekspektasi."
                                                + skp.perilakuKerja().name()))));
                akhir.addCell(bungkus(ringkas(
                        locale,
                        "skpui.pdf.predikat",
                        skp.predikat() == null
                                ? "-"
                                : t(locale, "skpui.predikat." + skp.predikat().name()))));
            }
            akhir.addCell(bungkus(tandaTangan(locale, pegawai, penilai)));
            doc.add(akhir);
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("PDF SKP gagal dibuat", e);
        }
        return keluar.toByteArray();
    }

    private List<Baris> baris(long skpId) {
        Map<Long, String> realisasi = new HashMap<>();
        jdbc.sql("""
                        SELECT DISTINCT ON (indikator_id) indikator_id, realisasi FROM kinerja.realisasi
                        WHERE skp_id = ? ORDER BY indikator_id, periode_ke DESC, id DESC""").param(skpId).query(rs -> {
            realisasi.put(rs.getLong(1), rs.getString(2));
        });
        Map<Long, String> umpan = new HashMap<>();
        jdbc.sql("SELECT rhk_id, isi FROM kinerja.umpan_balik WHERE skp_id = ? AND rhk_id IS NOT NULL ORDER BY id")
                .param(skpId)
                .query(rs -> {
                    umpan.merge(rs.getLong(1), rs.getString(2), (a, b) -> a + "; " + b);
                });
        List<Baris> hasil = new ArrayList<>();
        jdbc.sql("""
                        SELECT r.id, r.jenis, r.uraian, ra.uraian AS atasan, i.id AS ind, i.aspek, i.uraian AS indikator,
                          i.target
                        FROM kinerja.rhk r LEFT JOIN kinerja.rhk ra ON ra.id = r.rhk_atasan_id
                        LEFT JOIN kinerja.indikator i ON i.rhk_id = r.id
                        WHERE r.skp_id = ? ORDER BY r.urutan, r.id, i.id""").param(skpId).query(rs -> {
            long ind = rs.getLong("ind");
            boolean ada = !rs.wasNull();
            hasil.add(new Baris(
                    rs.getLong("id"),
                    JenisRhk.valueOf(rs.getString("jenis")),
                    rs.getString("uraian"),
                    rs.getString("atasan"),
                    ada ? rs.getString("aspek") : "",
                    ada ? rs.getString("indikator") : "",
                    ada ? rs.getString("target") : "",
                    ada ? realisasi.get(ind) : null,
                    umpan.get(rs.getLong("id"))));
        });
        return hasil;
    }

    private @Nullable Orang orang(String nip) {
        return jdbc.sql("""
                        SELECT p.nip, p.nama, p.golongan, j.nama AS jabatan, u.nama AS unit, o.nama AS opd
                        FROM pegawai.v_pegawai p LEFT JOIN organisasi.v_jabatan j ON j.id = p.jabatan_id
                        LEFT JOIN organisasi.v_unit u ON u.id = p.unit_id LEFT JOIN organisasi.v_opd o ON o.id = p.opd_id
                        WHERE p.nip = ?""")
                .param(nip)
                .query((rs, i) -> new Orang(
                        rs.getString(1).strip(),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)))
                .optional()
                .orElse(null);
    }

    private PdfPTable identitas(Locale l, @Nullable Orang pegawai, @Nullable Orang penilai) {
        PdfPTable tabel = new PdfPTable(new float[] {3, 12, 30, 3, 12, 30});
        tabel.setWidthPercentage(100);
        kepala(tabel, "skpui.pdf.no", l);
        PdfPCell a = sel(t(l, "skpui.pdf.pegawai-dinilai"), TEBAL, true);
        a.setColspan(2);
        tabel.addCell(a);
        kepala(tabel, "skpui.pdf.no", l);
        PdfPCell b = sel(t(l, "skpui.pdf.pejabat-penilai"), TEBAL, true);
        b.setColspan(2);
        tabel.addCell(b);
        String[] label = {
            "skpui.pdf.nama", "skpui.pdf.nip", "skpui.pdf.pangkat", "skpui.pdf.jabatan", "skpui.pdf.unit-kerja"
        };
        for (int i = 0; i < label.length; i++) {
            tabel.addCell(sel(String.valueOf(i + 1), BIASA, false));
            tabel.addCell(sel(t(l, label[i]), BIASA, false));
            tabel.addCell(sel(nilai(pegawai, i), BIASA, false));
            tabel.addCell(sel(String.valueOf(i + 1), BIASA, false));
            tabel.addCell(sel(t(l, label[i]), BIASA, false));
            tabel.addCell(sel(nilai(penilai, i), BIASA, false));
        }
        return tabel;
    }

    private PdfPTable identitasAtasanPenilai(Locale l, @Nullable Orang atasan) {
        PdfPTable tabel = new PdfPTable(new float[] {3, 12, 30, 45});
        tabel.setWidthPercentage(100);
        kepala(tabel, "skpui.pdf.no", l);
        PdfPCell a = sel(t(l, "skpui.pdf.atasan-penilai"), TEBAL, true);
        a.setColspan(2);
        tabel.addCell(a);
        PdfPCell kosong = sel("", BIASA, false);
        kosong.setBorder(0);
        kosong.setRowspan(4);
        tabel.addCell(kosong);
        String[] label = {"skpui.pdf.nama", "skpui.pdf.nip", "skpui.pdf.jabatan"};
        int[] kolom = {0, 1, 3};
        for (int i = 0; i < label.length; i++) {
            tabel.addCell(sel(String.valueOf(i + 1), BIASA, false));
            tabel.addCell(sel(t(l, label[i]), BIASA, false));
            tabel.addCell(sel(nilai(atasan, kolom[i]), BIASA, false));
        }
        return tabel;
    }

    private static String nilai(@Nullable Orang o, int i) {
        if (o == null) {
            return "-";
        }
        String v = switch (i) {
            case 0 -> o.nama();
            case 1 -> o.nip();
            case 2 -> o.pangkat();
            case 3 -> o.jabatan();
            default -> (o.unit() == null ? "" : o.unit() + ", ") + (o.opd() == null ? "" : o.opd());
        };
        return v == null ? "-" : v;
    }

    private PdfPTable hasilKerja(Locale l, List<Baris> baris, boolean evaluasi) {
        float[] lebar = evaluasi ? new float[] {3, 17, 17, 7, 17, 9, 14, 16} : new float[] {3, 22, 22, 8, 25, 20};
        PdfPTable tabel = new PdfPTable(lebar);
        tabel.setWidthPercentage(100);
        tabel.setHeaderRows(2);
        PdfPCell judul = sel(t(l, "skpui.pdf.hasil-kerja"), TEBAL, true);
        judul.setColspan(lebar.length);
        tabel.addCell(judul);
        for (String k : List.of(
                "skpui.pdf.no",
                "skpui.pdf.rhk-atasan",
                "skpui.pdf.rhk",
                "skpui.pdf.aspek",
                "skpui.pdf.indikator",
                "skpui.pdf.target")) {
            kepala(tabel, k, l);
        }
        if (evaluasi) {
            kepala(tabel, "skpui.pdf.realisasi", l);
            kepala(tabel, "skpui.pdf.umpan-balik", l);
        }
        for (JenisRhk jenis : JenisRhk.values()) {
            PdfPCell bagian = sel(t(l, "skpui.pdf.bagian." + jenis.name()), TEBAL, false);
            bagian.setColspan(lebar.length);
            tabel.addCell(bagian);
            List<Baris> milik = baris.stream().filter(b -> b.jenis() == jenis).toList();
            int no = 0;
            long sebelum = -1;
            for (int i = 0; i < milik.size(); i++) {
                Baris b = milik.get(i);
                if (b.rhkId() != sebelum) {
                    no++;
                    sebelum = b.rhkId();
                    int jumlah = (int)
                            milik.stream().filter(x -> x.rhkId() == b.rhkId()).count();
                    tabel.addCell(rentang(String.valueOf(no), jumlah));
                    tabel.addCell(rentang(b.rhkAtasan() == null ? "-" : b.rhkAtasan(), jumlah));
                    tabel.addCell(rentang(b.uraian(), jumlah));
                }
                tabel.addCell(sel(b.aspek().isEmpty() ? "" : t(l, "skpui.aspek." + b.aspek()), BIASA, false));
                tabel.addCell(sel(b.indikator(), BIASA, false));
                tabel.addCell(sel(b.target(), BIASA, false));
                if (evaluasi) {
                    tabel.addCell(sel(b.realisasi() == null ? "-" : b.realisasi(), BIASA, false));
                    if (i == 0 || milik.get(i - 1).rhkId() != b.rhkId()) {
                        int jumlah = (int) milik.stream()
                                .filter(x -> x.rhkId() == b.rhkId())
                                .count();
                        tabel.addCell(rentang(b.umpanBalik() == null ? "-" : b.umpanBalik(), jumlah));
                    }
                }
            }
            if (milik.isEmpty()) {
                PdfPCell kosong = sel("-", BIASA, false);
                kosong.setColspan(lebar.length);
                tabel.addCell(kosong);
            }
        }
        return tabel;
    }

    private PdfPTable perilaku(
            Locale l, Map<NilaiBerakhlak, String> catatan, Map<NilaiBerakhlak, Ekspektasi> eks, boolean evaluasi) {
        float[] lebar = evaluasi ? new float[] {3, 45, 37, 15} : new float[] {3, 55, 42};
        PdfPTable tabel = new PdfPTable(lebar);
        tabel.setWidthPercentage(100);
        tabel.setKeepTogether(true);
        PdfPCell judul = sel(t(l, "skpui.pdf.perilaku-kerja"), TEBAL, true);
        judul.setColspan(lebar.length);
        tabel.addCell(judul);
        kepala(tabel, "skpui.pdf.no", l);
        kepala(tabel, "skpui.pdf.perilaku", l);
        kepala(tabel, evaluasi ? "skpui.pdf.umpan-balik" : "skpui.pdf.ekspektasi-khusus", l);
        if (evaluasi) {
            kepala(tabel, "skpui.pdf.ekspektasi", l);
        }
        int no = 0;
        for (NilaiBerakhlak n : NilaiBerakhlak.values()) {
            tabel.addCell(sel(String.valueOf(++no), BIASA, false));
            Phrase f = new Phrase(10.5f);
            f.add(new Chunk(t(l, "skpui.berakhlak." + n.name()) + "\n", TEBAL));
            f.add(new Chunk(t(l, "skpui.berakhlak.uraian." + n.name()), BIASA));
            PdfPCell isi = new PdfPCell(f);
            isi.setPadding(3);
            isi.setLeading(0f, 1.25f);
            tabel.addCell(isi);
            tabel.addCell(sel(catatan.getOrDefault(n, "-"), BIASA, false));
            if (evaluasi) {
                Ekspektasi e = eks.get(n);
                tabel.addCell(sel(e == null ? "-" : t(l, "skpui.ekspektasi." + e.name()), BIASA, false));
            }
        }
        return tabel;
    }

    private static PdfPCell bungkus(PdfPTable isi) {
        PdfPCell c = new PdfPCell(isi);
        c.setBorder(0);
        c.setPadding(0);
        return c;
    }

    private PdfPTable ringkas(Locale l, String kode, String nilai) {
        PdfPTable tabel = new PdfPTable(new float[] {30, 70});
        tabel.setWidthPercentage(100);
        tabel.addCell(sel(t(l, kode), TEBAL, true));
        tabel.addCell(sel(nilai, TEBAL, false));
        return tabel;
    }

    /** The two signature blocks; kept together (and, where it fits, on the page where the tables end). */
    private PdfPTable tandaTangan(Locale l, @Nullable Orang pegawai, @Nullable Orang penilai) {
        PdfPTable tabel = new PdfPTable(new float[] {50, 50});
        tabel.setWidthPercentage(100);
        tabel.setSpacingBefore(14);
        tabel.setKeepTogether(true);
        String tanggal = LocalDate.now(clock).format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));
        tabel.addCell(blok(t(l, "skpui.pdf.ttd.pegawai"), "", pegawai));
        tabel.addCell(blok(t(l, "skpui.pdf.ttd.penilai"), tanggal, penilai));
        return tabel;
    }

    private PdfPCell blok(String peran, String tanggal, @Nullable Orang o) {
        Paragraph p = new Paragraph();
        p.setAlignment(Element.ALIGN_CENTER);
        p.add(new Chunk(tanggal + "\n", BIASA));
        p.add(new Chunk(peran + "\n\n\n\n\n", BIASA));
        p.add(new Chunk((o == null ? "-" : o.nama()) + "\n", TEBAL));
        p.add(new Chunk("NIP " + (o == null ? "-" : o.nip()), BIASA));
        PdfPCell c = new PdfPCell();
        c.setBorder(0);
        c.setHorizontalAlignment(Element.ALIGN_CENTER);
        c.addElement(p);
        return c;
    }

    private void kepala(PdfPTable tabel, String kode, Locale l) {
        tabel.addCell(sel(t(l, kode), TEBAL, true));
    }

    private static PdfPCell rentang(String teks, int baris) {
        PdfPCell c = sel(teks, BIASA, false);
        c.setRowspan(Math.max(1, baris));
        return c;
    }

    private static PdfPCell sel(String teks, Font f, boolean abu) {
        PdfPCell c = new PdfPCell(new Phrase(teks, f));
        c.setPadding(3);
        if (abu) {
            c.setBackgroundColor(ABU);
            c.setHorizontalAlignment(Element.ALIGN_CENTER);
        }
        return c;
    }

    private static void paragraf(Document doc, String teks, Font f) throws DocumentException {
        Paragraph p = new Paragraph(teks, f);
        p.setAlignment(Element.ALIGN_CENTER);
        doc.add(p);
    }

    private String t(Locale l, String kode, Object... arg) {
        return pesan.getMessage(kode, arg, kode, l);
    }
}
