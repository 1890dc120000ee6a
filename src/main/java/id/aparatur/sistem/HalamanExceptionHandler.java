package id.aparatur.sistem;

import id.aparatur.shared.DataTidakDitemukanException;
import id.aparatur.shared.KonflikException;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.UncategorizedSQLException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Error pages for the HTML UI: 404 for missing or out-of-scope records, 409 for conflicts (also a guard trigger's). */
@ControllerAdvice(annotations = Controller.class)
@Order(1)
class HalamanExceptionHandler {

    @ExceptionHandler(DataTidakDitemukanException.class)
    ModelAndView tidakDitemukan() {
        return halaman(HttpStatus.NOT_FOUND, "galat.404.detail");
    }

    @ExceptionHandler(KonflikException.class)
    ModelAndView konflik(KonflikException e) {
        return halaman(HttpStatus.CONFLICT, e.kodePesan());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView versiUsang() {
        return halaman(HttpStatus.CONFLICT, "galat.409.versi");
    }

    /** A guard trigger refused the change (the record is final or changed meanwhile): 409; other SQL errors go on. */
    @ExceptionHandler(UncategorizedSQLException.class)
    ModelAndView penjagaBasisData(UncategorizedSQLException e) {
        if (!PenjagaBasisData.menolak(e)) {
            throw e;
        }
        return halaman(HttpStatus.CONFLICT, "transisi.409.penjaga");
    }

    private ModelAndView halaman(HttpStatus status, String kodePesan) {
        ModelAndView mv = new ModelAndView("error");
        mv.setStatus(status);
        mv.addObject("status", status.value());
        mv.addObject("kodePesan", kodePesan);
        return mv;
    }
}
