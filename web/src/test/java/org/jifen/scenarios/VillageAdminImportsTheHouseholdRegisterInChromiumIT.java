package org.jifen.scenarios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jifen.support.AppTest;
import org.jifen.support.PageBrowser;
import org.jifen.support.Township;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The village admin imports the clerk's household register on a phone (tryout M7): the page offers the template and
 * says which columns it needs; a sheet headed as the registration form says it ("有宅基地房屋") is read; a bad cell is
 * shown where the admin is looking, with the navigation still there; reloading the result does not end in an error.
 */
@AppTest
class VillageAdminImportsTheHouseholdRegisterInChromiumIT {

    private static final String HEADER = "户号,户主姓名,村民小组,本地户籍,有宅基地房屋,常住人口\r\n";

    @Autowired
    Township township;

    @Test
    void theAdminDownloadsTheTemplateFixesTheBadCellItShowsAndImports() throws Exception {
        String village = township.aVillage();
        Township.Login admin = township.aLogin("VILLAGE_ADMIN", village);
        Path wrong = Files.createTempFile("登记表-", ".csv");
        Files.writeString(wrong, HEADER + "01-001,王建华,一组,是,有,3\r\n01-002,李秀英,一组,是,有,两人\r\n",
                StandardCharsets.UTF_8);
        Path right = Files.createTempFile("登记表-", ".csv");
        Files.writeString(right, HEADER + "01-001,王建华,一组,是,有,3\r\n01-002,李秀英,一组,是,有,2\r\n",
                StandardCharsets.UTF_8);

        try (PageBrowser browser = new PageBrowser(township.base()).size(PageBrowser.PHONE)) {
            browser.signIn(admin).open("/v/" + village + "/households");
            browser.step("template", () -> {
                assertThat(browser.text()).contains("户号、户主姓名、村民小组、本地户籍");
                String template = browser.find(By.linkText("下载家庭户登记表模板")).getAttribute("href");
                Object download = browser.driver().executeAsyncScript("""
                        var done = arguments[arguments.length - 1];
                        fetch(arguments[0]).then(function (r) {
                          done(r.status + ' ' + r.headers.get('Content-Type'));
                        });""", template);
                assertThat(download).asString().startsWith("200 ").contains("spreadsheetml");
            });
            browser.step("refused", () -> {
                browser.find(By.id("import-file")).sendKeys(wrong.toString());
                browser.click(By.xpath("//form[.//input[@id='import-file']]//button"));
                browser.waitFor(d -> d.findElements(By.id("import-errors")).size() == 1);
                assertThat(browser.find(By.id("import-errors")).getText()).contains("3").contains("常住人口");
                Object inView = browser.driver().executeScript(
                        "var r = document.getElementById('import-errors').getBoundingClientRect();"
                                + " return r.top < window.innerHeight && r.bottom > 0;");
                assertThat(inView).as("the bad cell is shown where the admin looks").isEqualTo(true);
                assertThat(browser.text()).contains("退出登录").contains("家庭户");
                browser.screenshot("admin-import-refused-phone");
            });
            browser.step("imported", () -> {
                browser.find(By.id("import-file")).sendKeys(right.toString());
                browser.click(By.xpath("//form[.//input[@id='import-file']]//button"));
                browser.waitForText("导入完成：新增 2 户");
                assertThat(browser.text()).contains("李秀英");
            });
            browser.open("/v/" + village + "/households/import");
            browser.step("reload", () -> {
                assertThat(browser.path()).isEqualTo("/v/" + village + "/households");
                assertThat(browser.text()).doesNotContain("不支持这种请求方法");
            });
        }
        assertThat(township.api().get("/api/villages/" + village + "/households").json().size()).isEqualTo(2);
    }
}
