package org.jifen.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person at a browser on the pages: Debian's Chromium headless ({@link Chromium}), sized as a phone (360×740) or a
 * desk screen (1280×900), signing in on the login page as a person does. Screenshots go to target/screenshots/.
 */
public final class PageBrowser implements AutoCloseable {

    public static final Dimension PHONE = new Dimension(360, 740);
    public static final Dimension DESK = new Dimension(1280, 900);
    private static final Logger log = LoggerFactory.getLogger(PageBrowser.class);
    private static final Path SHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final String base;

    public PageBrowser(String base) {
        this.base = base;
        this.driver = Chromium.start();
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    public ChromeDriver driver() {
        return driver;
    }

    public PageBrowser size(Dimension size) {
        driver.manage().window().setSize(size);
        return this;
    }

    public PageBrowser open(String path) {
        driver.get(path.startsWith("http") ? path : base + path);
        return this;
    }

    /** Signs in on the login page (signing out whoever was signed in), and lands on the user's start page. */
    public PageBrowser signIn(Township.Login login) {
        driver.manage().deleteAllCookies();
        open("/");
        // "/" sends a visitor on to the login page; wait for its form rather than for the first page to load
        waitFor(d -> d.findElement(By.id("username"))).sendKeys(login.username());
        driver.findElement(By.id("password")).sendKeys(login.password());
        driver.findElement(By.cssSelector("form button[type=submit]")).click();
        waitFor(d -> !d.getCurrentUrl().contains("/login"));
        return this;
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    public String path() {
        return driver.getCurrentUrl().substring(base.length());
    }

    public WebElement find(By by) {
        return driver.findElement(by);
    }

    /** Clicks, again if the element was replaced under the click (htmx swaps parts of a page). */
    public void click(By by) {
        waitFor(d -> {
            d.findElement(by).click();
            return true;
        });
    }

    public void type(By by, String text) {
        WebElement field = driver.findElement(by);
        field.clear();
        field.sendKeys(text);
    }

    /** Waits up to 20 s for the condition to give something other than null or false (what it last threw, then). */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        RuntimeException last = null;
        while (System.nanoTime() - until < 0) {
            try {
                T value = condition.apply(driver);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (RuntimeException notYet) {
                last = notYet;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(interrupted);
            }
        }
        throw new AssertionError("waited 20 s in vain on " + driver.getCurrentUrl() + ":\n" + text(), last);
    }

    /** Chooses an option of a select by its text. */
    public void choose(By select, String option) {
        driver.findElement(select).findElement(By.xpath("option[normalize-space(text())='" + option + "']")).click();
    }

    public void waitForText(String text) {
        waitFor(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    /** Saves what the browser shows as target/screenshots/{name}.png (the whole page's height at this width). */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SHOTS);
            Path file = SHOTS.resolve(name + ".png");
            Dimension window = driver.manage().window().getSize();
            Object height = driver.executeScript("return document.documentElement.scrollHeight");
            int full = Math.min(4000, Math.max(window.getHeight(), ((Number) height).intValue()));
            driver.manage().window().setSize(new Dimension(window.getWidth(), full));
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            driver.manage().window().setSize(window);
            return file;
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Runs a step; if it fails, saves what the browser showed as target/screenshots/FAILED-{name}.png first. */
    public void step(String name, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException | AssertionError failed) {
            try {
                log.error("Browser step «{}» failed on {}; screenshot {}", name, driver.getCurrentUrl(),
                        screenshot("FAILED-" + name));
            } catch (RuntimeException noScreenshot) {
                failed.addSuppressed(noScreenshot);
            }
            throw failed;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
