package pl.vetworkflow.notification;

import java.time.ZonedDateTime;

/**
 * What one notification says, already sanitised (single lines, no identifiers): the input of the
 * templates. Null fields are left out of the message.
 */
public record TaskMail(
    NotificationKind kind,
    String taskName,
    String processName,
    String businessKey,
    String caseName,
    ZonedDateTime due,
    ZonedDateTime created,
    String link) {}
