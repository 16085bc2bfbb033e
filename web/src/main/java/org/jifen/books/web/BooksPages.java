package org.jifen.books.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jifen.books.Books;
import org.jifen.books.BooksCsv;
import org.jifen.books.BooksService;
import org.jifen.month.Period;
import org.jifen.web.PageController;
import org.jifen.web.PrintStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The supermarket's books (账本) of a period, linked from the fund page: to print and sign or to open in Excel, for
 * anyone who reads the village. A refusal is a Chinese page (PageErrors).
 */
@PageController
class BooksPages {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BooksService books;
    private final Clock clock;

    BooksPages(BooksService books, Clock clock) {
        this.books = books;
        this.clock = clock;
    }

    /** The books of a period to print and sign (the template the API's HTML answer uses). */
    @GetMapping("/v/{code}/books")
    ModelAndView books(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        ModelAndView page = new ModelAndView("books/print");
        page.addObject("books", books.books(code, period(period)));
        page.addObject("printStyle", PrintStyle.css());
        return page;
    }

    /** The same books as the API's CSV, to open in Excel. */
    @GetMapping("/v/{code}/books.csv")
    ResponseEntity<String> csv(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        Books drawn = books.books(code, period(period));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("books-" + drawn.village() + "-" + drawn.period() + ".csv", StandardCharsets.UTF_8)
                        .build().toString())
                .body(BooksCsv.render(drawn));
    }

    private String period(@Nullable String requested) {
        return Period.orQuarterOf(requested == null || requested.isBlank() ? null : requested.strip(),
                LocalDate.now(clock));
    }
}
