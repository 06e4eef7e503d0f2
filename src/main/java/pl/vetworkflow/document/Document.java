package pl.vetworkflow.document;

import java.time.Instant;

/**
 * One stored document of a case (without its content).
 *
 * @param number issued documents: their number ({@code UST/2027/0001}); attached ones: null
 * @param subject what an issued document is about within its case (one course certificate per
 *     participant); its versions share it
 * @param createdBy the user who attached it; null for an issued one
 * @param taskId the task during which it was attached; null if not attached from a task
 * @param taskName the step that issued it, or during which it was attached
 */
public record Document(
    long id,
    String caseNumber,
    String processInstanceId,
    DocumentKind kind,
    boolean issued,
    String title,
    String number,
    String subject,
    int version,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String createdBy,
    String taskId,
    String taskName,
    Instant createdAt) {}
