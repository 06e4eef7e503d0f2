package pl.vetworkflow.course;

import static pl.vetworkflow.course.CourseVariables.*;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import pl.vetworkflow.participant.ParticipantType;

/** Valid submissions of the course forms and test people, as Tasklist would send them; tests change single fields. */
final class CourseForms {
  static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
  static final LocalDate START = LocalDate.of(2026, 4, 13);
  static final LocalDate END = LocalDate.of(2026, 4, 24);

  /** Test people: valid PESELs (students born 2008-2009, adults born 1975-1990). */
  record Person(String pesel, String firstName, String lastName) {
    /** A participant row with PESEL, names and the notice confirmed, as the form submits it. */
    Map<String, Object> row() {
      return participant(pesel, firstName, lastName, true);
    }

    /** A row of a person picked from the registry's list (the select's value is the PESEL). */
    Map<String, Object> picked() {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put(ParticipantRows.REGISTRY_PESEL, pesel);
      row.put(ParticipantRows.NOTICE_ACKNOWLEDGED, true);
      return row;
    }

    /** A row of a person already in the registry: PESEL only. */
    Map<String, Object> known() {
      return participant(pesel, null, null, true);
    }
  }

  static final Person STUDENT_A = person(LocalDate.of(2008, 5, 14), 1011, "Jan", "Kowalski");
  static final Person STUDENT_B = person(LocalDate.of(2008, 11, 2), 2022, "Anna", "Nowak");
  static final Person STUDENT_C = person(LocalDate.of(2009, 1, 30), 3033, "Piotr", "Zieliński");
  static final Person STUDENT_D = person(LocalDate.of(2008, 7, 7), 4044, "Ewa", "Wójcik");
  static final Person TEACHER_A = person(LocalDate.of(1980, 2, 20), 5055, "Marta", "Lis");
  static final Person INSTRUCTOR_A = person(LocalDate.of(1975, 9, 9), 6067, "Adam", "Mazur");
  static final Person INSTRUCTOR_B = person(LocalDate.of(1988, 12, 1), 7078, "Ewelina", "Krawczyk");
  static final Person INSTRUCTOR_C = person(LocalDate.of(1990, 3, 3), 8089, "Robert", "Dudek");

  private CourseForms() {}

  static Person person(LocalDate birth, int serial, String first, String last) {
    return new Person(pl.vetworkflow.participant.Pesel.of(birth, serial).value(), first, last);
  }

