package pl.vetworkflow.document;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The tables {@code vet_document} and {@code vet_document_download}: rows are only ever inserted
 * (a document once stored never changes), in the caller's transaction.
 */
@Repository
public class DocumentStore {
  private static final String COLUMNS = "id, case_number, process_instance_id, kind, origin, title, document_number,"
      + " subject, version, file_name, content_type, size_bytes, sha256, created_by, task_id, task_name, created_at";

  /** vet_document.origin: issued from a template, or attached by a person. */
  static final String GENERATED = "GENERATED";
  static final String ATTACHED = "ATTACHED";

  private final JdbcTemplate jdbc;

  public DocumentStore(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** A document to store; {@code sha256} of {@code content}, hex. */
  record NewDocument(String caseNumber, String processInstanceId, DocumentKind kind, boolean issued, String title,
      String number, String subject, int version, String fileName, String contentType, byte[] content, String sha256,
      String createdBy, String taskId, String taskName, Instant createdAt) {}

  Document insert(NewDocument d) {
    KeyHolder key = new GeneratedKeyHolder();
    jdbc.update(connection -> {
      var statement = connection.prepareStatement("insert into vet_document (case_number, process_instance_id, kind,"
          + " origin, title, document_number, subject, version, file_name, content_type, size_bytes, sha256, content,"
          + " created_by, task_id, task_name, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          new String[] {"id"});
      int i = 1;
      statement.setString(i++, d.caseNumber());
      statement.setString(i++, d.processInstanceId());
      statement.setString(i++, d.kind().name());
      statement.setString(i++, d.issued() ? GENERATED : ATTACHED);
      statement.setString(i++, d.title());
      statement.setString(i++, d.number());
      statement.setString(i++, d.subject());
      statement.setInt(i++, d.version());
      statement.setString(i++, d.fileName());
      statement.setString(i++, d.contentType());
      statement.setLong(i++, d.content().length);
      statement.setString(i++, d.sha256());
      statement.setBytes(i++, d.content());
      statement.setString(i++, d.createdBy());
      statement.setString(i++, d.taskId());
      statement.setString(i++, d.taskName());
      statement.setTimestamp(i, Timestamp.from(d.createdAt()));
      return statement;
    }, key);
    long id = key.getKey().longValue();
    return find(id).orElseThrow();
  }

  /** The documents of a case (its top-level process instance), oldest first. */
  public List<Document> ofCase(String processInstanceId) {
    return jdbc.query("select " + COLUMNS + " from vet_document where process_instance_id = ? order by id",
        DocumentStore::document, processInstanceId);
  }

  public Optional<Document> find(long id) {
    return jdbc.query("select " + COLUMNS + " from vet_document where id = ?", DocumentStore::document, id).stream()
        .findFirst();
  }

  public byte[] content(long id) {
    return jdbc.queryForObject("select content from vet_document where id = ?", byte[].class, id);
  }

  /** The newest version of an issued document of {@code kind} about {@code subject}, if any. */
  Optional<Document> latest(String processInstanceId, DocumentKind kind, String subject) {
    return jdbc.query("select " + COLUMNS + " from vet_document where process_instance_id = ? and kind = ?"
        + " and subject = ? order by version desc", DocumentStore::document, processInstanceId, kind.name(), subject)
        .stream().findFirst();
  }

  /** Whether a document of {@code kind} was attached during the task {@code taskId}. */
  boolean attachedDuring(String taskId, DocumentKind kind) {
    Integer count = jdbc.queryForObject("select count(*) from vet_document where task_id = ? and kind = ?"
        + " and origin = ?", Integer.class, taskId, kind.name(), ATTACHED);
    return count != null && count > 0;
  }

  void logDownload(long documentId, String userId, Instant at) {
    jdbc.update("insert into vet_document_download (document_id, user_id, downloaded_at) values (?, ?, ?)",
        documentId, userId, Timestamp.from(at));
  }

  /** Who downloaded a document, in order: user id and time. */
  public List<Download> downloads(long documentId) {
    return jdbc.query("select user_id, downloaded_at from vet_document_download where document_id = ? order by id",
        (rs, n) -> new Download(rs.getString(1), rs.getTimestamp(2).toInstant()), documentId);
  }

  public record Download(String userId, Instant at) {}

  private static Document document(ResultSet rs, int row) throws SQLException {
    return new Document(rs.getLong("id"), rs.getString("case_number"), rs.getString("process_instance_id"),
        DocumentKind.valueOf(rs.getString("kind")), GENERATED.equals(rs.getString("origin")), rs.getString("title"),
        rs.getString("document_number"), rs.getString("subject"), rs.getInt("version"), rs.getString("file_name"),
        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("created_by"),
        rs.getString("task_id"), rs.getString("task_name"), rs.getTimestamp("created_at").toInstant());
  }
}
