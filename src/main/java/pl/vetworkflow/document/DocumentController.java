package pl.vetworkflow.document;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartException;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.engine.ModelProperties;
import pl.vetworkflow.security.ApiAccess;

/**
 * The documents of a case over HTTP: for Tasklist's "Dokumenty" tab (by task), Cockpit's tab (by
 * process instance) and integrators (by case number). A case the user may not read answers 404, as
 * one that does not exist; every download is logged. Refusals carry a Polish {@code error}.
 */
@RestController
public class DocumentController {
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
      .withZone(ZoneId.of("Europe/Warsaw"));
  private static final String NOT_FOUND = "Nie ma takiej sprawy albo nie masz dostępu do jej dokumentów.";

  private final CaseReaders readers;
  private final DocumentStore store;
  private final Attachments attachments;
  private final DocumentSettings settings;
  private final EngineClock clock;
  private final IdentityService identity;
  private final TaskService tasks;
  private final RepositoryService repository;

  public DocumentController(CaseReaders readers, DocumentStore store, Attachments attachments,
      DocumentSettings settings, EngineClock clock, ProcessEngine engine) {
    this.readers = readers;
    this.store = store;
    this.attachments = attachments;
    this.settings = settings;
    this.clock = clock;
    this.identity = engine.getIdentityService();
    this.tasks = engine.getTaskService();
    this.repository = engine.getRepositoryService();
  }

  /** A document as listed: its metadata and where to download it. */
  public record Listed(long id, String kind, String kindLabel, boolean issued, String title, String number,
      int version, String fileName, String contentType, long size, String sha256, String createdBy,
      String createdByName, String taskName, String createdAt, String createdAtText, String href) {}

  public record Kind(String name, String label) {}

  public record Required(String kind, String label, boolean attached) {}

  /** What the tab of a task shows and offers. */
  public record TaskDocuments(String caseNumber, List<Listed> documents, List<Kind> attachable,
      List<Required> required, long maxFileSize, String maxFileSizeText) {}

  @GetMapping("/api/documents")
  public ResponseEntity<?> ofCase(@RequestParam("case") String caseNumber, HttpServletRequest request) {
    return readers.byNumber(user(request), caseNumber)
        .<ResponseEntity<?>>map(c -> ResponseEntity.ok(listed(c)))
        .orElseGet(DocumentController::notFound);
  }

