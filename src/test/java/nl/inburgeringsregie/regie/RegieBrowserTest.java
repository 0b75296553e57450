package nl.inburgeringsregie.regie;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import nl.inburgeringsregie.shared.DutchDate;
import nl.inburgeringsregie.support.BrowserScenarioTest;
import nl.inburgeringsregie.support.TestDates;

/**
 * The coordinator in a real browser (headless Chromium from Debian's packages chromium and
 * chromium-driver, which .ci/run installs): logs in, finds the case whose PIP is overdue after the
 * clock moved, opens its timeline, and leaves screenshots in target/browser/.
 */
class RegieBrowserTest extends BrowserScenarioTest {

    RegieBrowserTest() {
        super("nl-NL");
    }

    @Test
    void aCoordinatorFindsTheOverduePipAndOpensItsTimeline() throws Exception {
        LocalDate brp = aGezinsmigrantWhosePipIsAWeekLate();

        logIn();

        new Select(browser.findElement(By.id("filter-norm"))).selectByValue("PIP");
        new Select(browser.findElement(By.id("filter-stand"))).selectByValue("TE_LAAT");
        // the list shows 50 norms a page, earliest due first, and the whole suite leaves more late PIPs than that (every
        // case with a BRP date and no PIP yet): narrow it to the case's doelgroep and find the case by its number
        new Select(browser.findElement(By.id("filter-doelgroep"))).selectByValue("GEZINSMIGRANT");
        browser.findElement(By.id("filter-zoek")).sendKeys(driver.caseNumber(), org.openqa.selenium.Keys.ENTER);
        String rowSelector = "#termijnen tr[data-zaak='" + driver.caseNumber() + "']";
        String rowText = new WebDriverWait(browser, Duration.ofSeconds(20)).until(page -> (String) browser.executeScript(
                "const rows = [...document.querySelectorAll('#termijnen tbody tr')];"
                        + "const row = document.querySelector(arguments[0]);"
                        + "return row && rows.length === 1 && rows.every(r => r.classList.contains('te-laat')) ? row.className + ' | ' + row.innerText : null;",
                rowSelector));
        assertThat(rowText).startsWith("te-laat | ").contains("PIP vastgesteld").contains("7 dagen te laat")
                .as("the due date as dd-mm-jjjj").contains(DutchDate.format(brp.plusWeeks(10)))
                .as("words, not codes").contains("Hoorn", "Gezinsmigrant").doesNotContain("GM0405", "GEZINSMIGRANT");
        assertThat(optionTexts("filter-doelgroep")).contains("Gezinsmigrant").doesNotContain("GEZINSMIGRANT");
        assertThat(optionTexts("filter-leerroute")).contains("B1-route");
        assertThat(optionTexts("filter-norm")).contains("PIP vastgesteld");
        assertThat(browser.findElement(By.cssSelector("[data-kpi='PIP_BINNEN_NORM']")).getText()).contains("PIP binnen de norm");
        // issue 18, error 11: every KPI states its numerator, denominator and period on the page
        assertThat(browser.findElement(By.cssSelector("[data-kpi='UITSTROOM_WERK_ONDERWIJS_Z']")).getText())
                .contains("Teller: laatst vastgelegde uitstroom", "Noemer: inburgeraars (Z-route)")
                .containsPattern("Periode: inburgeringstermijn gestart van \\d{2}-\\d{2}-\\d{4} t/m \\d{2}-\\d{2}-\\d{4}");
        chromium.screenshot("regie-dashboard.png");

        browser.findElement(By.cssSelector(rowSelector)).findElement(By.linkText(driver.caseNumber())).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().contains("/regie/zaak"));
        waitUntilLoaded();
        assertThat(browser.findElement(By.id("zaaknummer")).getText()).isEqualTo(driver.caseNumber());
        assertThat(browser.findElements(By.cssSelector("#klokken tr.te-laat"))).as("late clocks")
                .anyMatch(clock -> clock.getText().contains("PIP vastgesteld") && clock.getText().contains("7 dagen te laat"));
        assertThat(browser.findElement(By.id("tijdlijn")).getText()).contains("Ingeschreven in de BRP")
                .contains("PIP vastgesteld: termijn loopt tot " + DutchDate.format(brp.plusWeeks(10)))
                .as("the consulent who registered the BRP date, by name").contains("(Anna de Vries)")
                .doesNotContain("AANMELDING", "(consulent)", brp.plusWeeks(10).toString());
        // the header in words: the gemeente's name, the labels of doelgroep and fase, the consulent's name
        assertThat(browser.findElement(By.id("kop")).getText())
                .contains("Hoorn", "Gezinsmigrant", "Anna de Vries")
                .doesNotContain("GM0405", "GEZINSMIGRANT", "BREDE_INTAKE", "_");
        assertThat(browser.findElement(By.id("taken")).getText()).as("a person's or a group's name")
                .containsAnyOf("Anna de Vries", "Coördinatoren", "Consulenten")
                .doesNotContain("coordinatoren", "consulenten", " consulent ");
        // the escalation task came at 09:00 Dutch time, and shows so whatever the zone of server and browser
        assertThat(browser.findElement(By.id("taken")).getText())
                .contains(dutch(brp.plusWeeks(11)) + " 09:00");
        assertThat(browser.findElement(By.linkText("Formulier openen")).getDomAttribute("href"))
                .startsWith("/camunda/app/tasklist/default/#/?task=");
        chromium.screenshot("regie-zaak.png");
    }

    /** Issue 16, point 8: the KPI period is typed as dd-mm-jjjj, whatever the browser's language, and read strictly. */
    @Test
    void theKpiPeriodIsTypedAndShownAsDutchDates() {
        logIn();
        LocalDate from = TestDates.today().minusMonths(2).withDayOfMonth(5);
        LocalDate to = TestDates.today().minusDays(1);

        showKpis(DutchDate.format(from), DutchDate.format(to));
        String period = "(" + DutchDate.format(from) + " t/m " + DutchDate.format(to) + ")";
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> (Boolean) browser.executeScript(
                "return [...document.querySelectorAll('#kpis h3')].some(h => h.textContent.endsWith(arguments[0]));",
                period));
        assertThat(browser.findElement(By.id("kpi-melding")).isDisplayed()).isFalse();
        chromium.screenshot("regie-kpi-periode.png");

        for (String unreadable : new String[] {"5/11/26", "31-02-2026"}) {
            showKpis(unreadable, "");
            String message = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> {
                var melding = browser.findElement(By.id("kpi-melding"));
                return melding.isDisplayed() ? melding.getText() : null;
            });
            assertThat(message).as(unreadable).contains("'" + unreadable + "'")
                    .containsAnyOf("typ de datum als dd-mm-jjjj", "bestaat niet");
        }
    }

    /**
     * Issue 19, point 4 (seed 003, question 12: "wat als de werknemers toch allemaal weglopen"): a consulent leaves; the
     * coordinator ticks her cases in the deadline list and hands them, with a reason, to another consulent of the
     * gemeente by full name. The list then shows the new consulent, the case page the handover on its timeline — the
     * reason as text, not HTML — and from the case page one case goes back to Anna.
     */
    @Test
    void aCoordinatorHandsTheCasesOfALeavingConsulentToAnotherFromTheList() {
        var data = new nl.inburgeringsregie.support.RegieData(jdbc);
        // due in 1999: the first rows of the list, earliest due first, whatever else the suite left open
        long first = data.newCase("GM0420", "ASIELMIGRANT", "B1_ROUTE", "consulent", null);
        long second = data.newCase("GM0405", "GEZINSMIGRANT", null, "consulent", null);
        long notChosen = data.newCase("GM0420", "GEZINSMIGRANT", null, "consulent", null);
        data.deadline(first, "PIP", 1, LocalDate.of(1999, 1, 4), "OPEN", null);
        data.deadline(second, "BREDE_INTAKE", 1, LocalDate.of(1999, 1, 5), "OPEN", null);
        data.deadline(notChosen, "BREDE_INTAKE", 1, LocalDate.of(1999, 1, 6), "OPEN", null);
        String one = data.caseNumber(first);
        String two = data.caseNumber(second);

        logIn();
        for (String number : new String[] {one, two}) {
            chromium.waiting().until(page -> {
                browser.findElement(By.cssSelector("#termijnen tr[data-zaak='" + number + "'] input.kies")).click();
                return true;
            });
        }
        assertThat(browser.findElement(By.id("gekozen-aantal")).getText()).isEqualTo("2 zaken gekozen");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> optionTexts("overdragen-consulent")
                .contains("Fatima El Amrani"));
        assertThat(optionTexts("overdragen-consulent")).as("by full name, only who serves Medemblik and Hoorn")
                .contains("Anna de Vries", "Fatima El Amrani").doesNotContain("Bram Bakker", "consulent2");
        new Select(browser.findElement(By.id("overdragen-consulent"))).selectByVisibleText("Fatima El Amrani");
        browser.findElement(By.id("overdragen-reden")).sendKeys("Anna vertrekt <i>per 1 mei</i>");
        chromium.screenshot("regie-overdragen-gekozen.png");
        browser.findElement(By.id("overdragen-knop")).click();

        String message = new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> {
            var melding = browser.findElement(By.id("overdragen-melding"));
            return melding.isDisplayed() ? melding.getText() : null;
        });
        assertThat(message).isEqualTo("2 zaken overgedragen aan Fatima El Amrani.");
        // the list is drawn again after the handover: a row found just before that is looked up again (CI, PostgreSQL)
        chromium.waiting().until(page -> browser
                .findElement(By.cssSelector("#termijnen tr[data-zaak='" + one + "']")).getText().contains("Fatima El Amrani"));
        assertThat(browser.findElement(By.cssSelector("#termijnen tr[data-zaak='" + notChosen(data, notChosen) + "']"))
                .getText()).contains("Anna de Vries");
        assertThat(browser.findElement(By.id("gekozen-aantal")).getText()).isEqualTo("Geen zaken gekozen");
        assertThat(consulentOf(first)).isEqualTo("consulent2");
        assertThat(consulentOf(second)).isEqualTo("consulent2");
        assertThat(consulentOf(notChosen)).isEqualTo("consulent");
        chromium.screenshot("regie-overdragen.png");

        browser.findElement(By.cssSelector("#termijnen tr[data-zaak='" + one + "']")).findElement(By.linkText(one)).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> page.getCurrentUrl().contains("/regie/zaak"));
        waitUntilLoaded();
        assertThat(browser.findElement(By.id("tijdlijn")).getText())
                .contains("Zaak overgedragen aan Fatima El Amrani door Carla Jansen: Anna vertrekt <i>per 1 mei</i>");
        assertThat(browser.findElements(By.cssSelector("#tijdlijn i"))).as("the reason as text, never HTML").isEmpty();
        assertThat(browser.findElement(By.id("kop")).getText()).contains("Fatima El Amrani");
        assertThat(optionTexts("overdragen-consulent")).as("not the case's own consulent")
                .contains("Anna de Vries").doesNotContain("Fatima El Amrani");
        new Select(browser.findElement(By.id("overdragen-consulent"))).selectByVisibleText("Anna de Vries");
        browser.findElement(By.id("overdragen-reden")).sendKeys("Anna blijft toch");
        browser.findElement(By.id("overdragen-knop")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> browser.findElement(By.id("kop")).getText()
                .contains("Anna de Vries"));
        assertThat(browser.findElement(By.id("overdragen-melding")).getText()).isEqualTo("1 zaak overgedragen aan Anna de Vries.");
        assertThat(browser.findElement(By.id("tijdlijn")).getText())
                .contains("Zaak overgedragen aan Anna de Vries door Carla Jansen: Anna blijft toch");
        assertThat(consulentOf(first)).isEqualTo("consulent");
        chromium.screenshot("regie-zaak-overgedragen.png");
    }

    /** Issue 19, point 5: a coordinator pauses a local norm from the case page with a reason, and resumes it. */
    @Test
    void aCoordinatorPausesALocalNormFromTheCasePageAndResumesIt() {
        driver = nl.inburgeringsregie.support.CaseDriver.register(engine, aanmeldingen,
                nl.inburgeringsregie.support.Aanmeldingen.of(nl.inburgeringsregie.support.TestBsn.next(),
                        nl.inburgeringsregie.zaak.Doelgroep.GEZINSMIGRANT));
        driver.consulent(nl.inburgeringsregie.zaak.process.InburgeringProcess.TASK_BRP_INSCHRIJVING_VASTLEGGEN,
                "brpInschrijfdatum", TestDates.today().minusDays(3).toString());
        driver.runAsyncSteps();
        chromium.inTimeZoneOnAnotherDayThanAmsterdam(); // the form's "today" is the Dutch day (failed 2026-12-02 23:19 UTC)
        logIn();
        open("/regie/zaak.html?nummer=" + driver.caseNumber());
        waitUntilLoaded();
        String pip = "#klokken tr[data-norm='PIP']";

        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> {
                    browser.findElement(By.cssSelector(pip)).findElement(By.xpath(".//button[normalize-space()='Pauzeren']"))
                            .click();
                    return true;
                });
        var form = browser.findElement(By.cssSelector("form.klok-actie"));
        new Select(form.findElement(By.name("soort"))).selectByVisibleText("Ziekte");
        form.findElement(By.name("toelichting")).sendKeys("Griep <b>zwaar</b>");
        form.findElement(By.xpath(".//button[normalize-space()='Opslaan']")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> row(pip)
                .contains("gepauzeerd sinds " + DutchDate.format(TestDates.today())));
        assertThat(row(pip)).startsWith("gepauzeerd | ");
        assertThat(browser.findElement(By.id("tijdlijn")).getText()).contains("Griep <b>zwaar</b>");
        assertThat(browser.findElements(By.cssSelector("#tijdlijn b"))).as("the note as text, never HTML").isEmpty();
        chromium.screenshot("regie-zaak-gepauzeerd.png");

        new WebDriverWait(browser, Duration.ofSeconds(10)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(page -> {
                    browser.findElement(By.cssSelector(pip)).findElement(By.xpath(".//button[normalize-space()='Hervatten']"))
                            .click();
                    return true;
                });
        browser.findElement(By.cssSelector("form.klok-actie")).findElement(By.xpath(".//button[normalize-space()='Opslaan']"))
                .click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(page -> !row(pip).startsWith("gepauzeerd"));
        assertThat(row(pip)).doesNotContain("gepauzeerd");
    }

    /**
     * Issue 20, point 5: on the case page a coordinator reads what DUO knows with one click; the part DUO refuses (403,
     * duo-m2m/README.md "Scope", R:23-27) says so in Dutch, the others show in words, all as text.
     */
    @Test
    void aCoordinatorReadsWhatDuoKnowsFromTheCasePage() {
        String bsn = nl.inburgeringsregie.support.TestBsn.next();
        driver = nl.inburgeringsregie.support.CaseDriver.register(engine, aanmeldingen,
                nl.inburgeringsregie.support.Aanmeldingen.of(bsn, nl.inburgeringsregie.zaak.Doelgroep.GEZINSMIGRANT));
        simulatedDuo.person(bsn).plichtBegin = TestDates.today().minusDays(10);
        faults.refuse(bsn, nl.inburgeringsregie.duo.DuoOperation.GRATISPOGINGEN_OPVRAGEN);
        try {
            logIn();
            open("/regie/zaak.html?nummer=" + driver.caseNumber());
            waitUntilLoaded();

            browser.findElement(By.id("duo-opvragen")).click();

            new WebDriverWait(browser, Duration.ofSeconds(15)).until(page -> browser.findElements(
                    By.cssSelector("#duo-gegevens .duo-onderdeel")).size() == 9);
            String plicht = browser.findElement(By.cssSelector(".duo-onderdeel[data-soort='INBURGERINGSPLICHT_OPVRAGEN']"))
                    .getText();
            assertThat(plicht).contains("Inburgeringsplicht").contains("Ja")
                    .contains(DutchDate.format(TestDates.today().minusDays(10)));
            assertThat(browser.findElement(By.cssSelector(".duo-onderdeel[data-soort='GRATISPOGINGEN_OPVRAGEN']"))
                    .getText()).contains("Gratis examenpogingen").contains("DUO geeft dit niet:");
            assertThat(browser.findElement(By.cssSelector(".duo-onderdeel[data-soort='DOELGROEP_OPVRAGEN']")).getText())
                    .contains("Gezinsmigrant en overige migrant");
            assertThat(browser.findElement(By.id("duo-gegevens")).getText()).doesNotContain(bsn);
            chromium.screenshot("regie-zaak-duo.png");
        } finally {
            faults.clear(bsn);
        }
    }

    @org.springframework.beans.factory.annotation.Autowired
    nl.inburgeringsregie.duo.simulator.SimulatedDuo simulatedDuo;
    @org.springframework.beans.factory.annotation.Autowired
    nl.inburgeringsregie.duo.simulator.SimulatedDuoFaults faults;

    /** The row's class and text in one read, so a re-render between two reads cannot go stale. */
    private String row(String selector) {
        return (String) browser.executeScript("const row = document.querySelector(arguments[0]);"
                + "return row ? row.className + ' | ' + row.innerText : '';", selector);
    }

    private static String notChosen(nl.inburgeringsregie.support.RegieData data, long caseId) {
        return data.caseNumber(caseId);
    }

    private String consulentOf(long caseId) {
        return jdbc.sql("SELECT consulent FROM integration_case WHERE id = ?").param(caseId).query(String.class).single();
    }

    private java.util.List<String> optionTexts(String select) {
        return new Select(browser.findElement(By.id(select))).getOptions().stream().map(option -> option.getText()).toList();
    }

    /** A page that does not exist, or a status the application answers without a page of its own: Dutch, never Spring's English error page. */
    @Test
    void aPageThatDoesNotExistAnswersInDutch() {
        logIn();
        open("/regie/bestaat-niet");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Whitelabel");
        assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("nl");
    }

    private void logIn() {
        logInToRegie("coordinator", "demo");
        waitUntilLoaded();
    }

    private void showKpis(String from, String to) {
        for (var field : new String[][] {{"kpi-van", from}, {"kpi-tot", to}}) {
            var input = browser.findElement(By.id(field[0]));
            input.clear();
            input.sendKeys(field[1]);
        }
        browser.findElement(By.cssSelector("#periode button[type=submit]")).click();
    }

}
