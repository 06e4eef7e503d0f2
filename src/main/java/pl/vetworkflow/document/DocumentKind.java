package pl.vetworkflow.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of document a case holds: those the programme issues from a template (a numbered PDF)
 * and those a person attaches (a scan or a file from outside). Each attached kind is offered in the
 * cases of the processes it belongs to.
 */
public enum DocumentKind {
  INTERNSHIP_AGREEMENT("Umowa trójstronna o staż uczniowski", "UST", "internship-agreement"),
  INTERNSHIP_CERTIFICATE("Zaświadczenie o odbyciu stażu uczniowskiego", "ZSU", "internship-certificate"),
  TEACHER_INTERNSHIP_AGREEMENT("Umowa o staż nauczyciela u pracodawcy", "USN", "teacher-internship-agreement"),
  TEACHER_INTERNSHIP_CERTIFICATE("Zaświadczenie o odbyciu stażu nauczyciela", "ZSN", "teacher-internship-certificate"),
  COURSE_CERTIFICATE("Zaświadczenie o ukończeniu kursu", "ZUK", "course-certificate"),
  PROCUREMENT_ENQUIRY("Zapytanie ofertowe", "ZO", "procurement-enquiry"),
  ACCEPTANCE_PROTOCOL("Protokół odbioru", "PO", "acceptance-protocol"),

  SIGNED_AGREEMENT("Podpisana umowa (skan)", Set.of("student-internship", "teacher-internship", "course",
      "equipment-procurement")),
  ATTENDANCE_LIST("Lista obecności lub dziennik stażu (skan)", Set.of("student-internship", "teacher-internship",
      "course")),
  OFFER("Oferta wykonawcy (skan)", Set.of("equipment-procurement", "course")),
  DELIVERY_NOTE("Dokument dostawy (skan)", Set.of("equipment-procurement")),
  INVOICE("Faktura lub rachunek (skan)", Set.of("student-internship", "teacher-internship", "course",
      "equipment-procurement")),
  OTHER("Inny dokument", Set.of("student-internship", "teacher-internship", "course", "equipment-procurement"));

  private final String label;
  private final String numberPrefix;
  private final String template;
  private final Set<String> attachableIn;

  DocumentKind(String label, String numberPrefix, String template) {
    this.label = label;
    this.numberPrefix = numberPrefix;
    this.template = template;
    this.attachableIn = Set.of();
  }

  DocumentKind(String label, Set<String> attachableIn) {
    this.label = label;
    this.numberPrefix = null;
    this.template = null;
    this.attachableIn = attachableIn;
  }

  /** What people read: the Polish name of the kind. */
  public String label() {
    return label;
  }

  /** Issued from a template (never uploaded). */
  public boolean issued() {
    return template != null;
  }

  /** The prefix of the numbers of issued documents, e.g. {@code UST/2027/0001}. */
  String numberPrefix() {
    return numberPrefix;
  }

  /** The template's name (without {@code .html}), for issued kinds. */
  String template() {
    return template;
  }

  /** The kinds a person may attach in a case of {@code processKey} (the case's top-level process). */
  public static List<DocumentKind> attachableIn(String processKey) {
    return Arrays.stream(values()).filter(k -> k.attachableIn.contains(processKey)).toList();
  }

  public static Optional<DocumentKind> byName(String name) {
    return Arrays.stream(values()).filter(k -> k.name().equals(name)).findFirst();
  }
}
