package id.aparatur.penempatan.application;

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
import id.aparatur.penempatan.application.SkenarioQuery.MutasiBaris;
import id.aparatur.penempatan.application.SkenarioQuery.SkenarioRinci;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.Nip;
import id.aparatur.sistem.ExcelEkspor;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The draft mutation list of an approved (or established) scenario, as XLSX (Apache POI, streaming) and PDF (OpenPDF,
 * A4 landscape): NIP, nama, jabatan lama, unit lama, jabatan baru, unit baru, kelas lama, kelas baru.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN_BKD')")
public class EksporDaftarMutasi {

    private final SkenarioQuery query;

    EksporDaftarMutasi(SkenarioQuery query) {
        this.query = query;
    }

    /** The scenario and its moves; only after approval. */
    public record Daftar(SkenarioRinci skenario, List<MutasiBaris> baris) {}

    public Daftar daftar(long id) {
        SkenarioRinci s = query.rinci(id);
        if (!s.status().sudahDisetujui()) {
            throw new KonflikException(
                    "penempatan.belum-disetujui", "Daftar mutasi tersedia setelah skenario disetujui");
        }
        return new Daftar(s, query.daftarMutasi(id));
    }

    public static void xlsx(OutputStream out, Daftar d, List<String> kepala, String judul) throws IOException {
        List<List<?>> baris = new ArrayList<>();
        for (MutasiBaris m : d.baris()) {
            baris.add(Arrays.asList(
                    nip(m.nip()),
                    m.nama(),
                    m.jabatanLama(),
                    m.unitLama(),
                    m.jabatanBaru(),
                    m.unitBaru(),
                    m.kelasLama(),
                    m.kelasBaru()));
        }
        ExcelEkspor.tulis(out, judul, kepala, baris);
    }

    /**
     * @param judul title line
     * @param subjudul scenario, approval and SK line
     */
    public static void pdf(OutputStream out, Daftar d, List<String> kepala, String judul, String subjudul) {
        Document doc = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            Font besar = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 13);
            Font kecil = FontFactory.getFont(FontFactory.HELVETICA, 8);
            Font tebal = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
            doc.add(new Paragraph(judul, besar));
            Paragraph sub = new Paragraph(subjudul, FontFactory.getFont(FontFactory.HELVETICA, 9));
            sub.setSpacingAfter(8);
            doc.add(sub);
            PdfPTable t = new PdfPTable(new float[] {12, 16, 16, 16, 16, 16, 4.5f, 4.5f});
            t.setWidthPercentage(100);
            t.setHeaderRows(1);
            for (String k : kepala) {
                PdfPCell c = new PdfPCell(new Phrase(k, tebal));
                c.setGrayFill(0.9f);
                t.addCell(c);
            }
            for (MutasiBaris m : d.baris()) {
                for (String v :
                        List.of(nip(m.nip()), m.nama(), m.jabatanLama(), m.unitLama(), m.jabatanBaru(), m.unitBaru())) {
                    t.addCell(new Phrase(v, kecil));
                }
                PdfPCell lama =
                        new PdfPCell(new Phrase(m.kelasLama() == null ? "" : String.valueOf(m.kelasLama()), kecil));
                lama.setHorizontalAlignment(Element.ALIGN_RIGHT);
                t.addCell(lama);
                PdfPCell baru = new PdfPCell(new Phrase(String.valueOf(m.kelasBaru()), kecil));
                baru.setHorizontalAlignment(Element.ALIGN_RIGHT);
                t.addCell(baru);
            }
            doc.add(t);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        } finally {
            doc.close();
        }
    }

    private static String nip(String nip) {
        try {
            return Nip.dari(nip).terformat();
        } catch (RuntimeException e) {
            return nip;
        }
    }
}
