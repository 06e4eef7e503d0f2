package pl.vetworkflow.activity;

import static pl.vetworkflow.activity.GroupActivityVariables.*;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.course.ParticipantRows;
import pl.vetworkflow.participant.Participant;
import pl.vetworkflow.participant.ParticipantRegistry;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.JsonRows;
import pl.vetworkflow.validation.SchoolChecks;
import pl.vetworkflow.validation.Violations;

/**
 * Business rules of the enrolment (the course enrolment's rows: each person once, valid PESEL, the
 * information notice, pupils only, of the activity's school) and of the attendance (every enrolled
 * person once, at most as many meetings as the activity has).
 */
@Component
public class GroupActivityTaskRules implements FormRules {
  static final String ENROLMENT_FORM = "group-activity-enrolment";
  static final String ATTENDANCE_FORM = "group-activity-attendance";

  private final ParticipantRegistry registry;
  private final SchoolChecks schools;

  public GroupActivityTaskRules(ParticipantRegistry registry, SchoolChecks schools) {
    this.registry = registry;
    this.schools = schools;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(ENROLMENT_FORM, ATTENDANCE_FORM);
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    if (ENROLMENT_FORM.equals(s.formId())) {
      enrolment(s, v);
    } else {
      attendance(s, v);
    }
  }

  private void enrolment(FormSubmission s, Violations v) {
    ParticipantRows.Parsed parsed = ParticipantRows.parse(s.value(PARTICIPANTS));
    parsed.errors().forEach(e -> v.add(PARTICIPANTS, e));
    if (parsed.entries().isEmpty() && parsed.errors().isEmpty()) {
      v.add(PARTICIPANTS, "lista uczestników jest pusta: dodaj co najmniej jednego uczestnika");
    }
    String school = schoolId.getOrNull(s.current());
    for (ParticipantRows.Entry e : parsed.entries()) {
      String where = "wiersz " + e.row();
      Optional<Participant> known = registry.findByPesel(e.pesel());
      if (known.isPresent()) {
        Participant p = known.get();
        if (p.type() != ParticipantType.STUDENT) {
          v.add(PARTICIPANTS, where + ", PESEL: osoba jest w rejestrze uczestników, ale nie jako uczeń;"
              + " na zajęcia i wydarzenia grupowe zapisuje się uczniów");
        } else if (school != null && p.schoolId() != null && !p.schoolId().equals(school)) {
          v.add(PARTICIPANTS, where + ", PESEL: osoba jest w rejestrze uczestników innej szkoły ("
              + schools.name(p.schoolId()) + "); na zajęcia szkoły " + schools.name(school)
              + " można zapisać tylko jej uczniów");
        } else if (e.firstName() != null && !e.firstName().equalsIgnoreCase(p.firstName())
            || e.lastName() != null && !e.lastName().equalsIgnoreCase(p.lastName())) {
          v.add(PARTICIPANTS, where + ", imię i nazwisko: pod tym numerem PESEL w rejestrze uczestników jest "
              + p.firstName() + " " + p.lastName() + " – sprawdź PESEL albo zostaw imię i nazwisko puste");
        }
      } else if (e.firstName() == null || e.lastName() == null) {
        v.add(PARTICIPANTS, where + ", imię i nazwisko: osoby nie ma w rejestrze uczestników – podaj imię i nazwisko");
      }
    }
  }

  private static void attendance(FormSubmission s, Violations v) {
    Map<String, String> enrolled = new LinkedHashMap<>();
    for (Map<String, Object> row : attendance.get(s.current())) {
      enrolled.put(JsonRows.text(row, RecordGroupActivityEnrolmentDelegate.ROW_PESEL),
          JsonRows.text(row, RecordGroupActivityEnrolmentDelegate.ROW_NAME));
    }
    long meetingCount = meetings.get(s.current());
    Set<String> given = new HashSet<>();
    List<Map<String, Object>> rows = s.rows(ATTENDANCE);
    for (int i = 0; i < rows.size(); i++) {
      Map<String, Object> row = rows.get(i);
      String pesel = JsonRows.text(row, RecordGroupActivityEnrolmentDelegate.ROW_PESEL);
      String where = "wiersz " + (i + 1);
      if (pesel == null || !enrolled.containsKey(pesel)) {
        v.add(ATTENDANCE, where + ", PESEL: tej osoby nie ma na liście uczestników zajęć");
        continue;
      }
      where += " (" + enrolled.get(pesel) + ")";
      if (!given.add(pesel)) {
        v.add(ATTENDANCE, where + ": ta osoba jest już w wierszu wyżej");
        continue;
      }
      String attended = JsonRows.text(row, RecordGroupActivityEnrolmentDelegate.ROW_ATTENDED);
      if (attended == null) {
        v.add(ATTENDANCE, where + ", liczba obecności: podaj, na ilu spotkaniach uczestnik był obecny");
      } else if (Long.parseLong(attended) > meetingCount) {
        v.add(ATTENDANCE, where + ", liczba obecności: " + attended + " przekracza liczbę spotkań (" + meetingCount + ")");
      }
    }
    for (Map.Entry<String, String> e : enrolled.entrySet()) {
      if (!given.contains(e.getKey())) {
        v.add(ATTENDANCE, "brak obecności uczestnika " + e.getValue() + " – każdy zapisany uczestnik musi mieć wiersz");
      }
    }
  }
}
