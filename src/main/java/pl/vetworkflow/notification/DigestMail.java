package pl.vetworkflow.notification;

import java.util.List;

/**
 * What the weekly data digest to one school coordinator says ({@link WeeklyDataDigest}).
 *
 * @param people how many of the school's people cannot be reported yet
 * @param listed the first of them (at most {@code vet.data-digest.max-listed}): name and missing labels
 * @param notListed how many more there are ("i N innych")
 * @param link Tasklist, where the school's tasks "Uzupełnij dane uczestnika do monitorowania" wait
 */
public record DigestMail(String schoolName, int people, List<DataGaps.PersonGaps> listed, int notListed, String link) {}
