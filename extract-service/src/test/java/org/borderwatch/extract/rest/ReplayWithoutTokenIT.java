package org.borderwatch.extract.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.borderwatch.testing.kafka.KafkaBrokerTestResource;
import org.junit.jupiter.api.Test;

/** As in %prod without BORDERWATCH_ADMIN_TOKEN: the replay endpoints are off, whatever the caller presents. */
@QuarkusTest
@TestProfile(ReplayWithoutTokenIT.NoAdminToken.class)
@QuarkusTestResource(value = KafkaBrokerTestResource.class, restrictToAnnotatedClass = true)
class ReplayWithoutTokenIT {

    public static class NoAdminToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("borderwatch.admin.token", "");
        }
    }

    @Test
    void replayAnswers503WhenNoTokenIsConfigured() {
        given().header("Authorization", "Bearer test-admin-token").when().post("/admin/replay")
                .then().statusCode(503).body("error", equalTo("replay disabled: no admin token configured"));
        given().when().get("/admin/replay")
                .then().statusCode(503).body("error", equalTo("replay disabled: no admin token configured"));
    }
}
