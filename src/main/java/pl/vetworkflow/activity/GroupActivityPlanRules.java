package pl.vetworkflow.activity;

import static pl.vetworkflow.activity.GroupActivityVariables.*;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.stereotype.Component;
import pl.vetworkflow.engine.EngineClock;
import pl.vetworkflow.validation.FormRules;
import pl.vetworkflow.validation.FormSubmission;
import pl.vetworkflow.validation.PolishDates;
import pl.vetworkflow.validation.SchoolChecks;
import pl.vetworkflow.validation.Violations;

/**
 * Business rules of the plan (start form), of its correction and of its approval: the kind's rules
 * from {@code group-activity-rules} (who plans it, fewest hours, partner employer, key-competence
 * area), the school (a school coordinator plans only for their own school; a regional event has
 * none), dates in order and in the future; a reason for a return or a rejection.
 */
@Component
public class GroupActivityPlanRules implements FormRules {
  static final String PLAN_FORM = "group-activity-plan";
  static final String CORRECTION_FORM = "group-activity-correction";
  static final String APPROVAL_FORM = "group-activity-approval";

  private final GroupActivityRules rules;
  private final SchoolChecks schools;
  private final EngineClock clock;

  public GroupActivityPlanRules(GroupActivityRules rules, SchoolChecks schools, EngineClock clock) {
    this.rules = rules;
    this.schools = schools;
    this.clock = clock;
  }

  @Override
  public Set<String> formIds() {
    return Set.of(PLAN_FORM, CORRECTION_FORM, APPROVAL_FORM);
  }

  @Override
  public void check(FormSubmission s, Violations v) {
    if (APPROVAL_FORM.equals(s.formId())) {
      String decision = s.text(PLAN_DECISION);
      if (!APPROVE.equals(decision) && s.text(PLAN_DECISION_REASON) == null) {
        v.add(PLAN_DECISION_REASON, REJECT.equals(decision) ? "podaj uzasadnienie odrzucenia planu"
            : "podaj, co trzeba poprawić w planie");
      }
      return;
    }
    ActivityKind kind = ActivityKind.of(s.text(ACTIVITY_KIND));
    if (kind == null) {
      v.add(ACTIVITY_KIND, "wybierz rodzaj zajęć lub wydarzenia z listy");
      return;
    }
    GroupActivityRules.KindRules kindRules = rules.of(kind);
    boolean office = schools.byProgrammeOffice(s);
    String school = s.text(SCHOOL_ID);
    if (kindRules.officeOnly() && !office) {
      v.add(ACTIVITY_KIND, kindName(kind) + " planuje biuro projektu, nie koordynator szkolny");
    }
    if (school == null) {
      if (!kindRules.officeOnly()) {
        v.add(SCHOOL_ID, "wskaż szkołę: " + kindName(kind) + " jest realizowany dla jednej szkoły");
      }
    } else if (PLAN_FORM.equals(s.formId()) && schools.knownSchool(s, v, SCHOOL_ID)) {
      schools.ownSchoolUnlessOffice(s, v, SCHOOL_ID, "planować zajęcia tylko dla własnej szkoły");
    }
    String area = s.text(COMPETENCE_AREA);
    if (kindRules.areaRequired() && area == null) {
      v.add(COMPETENCE_AREA, "wybierz obszar kompetencji kluczowych, których dotyczą zajęcia");
    } else if (!kindRules.areaRequired() && area != null) {
      v.add(COMPETENCE_AREA, "obszar kompetencji podaje się tylko dla zajęć z kompetencji kluczowych: pozostaw pole puste");
    }
    if (kindRules.partnerEmployerRequired() && s.text(EMPLOYER_ID) == null) {
      v.add(EMPLOYER_ID, kindName(kind) + " odbywa się u pracodawcy: wybierz pracodawcę partnera z listy");
    }
    Long hours = s.number(ACTIVITY_HOURS);
    if (hours != null && hours < kindRules.minHours()) {
      v.add(ACTIVITY_HOURS, kindName(kind) + " wymaga co najmniej " + kindRules.minHours() + " godzin, podano " + hours);
    }
    Long meetingCount = s.number(MEETINGS);
    if (hours != null && meetingCount != null && meetingCount > hours) {
      v.add(MEETINGS, "spotkań (" + meetingCount + ") nie może być więcej niż godzin (" + hours + ")");
    }
    LocalDate start = s.date(ACTIVITY_START_DATE);
    LocalDate end = s.date(ACTIVITY_END_DATE);
    LocalDate today = clock.today();
    if (start != null && !start.isAfter(today)) {
      v.add(ACTIVITY_START_DATE, "data rozpoczęcia " + PolishDates.format(start) + " musi być późniejsza niż dziś ("
          + PolishDates.format(today) + ")");
    }
    if (start != null && end != null && end.isBefore(start)) {
      v.add(ACTIVITY_END_DATE, "data zakończenia " + PolishDates.format(end) + " jest wcześniejsza niż data rozpoczęcia "
          + PolishDates.format(start));
    }
  }

  /** The kind in a sentence: rodzaj „wizyta studyjna u pracodawcy” (the noun keeps the grammar simple). */
  private static String kindName(ActivityKind kind) {
    return "rodzaj „" + kind.label() + "”";
  }
}
