package pl.vetworkflow.account;

import java.util.List;

/**
 * What an import did (or, for a dry run, would do).
 *
 * @param applied false = a dry run: checked, nothing written
 * @param rows data rows of the file
 * @param people distinct people (e-mail addresses) in the file
 * @param created accounts created (each invited)
 * @param updated people whose names or groups changed
 * @param unchanged people already as the file says
 * @param reactivated deactivated people who are back in the file (each invited again)
 * @param deactivated imported people missing from the file, deactivated (only when asked for)
 * @param invitations invitations sent, or for a dry run to be sent (new people, reactivated people, and people whose earlier
 *     invitation expired without a password being set)
 */
public record ImportReport(boolean applied, int rows, int people, List<String> created, List<String> updated,
    int unchanged, List<String> reactivated, List<String> deactivated, int invitations) {}
