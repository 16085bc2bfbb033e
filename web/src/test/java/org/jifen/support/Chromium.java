package org.jifen.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven through Debian's ChromeDriver: a villager's phone browser in a test. The flags
 * keep it from reaching for Google's services, which this machine's closed network refuses.
 */
public final class Chromium {

    private Chromium() {
    }

    public static ChromeDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--lang=zh-CN", "--window-size=412,915", "--user-data-dir=" + profile());
        // The console (CSP refusals, script errors), for tests to read: driver().manage().logs().get("browser").
        LoggingPreferences console = new LoggingPreferences();
        console.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", console);
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        return new ChromeDriver(driver, options);
    }

    private static String profile() {
        try {
            return Files.createTempDirectory("jifen-chromium-").toString();
        } catch (IOException cannotCreate) {
            throw new UncheckedIOException(cannotCreate);
        }
    }
}
