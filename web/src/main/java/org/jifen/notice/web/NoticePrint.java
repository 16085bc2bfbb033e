package org.jifen.notice.web;

import org.jifen.notice.PublicNotice;
import org.jifen.web.PrintStyle;
import org.springframework.web.servlet.ModelAndView;

/** The notice as a page to print and post on the village notice board (template {@code notice/print}). */
final class NoticePrint {

    private NoticePrint() {
    }

    static ModelAndView page(PublicNotice notice) {
        ModelAndView page = new ModelAndView("notice/print");
        page.addObject("notice", notice);
        page.addObject("printStyle", PrintStyle.css());
        return page;
    }
}