  @PostMapping(path = "/api/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> attachToCase(@RequestParam("case") String caseNumber,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request)
      throws IOException {
    String userId = user(request);
    Optional<CaseRef> target = readers.byNumber(userId, caseNumber);
    if (target.isEmpty()) {
      return notFound();
    }
    return attached(target.get(), kind, file, userId, null, null);
  }

  @GetMapping("/api/process-instances/{processInstanceId}/documents")
  public ResponseEntity<?> ofInstance(@PathVariable String processInstanceId, HttpServletRequest request) {
    return readers.byInstance(user(request), processInstanceId)
        .<ResponseEntity<?>>map(c -> ResponseEntity.ok(listed(c)))
        .orElseGet(DocumentController::notFound);
  }

  @GetMapping("/api/tasks/{taskId}/documents")
  public ResponseEntity<?> ofTask(@PathVariable String taskId, HttpServletRequest request) {
    String userId = user(request);
    Optional<CaseRef> target = readers.byTask(userId, taskId);
    if (target.isEmpty()) {
      return readers.seesTask(userId, taskId)
          ? error(HttpStatus.NOT_FOUND, "Dokumenty tej sprawy widzą szkoła, która ją złożyła, pracodawca"
              + " (gdy potwierdzi przyjęcie na staż), biuro projektu i księgowość.")
          : notFound();
    }
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    List<DocumentKind> required = task == null ? List.of() : RequiredDocuments.kinds(requiredProperty(task));
    List<Document> documents = store.ofCase(target.get().processInstanceId());
    List<Required> requiredState = required.stream().map(k -> new Required(k.name(), k.label(), documents.stream()
        .anyMatch(d -> d.kind() == k && taskId.equals(d.taskId())))).toList();
    long max = settings.maxFileSize().toBytes();
    return ResponseEntity.ok(new TaskDocuments(target.get().caseNumber(), listed(documents),
        DocumentKind.attachableIn(target.get().processKey()).stream().map(k -> new Kind(k.name(), k.label())).toList(),
        requiredState, max, Attachments.megabytes(max)));
  }

  @PostMapping(path = "/api/tasks/{taskId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<?> attachToTask(@PathVariable String taskId,
      @RequestParam(name = "kind", required = false) String kind,
      @RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request)
      throws IOException {
    String userId = user(request);
    Optional<CaseRef> target = readers.byTask(userId, taskId);
    if (target.isEmpty()) {
      return notFound();
    }
    Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
    if (task == null) {
      throw new DocumentRefused("To zadanie zostało już zakończone. Odśwież listę zadań.");
    }
    return attached(target.get(), kind, file, userId, taskId, task.getName());
  }

  @GetMapping("/api/documents/{id}")
  public ResponseEntity<?> download(@PathVariable long id, HttpServletRequest request) {
    String userId = user(request);
    Optional<Document> document = store.find(id)
        .filter(d -> readers.byInstance(userId, d.processInstanceId()).isPresent());
    if (document.isEmpty()) {
      return error(HttpStatus.NOT_FOUND, "Nie ma takiego dokumentu albo nie masz do niego dostępu.");
    }
    Document d = document.get();
    byte[] content = store.content(id);
    store.logDownload(id, userId, clock.now());
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(d.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
        .header("X-Document-SHA256", d.sha256())
        .contentType(MediaType.parseMediaType(d.contentType()))
        .body(content);
  }

  @ExceptionHandler(DocumentRefused.class)
  ResponseEntity<Map<String, String>> refused(DocumentRefused e) {
    return error(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<Map<String, String>> notMultipart(MultipartException e) {
    return error(HttpStatus.BAD_REQUEST, "„Plik”: plik nie dotarł w całości. Wybierz go jeszcze raz (najwyżej "
        + Attachments.megabytes(settings.maxFileSize().toBytes()) + ").");
  }

  private ResponseEntity<?> attached(CaseRef target, String kind, MultipartFile file, String userId, String taskId,
      String taskName) throws IOException {
    if (file == null) {
      throw new DocumentRefused("„Plik”: wybierz plik ze skanem dokumentu.");
    }
    Document stored = attachments.attach(target, kind, file.getOriginalFilename(), file.getBytes(), userId, taskId,
        taskName);
    return ResponseEntity.status(HttpStatus.CREATED).body(listed(stored, new LinkedHashMap<>()));
  }

  private List<Listed> listed(CaseRef target) {
    return listed(store.ofCase(target.processInstanceId()));
  }

  private List<Listed> listed(List<Document> documents) {
    Map<String, String> names = new LinkedHashMap<>();
    return documents.stream().map(d -> listed(d, names)).toList();
  }

  private Listed listed(Document d, Map<String, String> names) {
    String by = d.createdBy() == null ? null : names.computeIfAbsent(d.createdBy(), this::fullName);
    return new Listed(d.id(), d.kind().name(), d.kind().label(), d.issued(), d.title(), d.number(), d.version(),
        d.fileName(), d.contentType(), d.size(), d.sha256(), d.createdBy(), by, d.taskName(), d.createdAt().toString(),
        WHEN.format(d.createdAt()), "/api/documents/" + d.id());
  }

  private String fullName(String userId) {
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
        + (user.getLastName() == null ? "" : user.getLastName())).strip();
    return name.isEmpty() ? userId : name;
  }

  private String requiredProperty(Task task) {
    if (task.getProcessDefinitionId() == null) {
      return null;
    }
    UserTask element = repository.getBpmnModelInstance(task.getProcessDefinitionId())
        .getModelElementById(task.getTaskDefinitionKey());
    return ModelProperties.of(element, RequiredDocuments.PROPERTY);
  }

  private static String user(HttpServletRequest request) {
    return (String) request.getAttribute(ApiAccess.USER_ATTRIBUTE);
  }

  private static ResponseEntity<?> notFound() {
    return error(HttpStatus.NOT_FOUND, NOT_FOUND);
  }

  private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
  }
}
