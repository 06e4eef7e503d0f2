package pl.vetworkflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import pl.vetworkflow.testsupport.H2IntegrationTest;

/**
 * An issued document is never changed: issued again in the same case (an agreement prepared anew), it
 * keeps its number and comes as the next version, and the first stays byte for byte as it was.
 */
@H2IntegrationTest
class DocumentVersionsTest {
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired DocumentStore store;

  private String deployment;

  @AfterEach
  void undeploy() {
    if (deployment != null) {
      repository.deleteDeployment(deployment, true);
    }
  }

  @Test
  void anAgreementPreparedTwiceIsVersionTwoUnderTheSameNumber() {
    // two steps that both end in the student internship's agreement listener
    BpmnModelInstance model = Bpmn.createExecutableProcess("document-versions-check").startEvent()
        .userTask("prepare").name("Przygotuj umowę")
        .camundaExecutionListenerDelegateExpression("end", "${issueInternshipAgreement}")
        .userTask("prepareAgain").name("Popraw umowę")
        .camundaExecutionListenerDelegateExpression("end", "${issueInternshipAgreement}")
        .userTask("wait").endEvent().done();
    deployment = repository.createDeployment().addModelInstance("document-versions-check.bpmn", model).deploy()
        .getId();
    ProcessInstance instance = runtime.startProcessInstanceByKey("document-versions-check", "SU/2026/9001",
        Map.of("participantName", "Jan Kowalski", "agreementNumber", "UM/1/2026", "plannedHours", 120L));

    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
    Document first = store.ofCase(instance.getId()).get(0);
    byte[] firstContent = store.content(first.id());
    runtime.setVariable(instance.getId(), "agreementNumber", "UM/1/2026/K");
    tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

    List<Document> documents = store.ofCase(instance.getId());
    assertThat(documents).hasSize(2);
    Document second = documents.get(1);
    assertThat(first.version()).isEqualTo(1);
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.number()).isEqualTo(first.number()).matches("UST/\\d{4}/\\d{4}");
    assertThat(second.title()).endsWith("(wersja 2)");
    assertThat(second.fileName()).isEqualTo(first.number().replace('/', '-') + "-v2.pdf");
    assertThat(second.taskName()).isEqualTo("Popraw umowę");
    assertThat(PdfText.of(store.content(second.id()))).contains("nr UM/1/2026/K", "wersja 2");
    // the first version is as it was issued
    assertThat(store.content(first.id())).isEqualTo(firstContent);
    assertThat(store.find(first.id()).orElseThrow().sha256()).isEqualTo(first.sha256())
        .isEqualTo(PdfText.sha256(firstContent));
    assertThat(PdfText.of(firstContent)).contains("nr UM/1/2026").doesNotContain("UM/1/2026/K");
  }
}
