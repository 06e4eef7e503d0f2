package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.identity.Groups;
import pl.vetworkflow.participant.ParticipantType;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.PolishDates;
import pl.vetworkflow.validation.SchoolChecks;
import pl.vetworkflow.validation.Violations;

/**
 * Business rules of the course request (start form) and of its correction: who may request which
 * kind for which school, dates in order and in the future, PNZ hours, the profession of student courses.
 */
@Component
public class CourseRequestRules implements FormRules {
  static final String REQUEST_FORM = "course-request";
  static final String CORRECTION_FORM = "course-request-correction";

  private final SchoolChecks schools;
  private final CourseSettings settings;

  public CourseRequestRules(SchoolChecks schools, CourseSettings settings) {
    this.schools = schools;
    this.settings = settings;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(REQUEST_FORM, CORRECTION_FORM);
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    CourseKind kind = CourseKind.of(s.text(COURSE_KIND));
    boolean programmeOffice = !s.authenticated() || s.inGroup(Groups.COORDINATORS) || s.inGroup(Groups.ADMINS);
    String schoolId = s.text(SCHOOL_ID);
    if (kind.forSchool()) {
      if (schoolId == null) {
        v.add(SCHOOL_ID, "wskaż szkołę: " + kind.label() + " jest realizowany dla jednej szkoły");
      } else if (schools.knownSchool(s, v, SCHOOL_ID) && !programmeOffice && !s.inGroup(Groups.school(schoolId))) {
        v.add(SCHOOL_ID, "możesz wnioskować o kursy tylko dla własnej szkoły; nie jesteś koordynatorem szkoły "
            + schools.name(schoolId));
      }
      if (kind.participantType() == ParticipantType.STUDENT && s.text(PROFESSION) == null) {
        v.add(PROFESSION, "podaj zawód, z którym związany jest kurs dla uczniów");
      }
    } else {
      if (!programmeOffice) {
        v.add(COURSE_KIND, "o kurs instruktorów praktycznej nauki zawodu (PNZ) wnioskuje koordynator projektu,"
            + " nie koordynator szkolny");
      }
      if (schoolId != null) {
        v.add(SCHOOL_ID, "kurs instruktorów PNZ jest kursem programu, nie szkoły: pozostaw pole puste");
      }
      long hours = s.number(PLANNED_HOURS);
      if (hours < settings.pnzMinHours()) {
        v.add(PLANNED_HOURS, "kurs instruktorów PNZ musi mieć co najmniej " + settings.pnzMinHours()
            + " godzin (program ramowy), podano " + hours);
      }
    }
    LocalDate start = s.date(PLANNED_START_DATE);
    LocalDate end = s.date(PLANNED_END_DATE);
    LocalDate today = CourseDates.today();
    if (!start.isAfter(today)) {
      v.add(PLANNED_START_DATE, "planowana data rozpoczęcia " + PolishDates.format(start) + " musi być późniejsza niż dziś (" + PolishDates.format(today) + ")");
    }
    if (end.isBefore(start)) {
      v.add(PLANNED_END_DATE, "data zakończenia " + PolishDates.format(end) + " jest wcześniejsza niż data rozpoczęcia " + PolishDates.format(start));
    }
  }
}
