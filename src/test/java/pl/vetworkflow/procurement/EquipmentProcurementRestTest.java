package pl.vetworkflow.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.vetworkflow.procurement.ProcurementForms.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import pl.vetworkflow.validation.FormValidationException;
import pl.vetworkflow.testsupport.Http;
import pl.vetworkflow.testsupport.PostgresIntegrationTest;
import pl.vetworkflow.validation.JsonRows;

/**
 * equipment-procurement over real HTTP on a real PostgreSQL 17, as the demo users: school1 submits and
 * works the school's tasks, coordinator the programme office's, accountant the invoice. school2 sees
 * nothing of it. Invalid submissions are refused with the field named, and change nothing.
 */
@PostgresIntegrationTest
class EquipmentProcurementRestTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ManagementService management;
  @Autowired RuntimeService runtime;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  static String body(Map<String, Object> variables) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode vars = root.putObject("variables");
    variables.forEach((name, value) -> {
      ObjectNode v = vars.putObject(name);
      if (value instanceof Long l) {
        v.put("value", l).put("type", "Long");
      } else if (value instanceof Double d) {
        v.put("value", d).put("type", "Double");
      } else if (value instanceof Boolean b) {
        v.put("value", b).put("type", "Boolean");
      } else if (value instanceof List<?> rows) { // as Tasklist sends a dynamiclist: type Json, the array as text
        try {
          v.put("value", JSON.writeValueAsString(rows)).put("type", "Json");
        } catch (Exception e) {
          throw new IllegalArgumentException(e);
        }
      } else {
        v.put("value", (String) value).put("type", "String");
      }
    });
    return root.toString();
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  HttpResponse<String> start(Http user, Map<String, Object> request) {
    return user.postJson("/engine-rest/process-definition/key/equipment-procurement/start", body(request));
  }

  /** The one open task of the case with this key, as the user sees it through REST. */
  String taskId(Http user, String businessKey, String taskKey) {
    JsonNode tasks = json(user.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey.replace("/", "%2F")
        + "&taskDefinitionKey=" + taskKey + "&maxResults=10"));
    assertThat(tasks).as("open task %s of %s visible to the user", taskKey, businessKey).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  void complete(Http user, String businessKey, String taskKey, Map<String, Object> variables) {
    HttpResponse<String> response = user.postJson("/engine-rest/task/" + taskId(user, businessKey, taskKey) + "/complete",
        body(variables));
    assertThat(response.statusCode()).as(taskKey + ": " + response.body()).isEqualTo(204);
  }

  /** The asset register's pre-filled rows, as the task form loads them (a Json variable). */
  String inventoryRows(Http user, String businessKey) {
    JsonNode vars = json(user.get("/engine-rest/task/" + taskId(user, businessKey, "recordAssets")
        + "/form-variables?variableNames=inventoryNumbers&deserializeValues=false"));
    assertThat(vars.path("inventoryNumbers").path("type").asText()).isEqualTo("Json");
    return vars.path("inventoryNumbers").path("value").asText();
  }

  String variables(Http user, String taskId) {
    HttpResponse<String> response = user.get("/engine-rest/task/" + taskId + "/variables");
    assertThat(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  void fireTimer(String businessKey, String activityId) {
    String sub = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey("supplier-selection").singleResult().getId();
    Job job = management.createJobQuery().processInstanceId(sub).activityId(activityId).singleResult();
    management.executeJob(job.getId());
  }

  @Test
  void oneRequestFromSubmissionToAssetRegisterAsTheDemoUsers() {
    Http school1 = Http.basic(port, "school1", "school1");
    Http school2 = Http.basic(port, "school2", "school2");
    Http coordinator = Http.basic(port, "coordinator", "coordinator");
    Http accountant = Http.basic(port, "accountant", "accountant");
    LocalDate today = ProcurementCalendar.today();

    HttpResponse<String> started = start(school1, request("1", "TEACHING_AIDS", 3, 1500.00, today));
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    String businessKey = json(started).get("businessKey").asText();
    String instanceId = json(started).get("id").asText();
    assertThat(businessKey).matches("ZS/\\d{4}/\\d{4}");

    // the school sees its own case; another school sees nothing of it
    assertThat(json(school1.get("/engine-rest/process-instance?businessKey=" + businessKey + "&maxResults=10"))).hasSize(1);
    assertThat(json(school2.get("/engine-rest/process-instance?businessKey=" + businessKey + "&maxResults=10"))).isEmpty();
    assertThat(json(school2.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId + "&maxResults=10"))).isEmpty();
    assertThat(json(school2.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&maxResults=10"))).isEmpty();
    assertThat(school2.get("/engine-rest/process-instance/" + instanceId + "/variables").statusCode()).isIn(403, 404);
    // and may not start a request for it
    HttpResponse<String> foreign = start(school2, request("1", "TEACHING_AIDS", 1, 100.00, today));
    assertThat(foreign.statusCode()).isEqualTo(400);
    assertThat(foreign.body()).contains("schoolId");

    complete(coordinator, businessKey, "reviewRequest", review("APPROVE", null));
    complete(coordinator, businessKey, "recordEnquiry", enquiry(null, today, today.plusDays(3)));
    fireTimer(businessKey, "offerDeadlineReached");
    complete(coordinator, businessKey, "recordOffers", offers(4200.00));
    complete(coordinator, businessKey, "recordContract", ProcurementForms.contract(4200.00, today, today.plusDays(14)));

    assertThat(json(school2.get("/engine-rest/task?processInstanceBusinessKey=" + businessKey + "&maxResults=10"))).isEmpty();
    complete(school1, businessKey, "confirmDelivery", delivery(today, "FULL"));
    complete(school1, businessKey, "recordAssets", assets(inventoryRows(school1, businessKey), today));
    complete(accountant, businessKey, "recordInvoice", invoice(4200.00, today));

    JsonNode history = json(coordinator.get("/engine-rest/history/process-instance?processInstanceId=" + instanceId + "&maxResults=10"));
    assertThat(history.get(0).get("state").asText()).isEqualTo("COMPLETED");
    Map<String, Object> row = jdbc.queryForMap(
        "select status, contract_net_value, durability_end_date from vet_procurement_order where process_instance_id = ?",
        instanceId);
    assertThat(row.get("status")).isEqualTo("COMPLETED");
    assertThat(new java.math.BigDecimal(row.get("contract_net_value").toString())).isEqualByComparingTo("4200.00");
    assertThat(row.get("durability_end_date").toString()).isEqualTo(today.plusYears(5).toString());
    assertThat(json(coordinator.get("/engine-rest/history/variable-instance?processInstanceId=" + instanceId
        + "&variableName=durabilityEndDate&maxResults=10")).get(0).get("value").asText()).isEqualTo(today.plusYears(5).toString());
  }

  @Test
  void invalidStartRequestsAreRefusedNamingTheField() {
    Http school1 = Http.basic(port, "school1", "school1");
    LocalDate today = ProcurementCalendar.today();
    long before = runtime.createProcessInstanceQuery().processDefinitionKey("equipment-procurement").count();

    Map<String, Object> zeroQuantity = request("1", "OTHER", 1, 100.00, today);
    zeroQuantity.put("items", List.of(item("Stół", 1, 100.00), item("Krzesło", 0, 50.00)));
    zeroQuantity.put("estimatedNetValue", 100.00);
    assertThat(assertRefused(start(school1, zeroQuantity), "items"))
        .contains("wiersz 2, Ilość (szt.): wartość 0 jest mniejsza niż dozwolone minimum 1");

    Map<String, Object> negativePrice = request("1", "OTHER", 1, 100.00, today);
    negativePrice.put("items", List.of(item("Stół", 1, -5.00)));
    assertThat(assertRefused(start(school1, negativePrice), "items")).contains("wiersz 1, Cena jednostkowa netto");

    // the form computes the total; the server computes it again and refuses a different one
    Map<String, Object> wrongTotal = request("1", "OTHER", 3, 100.00, today);
    wrongTotal.put("estimatedNetValue", 299.00);
    assertThat(assertRefused(start(school1, wrongTotal), "estimatedNetValue"))
        .contains("szacunkowa wartość netto 299,00 zł nie zgadza się z sumą pozycji (ilość × cena jednostkowa netto):"
            + " 300,00 zł");

    assertRefused(start(school1, request("999", "OTHER", 1, 100.00, today)), "schoolId");

    Map<String, Object> tooLong = request("1", "OTHER", 1, 100.00, today);
    tooLong.put("purchaseSubject", "x".repeat(301));
    assertRefused(start(school1, tooLong), "purchaseSubject");

    Map<String, Object> extra = request("1", "OTHER", 1, 100.00, today);
    extra.put("approvedByCoordinator", true);
    assertRefused(start(school1, extra), "approvedByCoordinator");

    Map<String, Object> futureEstimate = request("1", "OTHER", 1, 100.00, today.plusDays(1));
    assertRefused(start(school1, futureEstimate), "estimateDate");

    Map<String, Object> halfRow = request("1", "OTHER", 1, 100.00, today);
    halfRow.put("items", List.of(item("Stół", 1, 100.00), Map.of("name", "Drugi przedmiot")));
    assertThat(assertRefused(start(school1, halfRow), "items")).contains("wiersz 2, Ilość (szt.): pole jest wymagane")
        .contains("wiersz 2, Cena jednostkowa netto: pole jest wymagane");

    Map<String, Object> noItems = request("1", "OTHER", 1, 100.00, today);
    noItems.put("items", List.of());
    assertRefused(start(school1, noItems), "items");

    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("equipment-procurement").count()).isEqualTo(before);
  }

  @Test
  void invalidTaskSubmissionsLeaveTheTaskOpenAndTheCaseUnchanged() {
    Http school1 = Http.basic(port, "school1", "school1");
    Http coordinator = Http.basic(port, "coordinator", "coordinator");
    Http teacher1 = Http.basic(port, "teacher1", "teacher1");
    LocalDate today = ProcurementCalendar.today();
    String businessKey = json(start(school1, request("1", "TEACHING_AIDS", 2, 800.00, today))).get("businessKey").asText();
    complete(coordinator, businessKey, "reviewRequest", review("APPROVE", null));
    complete(coordinator, businessKey, "recordEnquiry", enquiry(null, today, today.plusDays(3)));
    fireTimer(businessKey, "offerDeadlineReached");

    String offersTask = taskId(coordinator, businessKey, "recordOffers");
    String offersBefore = variables(coordinator, offersTask);
    Map<String, Object> badNip = offers(1500.00);
    badNip.put("offers", List.of(offer("Mechatronika Opole sp. z o.o.", "1234567890", 1500.00, 1845.00, 100L)));
    assertThat(assertRefused(coordinator.postJson("/engine-rest/task/" + offersTask + "/complete", body(badNip)),
        "offers")).contains("wiersz 1 (Mechatronika Opole sp. z o.o.), NIP: nieprawidłowy NIP '1234567890'");
    Map<String, Object> grossBelowNet = offers(1500.00);
    grossBelowNet.put("offers", List.of(offer("Mechatronika Opole sp. z o.o.", NIP_A, 1500.00, 1845.00, 100L),
        offer("Edu-Tech Nysa", NIP_B, 1600.00, 1000.00, 90L)));
    assertThat(assertRefused(coordinator.postJson("/engine-rest/task/" + offersTask + "/complete", body(grossBelowNet)),
        "offers")).contains("wiersz 2 (Edu-Tech Nysa), Cena brutto: kwota brutto 1 000,00 zł jest niższa niż kwota netto");
    Map<String, Object> chosenMissing = offers(1500.00);
    chosenMissing.put("chosenOffer", "3");
    assertRefused(coordinator.postJson("/engine-rest/task/" + offersTask + "/complete", body(chosenMissing)),
        "chosenOffer");
    assertThat(taskId(coordinator, businessKey, "recordOffers")).isEqualTo(offersTask);
    assertThat(variables(coordinator, offersTask)).isEqualTo(offersBefore);

    complete(coordinator, businessKey, "recordOffers", offers(1500.00));
    complete(coordinator, businessKey, "recordContract", ProcurementForms.contract(1500.00, today, today.plusDays(14)));

    String deliveryTask = taskId(school1, businessKey, "confirmDelivery");
    String deliveryBefore = variables(school1, deliveryTask);
    Map<String, Object> protocolBeforeDelivery = delivery(today, "FULL");
    protocolBeforeDelivery.put("protocolDate", today.minusDays(1).toString());
    assertRefused(school1.postJson("/engine-rest/task/" + deliveryTask + "/complete", body(protocolBeforeDelivery)),
        "protocolDate");
    Map<String, Object> defectsWithoutDescription = delivery(today, "DEFECTS");
    defectsWithoutDescription.remove("defectsDescription");
    assertRefused(school1.postJson("/engine-rest/task/" + deliveryTask + "/complete", body(defectsWithoutDescription)),
        "defectsDescription");
    // a teacher of the same school sees the school's task but may not complete it
    HttpResponse<String> byTeacher = teacher1.postJson("/engine-rest/task/" + deliveryTask + "/complete",
        body(delivery(today, "FULL")));
    assertThat(byTeacher.statusCode()).isIn(403, 404);
    assertThat(taskId(school1, businessKey, "confirmDelivery")).isEqualTo(deliveryTask);
    assertThat(variables(school1, deliveryTask)).isEqualTo(deliveryBefore);

    // asset register: one inventory number per delivered piece (2 ordered and accepted in full)
    complete(school1, businessKey, "confirmDelivery", delivery(today, "FULL"));
    String assetsTask = taskId(school1, businessKey, "recordAssets");
    String assetsBefore = variables(school1, assetsTask);
    String prefilled = inventoryRows(school1, businessKey);
    assertThat(JsonRows.of(prefilled)).containsExactly(
        Map.of("item", "1. Stanowisko dydaktyczne", "piece", "szt. 1 z 2"),
        Map.of("item", "1. Stanowisko dydaktyczne", "piece", "szt. 2 z 2"));
    Map<String, Object> valid = assets(prefilled, today);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> rows = (List<Map<String, Object>>) valid.get("inventoryNumbers");

    Map<String, Object> tooFew = new java.util.LinkedHashMap<>(valid);
    tooFew.put("inventoryNumbers", rows.subList(0, 1));
    assertThat(assertRefused(school1.postJson("/engine-rest/task/" + assetsTask + "/complete", body(tooFew)),
        "inventoryNumbers")).contains("podano 1 wiersz(e/y), a dostarczono 2 szt.");
    Map<String, Object> twice = new java.util.LinkedHashMap<>(valid);
    Map<String, Object> second = new java.util.LinkedHashMap<>(rows.get(1));
    second.put("inventoryNumber", rows.get(0).get("inventoryNumber"));
    twice.put("inventoryNumbers", List.of(rows.get(0), second));
    assertThat(assertRefused(school1.postJson("/engine-rest/task/" + assetsTask + "/complete", body(twice)),
        "inventoryNumbers")).contains("wiersz 2 (1. Stanowisko dydaktyczne, szt. 2 z 2), Numer inwentarzowy: numer"
            + " 'ST-" + today.getYear() + "-001' jest już w wierszu 1");
    Map<String, Object> missing = new java.util.LinkedHashMap<>(valid);
    missing.put("inventoryNumbers", List.of(rows.get(0), Map.of("item", "1. Stanowisko dydaktyczne", "piece", "szt. 2 z 2")));
    assertThat(assertRefused(school1.postJson("/engine-rest/task/" + assetsTask + "/complete", body(missing)),
        "inventoryNumbers")).contains("wiersz 2, Numer inwentarzowy: pole jest wymagane");
    assertThat(taskId(school1, businessKey, "recordAssets")).isEqualTo(assetsTask);
    assertThat(variables(school1, assetsTask)).isEqualTo(assetsBefore);
    complete(school1, businessKey, "recordAssets", valid);
    assertThat(JsonRows.of(runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .processDefinitionKey("equipment-procurement").singleResult().getId(), "inventoryNumbers")))
        .extracting(r -> r.get("inventoryNumber")).containsExactly("ST-" + today.getYear() + "-001",
            "ST-" + today.getYear() + "-002");
  }

  /**
   * The budget race: two requests of one school submitted at the same moment, each within the budget
   * but not both. The check of what is left and the reservation run under the school's row lock in one
   * transaction, so exactly one request is accepted and the other is refused with the budget error,
   * leaving nothing behind (no case, no order). Once through REST as the school's coordinator, then
   * several rounds through the Java API for the other schools, to give a race every chance to show.
   */
  @Test
  void twoRequestsAtTheSameMomentCannotTogetherExceedTheSchoolsBudget() throws Exception {
    LocalDate today = ProcurementCalendar.today();
    // default budget 100,000 PLN net per school; each request 60,000
    List<Outcome> rest = race(() -> {
      HttpResponse<String> response = start(Http.basic(port, "school2", "school2"),
          request("2", "MACHINE_TOOLS", 2, 30000.00, today));
      return new Outcome(response.statusCode() == 200, response.body());
    });
    assertOneAcceptedOneRefused("2", rest);

    for (String school : List.of("3", "4", "5", "6", "7", "8")) {
      List<Outcome> api = race(() -> {
        try {
          ProcessInstance pi = runtime.startProcessInstanceByKey("equipment-procurement",
              new java.util.HashMap<>(request(school, "MACHINE_TOOLS", 2, 30000.00, today)));
          return new Outcome(true, pi.getId());
        } catch (FormValidationException e) {
          return new Outcome(false, e.getMessage());
        }
      });
      assertOneAcceptedOneRefused(school, api);
    }
  }

  record Outcome(boolean accepted, String text) {}

  /** Runs the call in two threads released at the same moment. */
  static List<Outcome> race(Callable<Outcome> call) throws Exception {
    CyclicBarrier together = new CyclicBarrier(2);
    ExecutorService threads = Executors.newFixedThreadPool(2);
    try {
      List<Future<Outcome>> futures = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        futures.add(threads.submit(() -> {
          together.await(10, TimeUnit.SECONDS);
          return call.call();
        }));
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (Future<Outcome> f : futures) {
        outcomes.add(f.get(60, TimeUnit.SECONDS));
      }
      return outcomes;
    } finally {
      threads.shutdownNow();
    }
  }

  void assertOneAcceptedOneRefused(String school, List<Outcome> outcomes) {
    assertThat(outcomes).as("school " + school + ": " + outcomes).filteredOn(Outcome::accepted).hasSize(1);
    Outcome refused = outcomes.stream().filter(o -> !o.accepted()).findFirst().orElseThrow();
    assertThat(refused.text()).contains("„Szacunkowa wartość netto razem”").contains("przekracza pozostały budżet szkoły")
        .contains("40 000,00 zł");
    // nothing half-done: one order, one case of this school; 40,000 left
    assertThat(jdbc.queryForObject("select count(*) from vet_procurement_order where school_id = ?", Long.class, school))
        .isEqualTo(1L);
    assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("equipment-procurement")
        .variableValueEquals("schoolId", school).count()).isEqualTo(1L);
    assertThat(jdbc.queryForObject("select coalesce(sum(estimated_net_value), 0) from vet_procurement_order"
        + " where school_id = ? and status = 'SUBMITTED'", java.math.BigDecimal.class, school)).isEqualByComparingTo("60000.00");
  }

  /** @return the error body, for checks of the message */
  static String assertRefused(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    assertThat(response.body()).contains("\"field\":\"" + field + "\"");
    return response.body();
  }
}
