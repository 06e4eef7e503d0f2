package pl.vetworkflow.account;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import pl.vetworkflow.security.ApiAccess;

/**
 * The people import for administrators (camunda-admin only, see ApiAccessConfiguration):
 * {@code POST /api/admin/people/import} with the file as multipart part {@code file}; the Admin
 * webapp's page "Import osób" uses it. A refused file answers 400 with the problems, in Polish.
 */
@RestController
@RequestMapping("/api/admin/people")
public class PeopleImportController {
  private final PeopleImport peopleImport;
  private final AccountAudit audit;

  public PeopleImportController(PeopleImport peopleImport, AccountAudit audit) {
    this.peopleImport = peopleImport;
    this.audit = audit;
  }

  /**
   * @param deactivateMissing deactivate imported people who are not in this file
   * @param dryRun only check the file and say what would change
   */
  @PostMapping("/import")
  public ImportReport importPeople(@RequestParam("file") MultipartFile file,
      @RequestParam(name = "deactivateMissing", defaultValue = "false") boolean deactivateMissing,
      @RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, HttpServletRequest request)
      throws IOException {
    String actor = (String) request.getAttribute(ApiAccess.USER_ATTRIBUTE);
    return peopleImport.importFile(file.getOriginalFilename(), file.getBytes(), deactivateMissing, dryRun, actor);
  }

  /** The newest entries of the accounts' audit log (at most 500). */
  @GetMapping("/audit")
  public List<AccountAudit.Entry> audit(@RequestParam(name = "limit", defaultValue = "100") int limit) {
    return audit.latest(Math.max(1, Math.min(limit, 500)));
  }

  @ExceptionHandler(PeopleFileException.class)
  public ResponseEntity<Map<String, Object>> refused(PeopleFileException e) {
    return ResponseEntity.badRequest().body(Map.of(
        "error", "Plik nie został zaimportowany: nic z niego nie zapisano. Popraw wskazane wiersze i wyślij go ponownie.",
        "problems", e.problems()));
  }
}
