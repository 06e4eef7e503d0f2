package pl.vetworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import pl.vetworkflow.testsupport.EmbeddedPostgresConfiguration;
import pl.vetworkflow.testsupport.Http;

/** The production profile on a real PostgreSQL: no demo users, admin from the environment, hardened HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "VET_ADMIN_USER=opsadmin",
    "VET_ADMIN_PASSWORD=Prod-Secret-7319",
    "VET_PUBLIC_BASE_URL=https://vet.example.org",
    "VET_SMTP_HOST=localhost",
    "VET_SMTP_PORT=3025",
    "VET_SCHOOLS_CSV=classpath:reference-data/schools.csv",
    // the DataSource comes from EmbeddedPostgresConfiguration; these only satisfy the placeholders
    "VET_DB_URL=jdbc:postgresql://unused/unused", "VET_DB_USER=unused", "VET_DB_PASSWORD=unused",
    "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("postgres")
@org.springframework.test.annotation.DirtiesContext
@Import(EmbeddedPostgresConfiguration.class)
class ProductionProfileTest {
  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  @Test
  void demoUsersDoNotExistAndCannotLogIn() {
    assertThat(identityService.createUserQuery().userIdIn("coordinator", "school1", "employer1").count()).isZero();
    assertThat(Http.basic(port, "coordinator", "coordinator").get("/engine-rest/task?maxResults=1").statusCode())
        .isEqualTo(401);
    assertThat(Http.basic(port, "admin", "admin").get("/engine-rest/task?maxResults=1").statusCode())
        .isEqualTo(401);
    Http browser = Http.anonymous(port);
    browser.get("/camunda/app/tasklist/");
    assertThat(browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
        "username=coordinator&password=coordinator").statusCode()).isIn(401, 403);
    assertThat(browser.get("/camunda/api/engine/engine/default/task/count").statusCode()).isIn(401, 403);
  }

  @Test
  void theAdminFromTheEnvironmentWorks() {
    assertThat(Http.basic(port, "opsadmin", "Prod-Secret-7319").get("/engine-rest/task?maxResults=1").statusCode())
        .isEqualTo(200);
    assertThat(identityService.createUserQuery().userId("opsadmin").memberOfGroup("camunda-admin").count())
        .isEqualTo(1);
  }

  @Test
  void responsesCarryHstsAndTheSessionCookieIsSecure() {
    var response = Http.anonymous(port).get("/camunda/app/tasklist/");
    assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
        v -> assertThat(v).startsWith("max-age=31536000"));
    assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
        .startsWith("JSESSIONID").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
  }

  @Test
  void oversizedRequestsAreRefused() {
    String big = "{\"variables\":{\"x\":{\"value\":\"" + "a".repeat(2_200_000) + "\"}}}";
    var response = Http.basic(port, "opsadmin", "Prod-Secret-7319")
        .postJson("/engine-rest/process-definition/key/none/start", big);
    assertThat(response.statusCode()).isEqualTo(413);
  }
}
