package id.aparatur.sistem;

import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into an RFC 9457 ProblemDetail with an Indonesian (or English) title and detail,
 * and for validation errors an {@code errors} array of {@code {field, message}}. A rejected import answers 422 with
 * {@code errors: [{baris, kolom, nilai, pesan}]} (at most {@link #BATAS_GALAT_IMPOR}) and {@code jumlahGalat}; an
 * oversized upload answers 413.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** How many import errors a 422 response lists; the total is in {@code jumlahGalat}. */
    static final int BATAS_GALAT_IMPOR = 1000;

    private final MessageSource pesan;
    private final DataSize ukuranImpor;

    ApiExceptionHandler(MessageSource pesan,
            @Value("${aparatur.impor.ukuran-maksimal:50MB}") DataSize ukuranImpor) {
        this.pesan = pesan;
        this.ukuranImpor = ukuranImpor;
    }

    @ExceptionHandler(ImporDitolakException.class)
    ProblemDetail imporDitolak(ImporDitolakException e) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (GalatImpor g : e.galat().subList(0, Math.min(BATAS_GALAT_IMPOR, e.galat().size()))) {
            errors.add(Map.of("baris", g.baris(), "kolom", g.kolom(), "nilai", g.nilai(), "pesan", g.pesan()));
        }
        ProblemDetail pd = problem(HttpStatus.UNPROCESSABLE_CONTENT, "impor.ditolak.judul",
                pesan.getMessage("impor.ditolak.detail", new Object[] {e.jumlahGalat()}, LocaleContextHolder.getLocale()));
        pd.setProperty("jumlahGalat", e.jumlahGalat());
        pd.setProperty("errors", errors);
        return pd;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long batas = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : ukuranImpor.toBytes();
        ProblemDetail pd = problem(HttpStatus.CONTENT_TOO_LARGE, "impor.terlalu-besar.judul", pesan.getMessage(
                "impor.terlalu-besar.detail", new Object[] {LayananImpor.teksUkuran(batas)}, LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(pd);
    }

    @ExceptionHandler(ValidasiException.class)
    ProblemDetail validasi(ValidasiException e) {
        Locale l = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (ValidasiException.Galat g : e.galat()) {
            errors.add(Map.of("field", g.field(), "message", pesan.getMessage(g.kodePesan(), null, g.kodePesan(), l)));
        }
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "galat.validasi.judul",
                errors.isEmpty() ? e.getMessage() : errors.get(0).get("message"));
        pd.setProperty("errors", errors);
        return pd;
    }

    @ExceptionHandler(DataTidakDitemukanException.class)
    ProblemDetail tidakDitemukan(DataTidakDitemukanException e) {
        return problem(HttpStatus.NOT_FOUND, "galat.404.judul", pesan("galat.404.detail"));
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ProblemDetail ditolak(RuntimeException e) {
        return problem(HttpStatus.FORBIDDEN, "galat.403.judul", pesan("galat.403.detail"));
    }

    @ExceptionHandler(KonflikException.class)
    ProblemDetail konflik(KonflikException e) {
        return problem(HttpStatus.CONFLICT, "galat.409.judul", pesan(e.kodePesan()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail versiUsang(OptimisticLockingFailureException e) {
        return problem(HttpStatus.CONFLICT, "galat.409.judul", pesan("galat.409.versi"));
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integritas(DataIntegrityViolationException e) {
        return problem(HttpStatus.CONFLICT, "galat.409.judul", pesan("galat.409.integritas"));
    }

    /** A guard trigger refused the change (the record is final or changed meanwhile): 409; other SQL errors go on. */
    @ExceptionHandler(UncategorizedSQLException.class)
    ProblemDetail penjagaBasisData(UncategorizedSQLException e) {
        if (!PenjagaBasisData.menolak(e)) {
            throw e;
        }
        return problem(HttpStatus.CONFLICT, "galat.409.judul", pesan("transisi.409.penjaga"));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale l = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", fe.getField(), "message", pesan.getMessage(fe, l)));
        }
        ex.getBindingResult().getGlobalErrors()
                .forEach(ge -> errors.add(Map.of("field", ge.getObjectName(), "message", pesan.getMessage(ge, l))));
        ProblemDetail pd = problem(HttpStatus.BAD_REQUEST, "galat.validasi.judul", pesan("galat.validasi.detail"));
        pd.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(pd);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        if (body instanceof ProblemDetail pd && pd.getTitle() != null && statusCode.value() == 400
                && (pd.getProperties() == null || !pd.getProperties().containsKey("errors"))) {
            pd.setTitle(pesan("galat.validasi.judul"));
            pd.setDetail(pesan("galat.400.detail"));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatus status, String kodeJudul, String detail) {
        ProblemDetail pd = ProblemDetail.forStatusAndDetail(status, detail);
        pd.setTitle(pesan(kodeJudul));
        pd.setType(URI.create("about:blank"));
        return pd;
    }

    private String pesan(String kode) {
        return pesan.getMessage(kode, null, kode, LocaleContextHolder.getLocale());
    }
}
