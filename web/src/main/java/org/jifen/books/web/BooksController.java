package org.jifen.books.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jifen.books.Books;
import org.jifen.books.BooksCsv;
import org.jifen.books.BooksHtml;
import org.jifen.books.BooksService;
import org.jifen.month.Period;
import org.jifen.printable.PrintablePage;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The supermarket's books for a period ({@code period=2024}, {@code 2024-Q3} or {@code 2024-07}; the current quarter
 * when left out), in three forms chosen by {@code Accept}: JSON, CSV for Excel, HTML to print.
 */
@RestController
class BooksController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final BooksService books;
    private final Clock clock;

    BooksController(BooksService books, Clock clock) {
        this.books = books;
        this.clock = clock;
    }

    @GetMapping("/api/villages/{code}/books")
    Books json(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        return books.books(code, period(period));
    }

    @GetMapping(path = "/api/villages/{code}/books", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        Books drawn = books.books(code, period(period));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"books-" + drawn.village() + "-"
                        + drawn.period() + ".csv\"")
                .body(BooksCsv.render(drawn));
    }

    @GetMapping(path = "/api/villages/{code}/books", produces = "text/html")
    ResponseEntity<String> html(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        return ResponseEntity.ok().contentType(HTML).header("Content-Security-Policy", PrintablePage.POLICY)
                .body(BooksHtml.render(books.books(code, period(period)), clock.getZone()));
    }

    private String period(@Nullable String requested) {
        return requested == null ? Period.quarterOf(LocalDate.now(clock)).text() : requested;
    }
}
