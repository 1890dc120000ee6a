package id.aparatur.sistem;

import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.ProblemApi.GalatIsian;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every error of the JSON API into an RFC 9457 ProblemDetail with an Indonesian (or English) title and detail,
 * and for validation errors an {@code errors} array of {@code {field, message}}: every 400 carries it, naming each
 * offending body item by its JSON path (see {@link PembacaBadanJson}) or query/path parameter by its name. A rejected
 * import answers 422 with {@code errors: [{baris, kolom, nilai, pesan}]} (at most {@link #BATAS_GALAT_IMPOR}) and
 * {@code jumlahGalat}; an oversized upload or body answers 413; anything unexpected a generic 500 with the
 * {@code idGalat} under which it is logged. Errors outside the controllers are answered by {@link PenjagaApiFilter}.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(0)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    /** How many import errors a 422 response lists; the total is in {@code jumlahGalat}. */
    static final int BATAS_GALAT_IMPOR = 1000;

    private final MessageSource pesan;
    private final DataSize ukuranImpor;
    private final ProblemApi problemApi;

    ApiExceptionHandler(
            MessageSource pesan,
            @Value("${aparatur.impor.ukuran-maksimal:50MB}") DataSize ukuranImpor,
            ProblemApi problemApi) {
        this.pesan = pesan;
        this.ukuranImpor = ukuranImpor;
        this.problemApi = problemApi;
    }

    @ExceptionHandler(MasukanTidakSahException.class)
    ProblemDetail masukanTidakSah(MasukanTidakSahException e) {
        return problemApi.validasi(e.galat());
    }

    @ExceptionHandler(IsiTerlaluBesarException.class)
    ResponseEntity<ProblemDetail> isiTerlaluBesar(IsiTerlaluBesarException e) {
        ProblemDetail pd = problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "galat.413.judul",
                problemApi.pesan("galat.413.detail", LayananImpor.teksUkuran(e.batas())));
        pd.setProperty("batasByte", e.batas());
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(pd);
    }

    /**
     * Anything no other handler took: logged with an id, answered 500 without cause, stack trace or SQL. An
     * authentication failure goes back to Spring Security, which answers it.
     */
    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> tidakTerduga(Exception e, HttpServletRequest req) throws Exception {
        if (e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        IsiTerlaluBesarException besar = IsiTerlaluBesarException.dalam(e);
        if (besar != null) {
            return isiTerlaluBesar(besar);
        }
        return ResponseEntity.internalServerError().body(problemApi.tidakTerduga(e, req));
    }

    @ExceptionHandler(ImporDitolakException.class)
    ProblemDetail imporDitolak(ImporDitolakException e) {
        List<Map<String, Object>> errors = new ArrayList<>();
        for (GalatImpor g :
                e.galat().subList(0, Math.min(BATAS_GALAT_IMPOR, e.galat().size()))) {
            errors.add(Map.of("baris", g.baris(), "kolom", g.kolom(), "nilai", g.nilai(), "pesan", g.pesan()));
        }
        ProblemDetail pd = problem(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "impor.ditolak.judul",
                pesan.getMessage(
                        "impor.ditolak.detail", new Object[] {e.jumlahGalat()}, LocaleContextHolder.getLocale()));
        pd.setProperty("jumlahGalat", e.jumlahGalat());
        pd.setProperty("errors", errors);
        return pd;
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        long batas = ex.getMaxUploadSize() > 0 ? ex.getMaxUploadSize() : ukuranImpor.toBytes();
        ProblemDetail pd = problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "impor.terlalu-besar.judul",
                pesan.getMessage(
                        "impor.terlalu-besar.detail",
                        new Object[] {LayananImpor.teksUkuran(batas)},
                        LocaleContextHolder.getLocale()));
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(pd);
    }

    @ExceptionHandler(ValidasiException.class)
    ProblemDetail validasi(ValidasiException e) {
        Locale l = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = new ArrayList<>();
        for (ValidasiException.Galat g : e.galat()) {
            errors.add(Map.of("field", g.field(), "message", pesan.getMessage(g.kodePesan(), null, g.kodePesan(), l)));
        }
        ProblemDetail pd = problem(
                HttpStatus.BAD_REQUEST,
                "galat.validasi.judul",
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
        if (GalatSql.dataTidakSah(e)) {
            // a value the database cannot hold (SQLSTATE class 22) that no check caught: the request, not a conflict
            return problemApi.validasi(
                    List.of(new GalatIsian(ProblemApi.AKAR, PesanTipe.pesan("validasi.nilai.tidak-tersimpan"))));
        }
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
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<GalatIsian> galat = new ArrayList<>();
        ex.getBindingResult()
                .getAllErrors()
                .forEach(e ->
                        galat.add(new GalatIsian(e instanceof FieldError fe ? fe.getField() : ProblemApi.AKAR, e)));
        return ResponseEntity.badRequest().body(problemApi.validasi(galat));
    }

    /** A query or path parameter that does not convert ({@code ?tahun=abc}, {@code /opd/abc}). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Class<?> jenis = ex.getRequiredType() == null ? Object.class : ex.getRequiredType();
        String nama = ex.getPropertyName() == null ? ProblemApi.AKAR : ex.getPropertyName();
        return ResponseEntity.badRequest()
                .body(problemApi.validasi(List.of(new GalatIsian(nama, PesanTipe.untuk(jenis)))));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return ResponseEntity.badRequest()
                .body(problemApi.validasi(
                        List.of(new GalatIsian(ex.getParameterName(), PesanTipe.pesan("validasi.wajib")))));
    }

    /** Constraints on handler method parameters (e.g. {@code @Min} on a query parameter). */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<GalatIsian> galat = new ArrayList<>();
        ex.getParameterValidationResults().forEach(r -> {
            String nama = r.getMethodParameter().getParameterName();
            for (MessageSourceResolvable e : r.getResolvableErrors()) {
                String field = e instanceof FieldError fe ? fe.getField() : nama == null ? ProblemApi.AKAR : nama;
                galat.add(new GalatIsian(field, e));
            }
        });
        return ResponseEntity.badRequest().body(problemApi.validasi(galat));
    }

    /** A body Spring's own converters could not read (JSON bodies are read by {@link PembacaBadanJson}). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String field = ex.getCause() instanceof tools.jackson.core.JacksonException j
                ? PembacaJsonLonggar.jalur(j.getPath())
                : ProblemApi.AKAR;
        return ResponseEntity.badRequest()
                .body(problemApi.validasi(List.of(new GalatIsian(
                        field,
                        PesanTipe.pesan(
                                ProblemApi.AKAR.equals(field) ? "validasi.json.kosong" : "validasi.tipe.nilai")))));
    }

    /**
     * Spring's own problems (405, 406, 415, 400 ...) get a title in the request's language; a 400 without field
     * errors names the whole request ({@code field: "$"}), so that every 400 carries {@code errors}.
     */
    @Override
    protected ResponseEntity<Object> createResponseEntity(
            Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail pd
                && (pd.getProperties() == null || !pd.getProperties().containsKey("errors"))) {
            if (statusCode.value() == 400) {
                pd.setTitle(pesan("galat.validasi.judul"));
                pd.setDetail(pesan("galat.400.detail"));
                pd.setProperty("errors", List.of(ProblemApi.error(ProblemApi.AKAR, pd.getDetail())));
            } else {
                HttpStatus s = HttpStatus.resolve(statusCode.value());
                if (s != null && s.getReasonPhrase().equals(pd.getTitle())) {
                    ProblemDetail umum = problemApi.umum(statusCode);
                    pd.setTitle(umum.getTitle());
                    pd.setDetail(umum.getDetail());
                }
            }
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private ProblemDetail problem(HttpStatus status, String kodeJudul, String detail) {
        return problemApi.problem(status, kodeJudul, detail);
    }

    private String pesan(String kode) {
        return problemApi.pesan(kode);
    }
}