  static Map<String, Object> request(CourseKind kind, String schoolId, long seats) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(COURSE_KIND, kind.name());
    if (schoolId != null) {
      v.put(SCHOOL_ID, schoolId);
    }
    v.put(TOPIC, switch (kind) {
      case STUDENT_QUALIFICATION_COURSE -> "Kwalifikacja MEC.08 – obróbka skrawaniem CNC";
      case STUDENT_COMPETENCE_COURSE -> "Spawanie metodą MAG";
      case TEACHER_COURSE -> "Programowanie obrabiarek CNC dla nauczycieli";
      case PNZ_INSTRUCTOR_COURSE -> "Kurs pedagogiczny dla instruktorów praktycznej nauki zawodu";
    });
    if (kind.participantType() == ParticipantType.STUDENT) {
      v.put(PROFESSION, "technik mechanik");
    }
    v.put(PLANNED_HOURS, kind == CourseKind.PNZ_INSTRUCTOR_COURSE ? 48L : 60L);
    v.put(PLANNED_START_DATE, START.toString());
    v.put(PLANNED_END_DATE, END.toString());
    v.put(SEATS, seats);
    v.put(JUSTIFICATION, "Potrzeba zgłoszona przez pracodawców regionu.");
    v.put(ESTIMATED_COST, 12000.0);
    return v;
  }

  static Map<String, Object> approveWithContract() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(REVIEW_DECISION, APPROVE);
    v.put(PROVIDER_SOURCE, EXISTING_CONTRACT);
    v.put(PROVIDER_NAME, "Centrum Kształcenia Zawodowego w Opolu");
    v.put(CONTRACT_NUMBER, "UM/2026/005");
    return v;
  }

  static Map<String, Object> approveWithProcurement() {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(REVIEW_DECISION, APPROVE);
    v.put(PROVIDER_SOURCE, PROCUREMENT);
    return v;
  }

  static Map<String, Object> decision(String decision, String reason) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(REVIEW_DECISION, decision);
    v.put(REVIEW_REASON, reason);
    return v;
  }

  static Map<String, Object> kuratorApproved(LocalDate date, long hours) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(KURATOR_DECISION, KURATOR_APPROVED);
    v.put(KURATOR_APPROVAL_NUMBER, "OKO-IV.5563.12.2026");
    v.put(KURATOR_APPROVAL_DATE, date.toString());
    v.put(PROGRAMME_HOURS, hours);
    return v;
  }

  /** One row of the participant list (null cells are left out, as form-js leaves empty fields). */
  static Map<String, Object> participant(String pesel, String firstName, String lastName, boolean notice) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(ParticipantRows.PESEL, pesel);
    if (firstName != null) {
      row.put(ParticipantRows.FIRST_NAME, firstName);
    }
    if (lastName != null) {
      row.put(ParticipantRows.LAST_NAME, lastName);
    }
    row.put(ParticipantRows.NOTICE_ACKNOWLEDGED, notice);
    return row;
  }

  @SafeVarargs
  static Map<String, Object> enrolment(Map<String, Object>... rows) {
    return new LinkedHashMap<>(Map.of(PARTICIPANTS, List.of(rows)));
  }

  static Map<String, Object> enrolment(List<Person> people) {
    return new LinkedHashMap<>(Map.of(PARTICIPANTS, people.stream().map(Person::row).toList()));
  }

  /** Withdrawal rows ({pesel}). */
  static List<Map<String, Object>> withdrawals(Person... people) {
    return Arrays.stream(people).map(p -> Map.<String, Object>of(ParticipantRows.PESEL, p.pesel())).toList();
  }

  static List<Map<String, Object>> rows(Person... people) {
    return Arrays.stream(people).map(Person::row).toList();
  }

  /**
   * A result row as the form submits it. Attendance "85,5%" becomes the number 85.5 and the exam word
   * (zdany / niezdany / nieobecny) its option value; anything else is sent as given, for tests of bad input.
   */
  static Map<String, Object> result(Person p, String attendance, String exam, String certificate,
      LocalDate certificateDate) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put(ResultRows.PESEL, p.pesel());
    row.put(ResultRows.NAME, p.firstName() + " " + p.lastName());
    String a = attendance.replace(',', '.').replace("%", "").strip();
    row.put(ResultRows.ATTENDANCE, a.matches("-?[0-9]+(\\.[0-9]+)?") ? (Object) Double.valueOf(a) : attendance);
    if (exam != null) {
      row.put(ResultRows.EXAM, Arrays.stream(ResultRows.Exam.values()).filter(e -> e.word().equals(exam))
          .map(Enum::name).findFirst().orElse(exam));
    }
    if (certificate != null) {
      row.put(ResultRows.CERTIFICATE_NUMBER, certificate);
    }
    if (certificateDate != null) {
      row.put(ResultRows.CERTIFICATE_DATE, certificateDate.toString());
    }
    return row;
  }

  @SafeVarargs
  static Map<String, Object> results(Map<String, Object>... rows) {
    return new LinkedHashMap<>(Map.of(COURSE_RESULTS, List.of(rows)));
  }

  static Map<String, Object> confirm(String decision, String remarks) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put(RESULTS_DECISION, decision);
    if (remarks != null) {
      v.put(RESULTS_REMARKS, remarks);
    }
    return v;
  }

  // supplier-selection (procurement's forms)
  static Map<String, Object> enquiry(LocalDate date, LocalDate deadline) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("suppliersInvited", "Ośrodek Szkoleniowy A, Centrum Szkoleń B, Akademia C");
    v.put("enquiryDate", date.toString());
    v.put("offerDeadline", deadline.toString());
    return v;
  }

  static Map<String, Object> offers(double net) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("offersOutcome", "OFFERS");
    v.put("offers", List.of(pl.vetworkflow.procurement.ProcurementForms.offer("Opolskie Centrum Szkoleń sp. z o.o.",
        "7680002466", net, net, 100L)));
    v.put("chosenOffer", "1");
    v.put("choiceReason", "Jedyna oferta spełniająca wymagania, cena w budżecie.");
    return v;
  }

  static Map<String, Object> contract(double net, LocalDate date) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("contractNumber", "UM/2026/PNZ/3");
    v.put("contractDate", date.toString());
    v.put("contractNetValue", net);
    v.put("contractGrossValue", net);
    v.put("deliveryDeadline", END.toString());
    return v;
  }
}
