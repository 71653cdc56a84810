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
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.borderwatch.contract.ArticleAnalysis;
import org.borderwatch.contract.RawArticle;
import org.borderwatch.contract.Topics;
import org.borderwatch.query.testing.SeedFixtures;
import org.borderwatch.testing.kafka.EmbeddedKafka;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page in a real headless Chromium when the read API needs a token ({@code borderwatch.read.token}): without
 * it the page loads and says the data was refused; opened once as {@code /?token=...}, its fetches and its
 * server-sent events (an EventSource sends no header) carry the HttpOnly cookie and the pictures show, live.
 */
@QuarkusTest
@TestProfile(ReadTokenPageIT.WithReadToken.class)
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class ReadTokenPageIT {
    static final String TOKEN = "page-read-token-51c2";
    static final String SEP = "am-az-2022-09-13";
    static final String MAY = "am-az-2021-05-12";

    public static class WithReadToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("borderwatch.read.token", TOKEN);
        }
    }

    EmbeddedKafka kafka;

    @TestHTTPResource("/")
    URL base;

    @Test
    void thePageWorksWithTheTokenGivenOnceAndSaysWhatIsWrongWithout() {
        SeedFixtures seeds = new SeedFixtures();
        try (org.borderwatch.query.testing.Topics topics =
                new org.borderwatch.query.testing.Topics(kafka.bootstrapServers())) {
            for (RawArticle raw : seeds.raws()) {
                topics.send(Topics.RAW, raw.articleId(), raw);
            }
            for (ArticleAnalysis a : seeds.analyses(SeedFixtures.V1)) {
                topics.send(Topics.ANALYZED, a.articleId(), a);
            }
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().header("Authorization", "Bearer " + TOKEN)
                .get("/articles?status=analyzed").then().body("$", hasSize(5)));

        try (HeadlessChromium chromium = new HeadlessChromium()) {
            WebDriverWait wait = new WebDriverWait(chromium.driver, Duration.ofSeconds(20));
            chromium.driver.get(base + "#/");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main .error")));
            String refused = chromium.driver.findElement(By.cssSelector("main .error")).getText();
            assertTrue(refused.contains("401"), refused);
            chromium.screenshot("read-token-01-without");

            chromium.driver.get(base + "?token=" + TOKEN + "#/");
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "#/"));
            assertFalse(chromium.driver.getCurrentUrl().contains(TOKEN), "the token left the address bar");
            assertEquals(List.of(SEP, MAY), chromium.driver.findElements(By.cssSelector("tr.incident-row")).stream()
                    .map(r -> r.getDomAttribute("data-id")).toList());
            Object scriptCookies = chromium.driver.executeScript("return document.cookie");
            assertFalse(String.valueOf(scriptCookies).contains(TOKEN), "HttpOnly: scripts cannot read the token");

            chromium.driver.get(base + "#/incidents/" + SEP);
            wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "#/incidents/" + SEP));
            wait.until(ExpectedConditions.attributeToBe(By.cssSelector("article.incident"), "data-live", "live"));
            chromium.screenshot("read-token-02-with");
        }
    }
}
