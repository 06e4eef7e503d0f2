package pl.vetworkflow.notification;

/** A person a message goes to: Camunda user id and e-mail address. */
public record Recipient(String userId, String email) {}
