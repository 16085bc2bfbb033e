package org.jifen.books.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.jifen.books.Books;
import org.jifen.books.BooksCsv;
import org.jifen.books.BooksService;
import org.jifen.books.PeriodNotStarted;
import org.jifen.endpoint.Refuses;
import org.jifen.month.MalformedPeriod;
import org.jifen.month.Period;
import org.jifen.web.PrintStyle;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.ModelAndView;

/**
 * The supermarket's books for a period ({@code period=2024}, {@code 2024-Q3} or {@code 2024-07}; the current quarter
 * when left out), in three forms chosen by {@code Accept}: JSON, CSV for Excel, HTML to print.
 */
@RestController
@Tag(name = "积分超市 Points supermarket", description = "物品、库存、兑换与小票 (catalogue, stock, redemptions, receipts)")
class BooksController {

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final BooksService books;
    private final Clock clock;

    BooksController(BooksService books, Clock clock) {
        this.books = books;
        this.clock = clock;
    }

    @Operation(operationId = "getBooks", summary = "积分超市台账（JSON、CSV 或可打印的 HTML）· Get the supermarket's books (JSON, CSV or HTML)")
    @Refuses({MalformedPeriod.class, PeriodNotStarted.class})
    @GetMapping("/api/villages/{code}/books")
    Books json(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        return books.books(code, period(period));
    }

    @Operation(operationId = "getBooks", summary = "积分超市台账（JSON、CSV 或可打印的 HTML）· Get the supermarket's books (JSON, CSV or HTML)")
    @Refuses({MalformedPeriod.class, PeriodNotStarted.class})
    @GetMapping(path = "/api/villages/{code}/books", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        Books drawn = books.books(code, period(period));
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"books-" + drawn.village() + "-"
                        + drawn.period() + ".csv\"")
                .body(BooksCsv.render(drawn));
    }

    /** The books to print and sign (template {@code books/print}). */
    @Operation(operationId = "getBooks", summary = "积分超市台账（JSON、CSV 或可打印的 HTML）· Get the supermarket's books (JSON, CSV or HTML)")
    @Refuses({MalformedPeriod.class, PeriodNotStarted.class})
    @GetMapping(path = "/api/villages/{code}/books", produces = "text/html")
    ModelAndView html(@PathVariable String code, @RequestParam(required = false) @Nullable String period) {
        ModelAndView page = new ModelAndView("books/print");
        page.addObject("books", books.books(code, period(period)));
        page.addObject("printStyle", PrintStyle.css());
        return page;
    }

    private String period(@Nullable String requested) {
        return Period.orQuarterOf(requested, LocalDate.now(clock));
    }
}
