package org.jifen.web;

import jakarta.servlet.http.HttpSession;
import org.jifen.access.Actor;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page, and {@code /}: each kind of user's own start page. */
@PageController
class StartPages {

    @GetMapping("/")
    String start(Actor me) {
        return "redirect:" + PageModel.start(me);
    }

    @GetMapping("/login")
    String login(HttpSession session, Model model) {
        if (SignedIn.actor().isPresent()) {
            return "redirect:/";
        }
        Object username = session.getAttribute(LoginFailures.USERNAME);
        session.removeAttribute(LoginFailures.USERNAME);
        model.addAttribute("username", username == null ? "" : username);
        return "login/login";
    }
}
