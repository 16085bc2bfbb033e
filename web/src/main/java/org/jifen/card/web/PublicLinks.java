package org.jifen.card.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jifen.card.CardToken;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The public address of a household's page, as printed on its card: {@code jifen.public-base-url} when set (the
 * address villagers' phones reach, behind whatever proxy), otherwise the address the card was requested at.
 */
@Component
class PublicLinks {

    private final String base;

    PublicLinks(PublicLinkSettings settings) {
        this.base = settings.publicBaseUrl().strip().replaceAll("/+$", "");
    }

    String page(HttpServletRequest request, CardToken token) {
        String root = base.isEmpty() ? ServletUriComponentsBuilder.fromContextPath(request).toUriString() : base;
        return root + "/h/" + token.value();
    }
}
