package id.aparatur.sistem;

import id.aparatur.shared.ValidasiException;
import id.aparatur.sistem.ProblemApi.GalatIsian;
import jakarta.servlet.http.HttpServletRequest;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Conventions;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.Resource;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.annotation.ValidationAnnotationUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves every {@code @RequestBody} sent as JSON in one place: {@link PembacaJsonLonggar} reads it leniently, bean
 * validation ({@code @Valid}) runs on what was read, and if anything is wrong one {@link MasukanTidakSahException}
 * lists every offending item (a path named by a type or format problem is not named again by a constraint on it),
 * completed by the body's own {@link DiperiksaSaatDibaca} checks. Bodies of other content types, and {@code String}, {@code byte[]}
 * and {@code Resource} parameters, go to Spring's own resolver unchanged (an unsupported content type answers 415).
 * Installed in place of Spring's resolver by {@link ApiConfiguration}.
 */
final class PembacaBadanJson implements HandlerMethodArgumentResolver {

    private final HandlerMethodArgumentResolver asli;
    private final PembacaJsonLonggar pembaca;

    PembacaBadanJson(HandlerMethodArgumentResolver asli, PembacaJsonLonggar pembaca) {
        this.asli = asli;
        this.pembaca = pembaca;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return asli.supportsParameter(parameter);
    }

    @Override
    public @Nullable Object resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer mav,
            NativeWebRequest web,
            @Nullable WebDataBinderFactory binderFactory)
            throws Exception {
        HttpServletRequest req = web.getNativeRequest(HttpServletRequest.class);
        MethodParameter p = parameter.nestedIfOptional();
        Class<?> jenis = p.getNestedParameterType();
        if (req == null
                || !json(req)
                || jenis == String.class
                || jenis == byte[].class
                || Resource.class.isAssignableFrom(jenis)) {
            return asli.resolveArgument(parameter, mav, web, binderFactory);
        }
        RequestBody anotasi = parameter.getParameterAnnotation(RequestBody.class);
        boolean opsional = parameter.getParameterType() == Optional.class;
        boolean wajib = (anotasi == null || anotasi.required()) && !opsional;
        PembacaJsonLonggar.Hasil hasil = pembaca.baca(
                req.getInputStream().readAllBytes(), pembaca.tipe(p.getNestedGenericParameterType()), wajib);
        List<GalatIsian> galat = new ArrayList<>(hasil.galat());
        Object nilai = hasil.nilai();
        String nama = Conventions.getVariableNameForParameter(parameter);
        WebDataBinder binder = binderFactory == null ? null : binderFactory.createBinder(web, nilai, nama);
        if (nilai != null && binder != null) {
            validasi(binder, parameter);
            tambahGalatBinding(binder.getBindingResult(), hasil, galat);
        }
        if (!galat.isEmpty()) {
            periksaSendiri(nilai, hasil, galat);
        }
        if (!galat.isEmpty()) {
            throw new MasukanTidakSahException(
                    galat.subList(0, Math.min(galat.size(), PembacaJsonLonggar.BATAS_GALAT)));
        }
        if (mav != null && binder != null) {
            mav.addAttribute(BindingResult.MODEL_KEY_PREFIX + nama, binder.getBindingResult());
        }
        return opsional ? Optional.ofNullable(nilai) : nilai;
    }

    /**
     * The {@link DiperiksaSaatDibaca} checks of the body, or of each item of a body that is a list (named
     * {@code [i].field}), for the fields not already named.
     */
    private static void periksaSendiri(@Nullable Object nilai, PembacaJsonLonggar.Hasil hasil, List<GalatIsian> galat) {
        Set<String> disebut = new HashSet<>();
        galat.forEach(g -> disebut.add(g.field()));
        List<?> butir = nilai instanceof List<?> l ? l : java.util.Collections.singletonList(nilai);
        for (int i = 0; i < butir.size(); i++) {
            if (butir.get(i) instanceof DiperiksaSaatDibaca d) {
                String awalan = nilai instanceof List<?> ? "[" + i + "]." : "";
                for (ValidasiException.Galat g : d.periksa()) {
                    String field = awalan + g.field();
                    if (!hasil.tercakup(field) && !disebut.contains(field)) {
                        galat.add(new GalatIsian(field, PesanTipe.pesan(g.kodePesan())));
                    }
                }
            }
        }
    }

    /** Same hints as Spring's own resolver: {@code @Valid}, {@code @Validated} and their meta-annotations. */
    private static void validasi(WebDataBinder binder, MethodParameter parameter) {
        for (Annotation a : parameter.getParameterAnnotations()) {
            Object[] petunjuk = ValidationAnnotationUtils.determineValidationHints(a);
            if (petunjuk != null) {
                binder.validate(petunjuk);
                return;
            }
        }
    }

    private static void tambahGalatBinding(BindingResult br, PembacaJsonLonggar.Hasil hasil, List<GalatIsian> galat) {
        for (ObjectError e : br.getAllErrors()) {
            String field = e instanceof FieldError fe ? fe.getField() : ProblemApi.AKAR;
            if (!hasil.tercakup(field)) {
                galat.add(new GalatIsian(field, e));
            }
        }
    }

    private static boolean json(HttpServletRequest req) {
        String teks = req.getContentType();
        if (teks == null) {
            return false;
        }
        try {
            MediaType t = MediaType.parseMediaType(teks);
            return MediaType.APPLICATION_JSON.isCompatibleWith(t)
                    || t.getSubtype().endsWith("+json");
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
