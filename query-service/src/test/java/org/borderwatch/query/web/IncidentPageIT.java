package org.borderwatch.query.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.EventRecord;
import org.borderwatch.contract.EventType;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Topics;
import org.borderwatch.query.testing.SeedFixtures;
import org.borderwatch.testing.kafka.EmbeddedKafka;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The analyst page in a real headless Chromium against the real service: the seeds' raw articles and analyses go
 * through a real in-process broker, the page is served by query-service on its test port.
 * Screenshots: target/screenshots/*.png.
 */
@QuarkusTest
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IncidentPageIT {
    static final String MAY = "am-az-2021-05-12";
    static final String SEP = "am-az-2022-09-13";
    private static final SeedFixtures SEEDS = new SeedFixtures();
    private static boolean published;
    private static HeadlessChromium chromium;

    EmbeddedKafka kafka;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void seedsPublishedAndBrowserOpen() {
        if (!published) {
            try (org.borderwatch.query.testing.Topics topics =
                    new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
                for (RawArticle raw : SEEDS.raws()) {
                    topics.send(Topics.RAW, raw.articleId(), raw);
                }
                for (ArticleAnalysis a : SEEDS.analyses(SeedFixtures.V1)) {
                    topics.send(Topics.ANALYZED, a.articleId(), a);
                }
            }
            published = true;
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                    given().get("/articles?status=analyzed").then().body("$", hasSize(5)));
        }
        if (chromium == null) {
            chromium = new HeadlessChromium();
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
    }

    @Test
    @Order(1)
    void theListShowsTheTwoSeedIncidentsWithTheirKilledFigures() {
        open("#/");
        List<WebElement> rows = driver().findElements(By.cssSelector("tr.incident-row"));
        assertEquals(List.of(SEP, MAY), rows.stream().map(r -> r.getDomAttribute("data-id")).toList());
        WebElement sep = row(SEP);
        assertTrue(sep.getText().contains("Armenia"), sep.getText());
        assertTrue(sep.getText().contains("Azerbaijan"), sep.getText());
        assertEquals("49", sep.findElement(By.cssSelector("td.killed")).getText());
        // Each row's strip has one bar per day with a dated event of its own articles (the timeline API's dates).
        for (String id : List.of(SEP, MAY)) {
            assertEquals(datedDays(id), row(id).findElements(By.cssSelector("svg.strip g.day")).stream()
                    .map(g -> g.getDomAttribute("data-date")).toList(), id);
        }
        chromium.screenshot("01-incident-list");

        // The state filter goes through the REST filter: no incident involves Kyrgyzstan.
        WebElement country = driver().findElement(By.id("f-country"));
        country.sendKeys("KG");
        driver().findElement(By.cssSelector("form.filters button")).click();
        waitReady("#/?country=KG");
        assertTrue(driver().findElements(By.cssSelector("tr.incident-row")).isEmpty());
        assertTrue(text("main").contains("No incident matches"), text("main"));

        // The date range: only the September 2022 incident starts after New Year 2022.
        open("#/");
        js("arguments[0].value = '2022-01-01';", driver().findElement(By.id("f-from")));
        driver().findElement(By.cssSelector("form.filters button")).click();
        waitReady("#/?from=2022-01-01");
        assertEquals(List.of(SEP), driver().findElements(By.cssSelector("tr.incident-row")).stream()
                .map(r -> r.getDomAttribute("data-id")).toList());

        row(open("#/"), SEP).findElement(By.tagName("a")).click();
        waitReady("#/incidents/" + SEP);
    }

    @Test
    @Order(2)
    void theSeptemberIncidentShowsThe49KilledClaimWithItsSource() {
        open("#/incidents/" + SEP);
        WebElement killed = claimsTable("Killed");
        assertEquals("49", killed.findElement(By.cssSelector(".best")).getText());
        WebElement claim = killed.findElements(By.cssSelector("tbody tr")).stream()
                .filter(r -> r.getText().contains("49")).findFirst().orElseThrow();
        assertTrue(claim.getText().contains("Pashinyan"), claim.getText());
        assertTrue(claim.getText().contains("not the final figures"), claim.getText());
        WebElement source = claim.findElement(By.cssSelector("a[href^='#/articles/']"));
        assertEquals("#/articles/" + SEEDS.id(3), source.getDomAttribute("href"));
        assertTheMapShowsTheBordersAndOneMarkerPerLocatedPlace(SEP, List.of("Goris", "Jermuk", "Sotk"), List.of());
        // A marker's popup lists the events that name the place and their sources, by outlet and date.
        driver().findElement(By.cssSelector("#incident-map path.place-marker[data-place='Jermuk']")).click();
        assertTrue(popupText("Jermuk", "attack", "Eurasia Business News, 2022-09-13").contains("Jermuk"));
        // Sources are named by title, outlet and date, never by the article's hash.
        assertFalse(text("main").contains(SEEDS.id(3).substring(0, 10)), "an article named by its hash");
        assertTrue(text(".facts").contains("mediated by Russia"), text(".facts"));
        assertEquals(2, driver().findElements(By.cssSelector(".columns .column")).size());
        chromium.screenshot("02-incident-2022");

        // Print: the navigation and the forms go, the content stays.
        driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertFalse(driver().findElement(By.cssSelector("header.site")).isDisplayed());
            assertFalse(driver().findElement(By.cssSelector("form.asof")).isDisplayed());
            assertTrue(claimsTable("Killed").isDisplayed());
            chromium.screenshot("08-incident-2022-print");
        } finally {
            driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    @Test
    @Order(3)
    void aNewAnalysisAppearsWithoutReloadingThePage() {
        open("#/incidents/" + SEP);
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d ->
                "live".equals(d.findElement(By.cssSelector("article.incident")).getDomAttribute("data-live")));
        assertTrue(driver().findElements(By.xpath("//table[contains(@class,'claims')]/caption[contains(., 'Wounded')]"))
                .isEmpty(), "no wounded figure before the new analysis");
        js("window.borderwatchPageMarker = 'same page';");

        ArticleAnalysis newer = withWoundedClaim(SEEDS.analysis(3, "1.1.0"), 12);
        try (org.borderwatch.query.testing.Topics topics =
                new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
            topics.send(Topics.ANALYZED, newer.articleId(), newer);
        }

        WebElement wounded = new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> d.findElements(By.xpath(
                "//table[contains(@class,'claims')][caption[contains(., 'Wounded')]]")).stream().findFirst().orElse(null));
        assertEquals("12", wounded.findElement(By.cssSelector(".best")).getText());
        assertTrue(driver().findElement(By.id("updated")).getText().startsWith("Updated"));
        assertEquals("same page", js("return window.borderwatchPageMarker;"), "the page was not reloaded");
        // The replaced analysis of the same article still counts once.
        assertEquals(1, claimsTable("Killed").findElements(By.cssSelector("tbody tr")).size());
        chromium.screenshot("03-incident-2022-live-update");
    }

    @Test
    @Order(4)
    void asOfTheFourteenthOfMayTheAppealIsThereButNotItsRejection() {
        open("#/incidents/" + MAY);
        WebElement live = driver().findElement(By.cssSelector("#sec-appeals .appeal"));
        assertEquals("rejected", live.getDomAttribute("data-outcome"));
        assertTrue(live.getText().contains("a border incident"), live.getText());
        assertTrue(text("#sec-casualties").contains("no casualties"), text("#sec-casualties"));
        assertTrue(text("#sec-articles").contains("also published by"), text("#sec-articles"));
        // The near-duplicate copy (seed 004) is folded under its original, not repeated in the timeline.
        assertEquals(1, driver().findElements(By.cssSelector("#sec-timeline li")).stream()
                .filter(li -> li.getText().contains("Rejection")).count(), text("#sec-timeline"));
        assertTrue(text("#sec-timeline").contains("by Azerbaijan"), text("#sec-timeline"));
        chromium.screenshot("04-incident-2021-live");

        WebElement date = driver().findElement(By.id("asof-date"));
        js("arguments[0].value = '2021-05-14';", date);
        driver().findElement(By.cssSelector("form.asof button")).click();
        waitReady("#/incidents/" + MAY + "?asOf=2021-05-14");
        WebElement appeal = driver().findElement(By.cssSelector("#sec-appeals .appeal"));
        assertTrue(appeal.getText().contains("Collective Security Treaty Organization")
                || appeal.getText().contains("CSTO"), appeal.getText());
        assertEquals("consultations", appeal.getDomAttribute("data-outcome"));
        assertTrue(appeal.findElements(By.cssSelector(".step-rejected")).isEmpty(), appeal.getText());
        assertFalse(appeal.getText().contains("a border incident"), appeal.getText());
        assertEquals("as-of", driver().findElement(By.cssSelector("article.incident")).getDomAttribute("data-live"));
        assertEquals(1, driver().findElements(By.cssSelector("#sec-articles ul.article-list > li")).size());
        chromium.screenshot("05-incident-2021-as-of-2021-05-14");
    }

    @Test
    @Order(5)
    void theArticlePageHighlightsTheEvidenceOfItsRecords() {
        open("#/articles/" + SEEDS.id(3));
        List<WebElement> marks = driver().findElements(By.cssSelector("#article-text mark"));
        assertFalse(marks.isEmpty());
        WebElement evidence = marks.stream().filter(m -> m.getText().contains("not the final figures")).findFirst()
                .orElseThrow(() -> new AssertionError("no mark on the 49-killed sentence"));
        evidence.click();
        List<WebElement> selected = driver().findElements(By.cssSelector("li.record.selected"));
        assertFalse(selected.isEmpty());
        assertTrue(selected.stream().anyMatch(r -> r.getText().contains("49 killed")
                && r.getText().contains("Pashinyan")), selected.get(0).getText());
        assertTrue(evidence.getDomAttribute("class").contains("selected"));
        chromium.screenshot("06-article-2022");

        // A denial is shown struck through: the May article's "there are no casualties".
        open("#/articles/" + SEEDS.id(1));
        assertFalse(driver().findElements(By.cssSelector("li.record.negated s")).isEmpty(), text(".records-col"));
        chromium.screenshot("07-article-2021-denial");
    }

    @Test
    @Order(6)
    void theListGainsANewIncidentWithoutReloadingAndItsMapShowsItsBorder() {
        open("#/");
        new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d ->
                "live".equals(d.findElement(By.cssSelector(".incidents-view")).getDomAttribute("data-live")));
        assertEquals(2, driver().findElements(By.cssSelector("tr.incident-row")).size());
        js("window.borderwatchPageMarker = 'same page';");

        PageFixtures.Article clash = PageFixtures.borderClashBetweenKyrgyzstanAndTajikistan();
        publish(clash);

        WebElement fresh = new WebDriverWait(driver(), Duration.ofSeconds(30)).until(d -> d.findElements(
                By.cssSelector("tr.incident-row[data-id^='kg-tj-']")).stream().findFirst().orElse(null));
        assertEquals("same page", js("return window.borderwatchPageMarker;"), "the page was not reloaded");
        assertTrue(fresh.getDomAttribute("class").contains("fresh"), fresh.getDomAttribute("class"));
        assertTrue(fresh.getText().contains("Kyrgyzstan"), fresh.getText());
        assertEquals("2", fresh.findElement(By.cssSelector("td.killed")).getText());
        assertEquals(List.of("2022-09-14"), fresh.findElements(By.cssSelector("svg.strip g.day")).stream()
                .map(g -> g.getDomAttribute("data-date")).toList());
        assertEquals(3, driver().findElements(By.cssSelector("tr.incident-row")).size());
        assertTrue(driver().findElement(By.id("updated")).getText().startsWith("Updated"));
        chromium.screenshot("09-incident-list-live-new-incident");

        // The stream takes the list's filters, and words a bad one like the list does.
        given().get("/incidents/stream?from=yesterday").then().statusCode(400);

        String id = fresh.getDomAttribute("data-id");
        fresh.findElement(By.tagName("a")).click();
        waitReady("#/incidents/" + id);
        assertTheMapShowsTheBordersAndOneMarkerPerLocatedPlace(id, List.of("Kok-Tash"), List.of("Ak-Tatyr"));
        chromium.screenshot("10-incident-kg-tj-map");
        // A marker opens its popup from the keyboard too.
        driver().findElement(By.cssSelector("#incident-map path.place-marker[data-place='Kok-Tash']"))
                .sendKeys(org.openqa.selenium.Keys.ENTER);
        assertTrue(popupText("Kok-Tash", "2 killed", "Valley Courier, 2022-09-15").contains("Kok-Tash"));
    }

    @Test
    @Order(7)
    void theArticlesSayWhatBecameOfEachAndWhy() {
        PageFixtures.Article budget = PageFixtures.notAnIncident();
        String failed = PageFixtures.sha256("an article the engine could not analyze");
        String foreign = PageFixtures.sha256("an article in a language the extractor does not read");
        publish(budget);
        try (org.borderwatch.query.testing.Topics topics =
                new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
            topics.send(Topics.REJECTED, failed, PageFixtures.rejection(failed, "failed.txt",
                    "engine failed: java.lang.IllegalStateException: time budget exceeded"));
            topics.send(Topics.REJECTED, foreign, PageFixtures.rejection(foreign, "foreign.txt",
                    "language ru: not supported yet"));
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().get("/articles?status=rejected").then().body("$", hasSize(2)));

        open("#/articles");
        assertEquals("not-incident", articleRow(budget.id()).getDomAttribute("data-status"));
        assertTrue(articleRow(budget.id()).getText().contains("only one state (AM)"), articleRow(budget.id()).getText());
        assertEquals("rejected", articleRow(failed).getDomAttribute("data-status"));
        assertTrue(articleRow(failed).getText().contains("time budget exceeded"), articleRow(failed).getText());
        assertEquals("language", articleRow(foreign).getDomAttribute("data-status"));
        assertTrue(articleRow(foreign).getText().contains("unsupported language"), articleRow(foreign).getText());
        // Seed 004 is a near-copy of seed 001: it names its original by title.
        WebElement copy = articleRow(SEEDS.id(4));
        assertEquals("copy", copy.getDomAttribute("data-status"));
        assertEquals("#/articles/" + SEEDS.id(1), copy.findElement(By.cssSelector("a.original")).getDomAttribute("href"));
        assertEquals("incident", articleRow(SEEDS.id(3)).getDomAttribute("data-status"));
        assertEquals("#/incidents/" + SEP, articleRow(SEEDS.id(3)).findElement(By.cssSelector("a.incident-link"))
                .getDomAttribute("href"));
        chromium.screenshot("11-article-list-reasons");

        open("#/articles/" + SEEDS.id(4));
        assertTrue(text("#article-reason").startsWith("copy of"), text("#article-reason"));
        assertEquals("#/articles/" + SEEDS.id(1),
                driver().findElement(By.cssSelector("#article-reason a.original")).getDomAttribute("href"));
        open("#/articles/" + budget.id());
        assertTrue(text("#article-reason").contains("only one state (AM)"), text("#article-reason"));
    }

    /**
     * The open popup's text once it holds every fragment: Leaflet lays a popup out after opening it, and a live update
     * may redraw the map, so the popup is found afresh until its text is complete (fails after 10 s with the last text).
     */
    private static String popupText(String... fragments) {
        String[] last = {""};
        try {
            return new WebDriverWait(driver(), Duration.ofSeconds(10))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
                        last[0] = d.findElements(By.cssSelector(".leaflet-popup .place-popup")).stream()
                                .map(WebElement::getText).findFirst().orElse("");
                        return java.util.Arrays.stream(fragments).allMatch(last[0]::contains) ? last[0] : null;
                    });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("the popup never showed " + java.util.Arrays.toString(fragments) + ": " + last[0], e);
        }
    }

    /** Borders drawn (the pair shaded, their shared border thick), one marker per located place, the rest listed. */
    private static void assertTheMapShowsTheBordersAndOneMarkerPerLocatedPlace(String incident, List<String> located,
            List<String> unlocated) {
        WebElement map = new WebDriverWait(driver(), Duration.ofSeconds(20)).until(d -> d.findElements(
                By.cssSelector("#incident-map[data-borders='drawn']")).stream().findFirst().orElse(null));
        assertTrue(map.findElements(By.cssSelector("path.country")).size() > 100, "the countries of the world");
        assertEquals(2, map.findElements(By.cssSelector("path.country.party")).size(), "the two states of " + incident);
        WebElement border = map.findElement(By.cssSelector("path.shared-border"));
        assertTrue(border.getDomAttribute("d").length() > 50, "their shared border: " + border.getDomAttribute("d"));
        List<Object> places = given().get("/incidents/" + incident).then().extract().path("locations.findAll { it.lat != null }.name");
        assertEquals(located, places.stream().map(String::valueOf).sorted().toList(), "located places of the picture");
        assertEquals(located, map.findElements(By.cssSelector("path.place-marker")).stream()
                .map(m -> m.getDomAttribute("data-place")).sorted().toList());
        List<String> listed = driver().findElements(By.cssSelector("aside.unlocated ul.unlocated-places li")).stream()
                .map(li -> li.getDomAttribute("data-place")).toList();
        assertEquals(unlocated, listed);
    }

    private void publish(PageFixtures.Article article) {
        try (org.borderwatch.query.testing.Topics topics =
                new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
            topics.send(Topics.RAW, article.id(), article.raw());
            topics.send(Topics.ANALYZED, article.id(), article.analysis());
        }
    }

    /** The days with a dated event of the incident's own articles: not background, not denied, not of a copy. */
    private static List<String> datedDays(String incident) {
        List<String> copies = given().get("/incidents/" + incident).then().extract()
                .path("articles.findAll { it.duplicateOf != null }.id");
        List<java.util.Map<String, Object>> timeline = given().get("/incidents/" + incident + "/timeline").then()
                .extract().path("$");
        return timeline.stream().filter(t -> !copies.contains(t.get("articleId")))
                .map(t -> (java.util.Map<?, ?>) t.get("event"))
                .filter(e -> !Boolean.TRUE.equals(e.get("background")) && !Boolean.TRUE.equals(e.get("negated")))
                .map(e -> (String) e.get("date")).filter(d -> d != null && d.length() == 10)
                .distinct().sorted().toList();
    }

    private static WebElement articleRow(String id) {
        return driver().findElement(By.cssSelector("tr.article-row[data-id='" + id + "']"));
    }

    private static ArticleAnalysis withWoundedClaim(ArticleAnalysis a, int wounded) {
        List<EventRecord> events = new ArrayList<>(a.events());
        EventRecord k = events.stream().filter(e -> e.type() == EventType.CASUALTIES).findFirst().orElseThrow();
        events.add(new EventRecord(k.id() + "-w", EventType.CASUALTIES, null, k.date(), k.datePrecision(), false, "AM",
                null, new EventRecord.Counts(null, wounded, null, null, null, null, null, null), k.actors(), null,
                null, List.of(), k.claimedBy(), null, k.evidence(), 0.8, false, null, "1.1.0", null));
        return new ArticleAnalysis(a.schemaVersion(), a.articleId(), a.extractor(), a.analyzedAt(), a.published(),
                a.isBorderIncident(), a.countries(), events, a.warnings(), a.title(), a.outlet(), a.fileName(),
                a.ingestedAt());
    }

    private static ChromeDriver driver() {
        return chromium.driver;
    }

    /** Navigates to a route and waits until the page says it has rendered it. */
    private ChromeDriver open(String hash) {
        driver().get(base + hash);
        waitReady(hash);
        return driver();
    }

    private static void waitReady(String hash) {
        new WebDriverWait(driver(), Duration.ofSeconds(20))
                .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", hash));
        List<WebElement> errors = driver().findElements(By.cssSelector("main .error"));
        assertTrue(errors.isEmpty(), () -> errors.get(0).getText());
    }

    private static WebElement row(String id) {
        return driver().findElement(By.cssSelector("tr.incident-row[data-id='" + id + "']"));
    }

    private static WebElement row(ChromeDriver d, String id) {
        return row(id);
    }

    private static WebElement claimsTable(String category) {
        return driver().findElement(By.xpath(
                "//section[@id='sec-casualties']//table[caption[starts-with(normalize-space(.), '" + category + "')]]"));
    }

    private static String text(String css) {
        return driver().findElement(By.cssSelector(css)).getText();
    }

    private static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver()).executeScript(script, args);
    }
}
