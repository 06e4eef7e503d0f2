package pl.vetworkflow.participant;

/**
 * A form of support was recorded for a person ({@link ParticipantRegistry#register}): published
 * synchronously, in the registering transaction, after the person's row (and the monitoring data the
 * support itself gave) is written. Listeners that start work for the person (the monitoring data of
 * {@code pl.vetworkflow.monitoring}) run in the same transaction: if they fail, nothing is registered.
 *
 * @param participantId the person's registry id
 * @param newPerson the person entered the registry now (their first form of support); false for a
 *     person already known
 */
public record ParticipantRegistered(long participantId, boolean newPerson) {}
