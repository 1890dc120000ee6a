package id.aparatur.akses.web;

import id.aparatur.akses.application.PenguncianQuery;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The BKD page of current and recent login lockouts (authorisation on {@link PenguncianQuery}). */
@Controller
class PenguncianController {

    private final PenguncianQuery query;

    PenguncianController(PenguncianQuery query) {
        this.query = query;
    }

    @GetMapping("/akses/penguncian")
    String daftar(Model model) {
        model.addAttribute("daftar", query.daftar());
        return "akses/penguncian";
    }
}
