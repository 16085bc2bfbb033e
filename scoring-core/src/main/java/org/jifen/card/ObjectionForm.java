package org.jifen.card;

/**
 * Where the page's objection forms post, and the anti-forgery field each carries (the web layer's CSRF token): a page
 * from elsewhere cannot post an objection in the household's name.
 */
public record ObjectionForm(String action, String csrfParameter, String csrfToken) {
}
