package pl.vetworkflow.support;

/**
 * One of a person's forms of support ended ({@link SupportRegistry}{@code .finish}, any status but
 * IN_PROGRESS): published synchronously, in the finishing transaction, after the row is written.
 * Whether it was the person's last one is for the listener to ask ({@link
 * SupportRegistry#countInProgress}).
 *
 * @param participantId the person's registry id
 */
public record ParticipationEnded(long participantId) {}
