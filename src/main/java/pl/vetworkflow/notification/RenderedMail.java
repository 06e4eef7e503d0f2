package pl.vetworkflow.notification;

/** A rendered message: one-line subject, plain text part and HTML part. */
public record RenderedMail(String subject, String text, String html) {}
