package id.aparatur.sistem;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Model attributes every page needs: the current URL without the page parameter (for pagination links). */
@ControllerAdvice(annotations = Controller.class)
class ModelGlobal {

    @ModelAttribute("urlTanpaHalaman")
    String urlTanpaHalaman(HttpServletRequest request) {
        String url = ServletUriComponentsBuilder.fromRequest(request)
                .replaceQueryParam("page")
                .replaceQueryParam("lang")
                .build()
                .toUriString();
        return url + (url.contains("?") ? "&" : "?");
    }

    @ModelAttribute("urlEkspor")
    String urlEkspor(HttpServletRequest request) {
        return ServletUriComponentsBuilder.fromRequest(request)
                                .replaceQueryParam("page")
                                .build()
                                .getQuery()
                        == null
                ? ""
                : "?"
                        + ServletUriComponentsBuilder.fromRequest(request)
                                .replaceQueryParam("page")
                                .build()
                                .getQuery();
    }
}
