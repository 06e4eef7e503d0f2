package pl.vetworkflow.notification;

import java.util.List;

/**
 * Who of each school's people cannot be reported to the central monitoring system yet, and what they
 * lack: what the {@link WeeklyDataDigest} tells the school coordinators. The rule is the reporting's
 * ({@code indicators.DataCompleteness} implements this); the notifications only read it, so that the
 * digest, the completeness view and its API always agree.
 */
public interface DataGaps {
  /** A person who cannot be reported yet: name (never the PESEL) and the Polish labels of the missing fields. */
  record PersonGaps(String firstName, String lastName, List<String> missingLabels) {}

  /** The people of one school who cannot be reported yet, by surname and first name. */
  record SchoolGaps(String schoolId, String schoolName, List<PersonGaps> people) {}

  /** Every school with at least one person who cannot be reported yet. */
  List<SchoolGaps> schoolsWithGaps();
}
