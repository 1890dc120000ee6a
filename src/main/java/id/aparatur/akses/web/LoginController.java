package id.aparatur.akses.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page. */
@Controller
class LoginController {

    private final boolean oidc;

    LoginController(@Value("${aparatur.oidc.enabled:false}") boolean oidc) {
        this.oidc = oidc;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidc", oidc);
        return "akses/login";
    }
}
